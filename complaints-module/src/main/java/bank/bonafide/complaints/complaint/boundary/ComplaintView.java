package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.TimelineEntry;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What screens and the API show of a complaint: a detached, immutable snapshot. */
public record ComplaintView(UUID id, String reference, String customerId, DisputeCategory category,
                            DisputedItem disputedItem, String description, String status, Instant receivedAt, Instant deadline,
                            String clockRule, String rulePackId, Integer rulePackVersion, List<Line> timeline,
                            Instant serviceTarget, boolean servicePaused, long servicePausedSeconds, int extensionLevel,
                            String outcome, String rootCause, Instant closedAt, Boolean timely) {

    public record Line(Instant at, String actor, String kind, String previousValue, String newValue) {
    }

    static ComplaintView of(Complaint c, List<TimelineEntry> entries) {
        return new ComplaintView(c.id(), c.reference(), c.customerId(), c.category(), c.disputedItem(),
                c.description(), c.status().name(), c.receivedAt(), c.clock().deadline(),
                c.clock().rule(), c.clock().packId(), c.clock().packVersion(),
                entries.stream().map(t -> new Line(t.at(), t.actor(), t.kind(), t.previousValue(), t.newValue())).toList(),
                c.service().targetAt(Instant.now()), c.service().paused(), c.service().pausedTotal(Instant.now()).toSeconds(),
                c.extensionLevel(), c.outcome() == null ? null : c.outcome().name(), c.rootCause(), c.closedAt(), c.timely());
    }
}
