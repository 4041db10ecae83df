package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.TimelineEntry;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What screens and the API show of a complaint: a detached, immutable snapshot.
 *
 * @param ownerDepartment the department answerable for the category (CN-15)
 * @param ownerPerson     the named person answerable for it
 * @param assignedTo      the handler working it, or null
 * @param decision        the decision the customer reads, or null before there is one
 * @param breachEscalatedAt when the regulatory deadline passed undecided and went to the department head
 */
public record ComplaintView(UUID id, String reference, String customerId, DisputeCategory category,
                            DisputedItem disputedItem, String description, String status, Instant receivedAt, Instant deadline,
                            String clockRule, String rulePackId, Integer rulePackVersion, List<Line> timeline,
                            Instant serviceTarget, boolean servicePaused, long servicePausedSeconds, int extensionLevel,
                            String outcome, String rootCause, Instant closedAt, Boolean timely,
                            String channel, String ownerDepartment, String ownerPerson, String assignedTo,
                            Decision decision, Instant breachEscalatedAt, Instant serviceBreachAt) {

    public record Line(Instant at, String actor, String kind, String previousValue, String newValue) {
    }

    /** The decision with its reasons and, where money is due, how much and by when. */
    public record Decision(String reasons, Money relief, LocalDate reliefDue, Instant decidedAt, String decidedBy) {
    }

    /** Still being worked on: the regulatory clock runs against the bank. */
    public boolean open() {
        return !"CLOSED".equals(status);
    }

    static ComplaintView of(Complaint c, List<TimelineEntry> entries) {
        Instant now = Instant.now();
        return new ComplaintView(c.id(), c.reference(), c.customerId(), c.category(), c.disputedItem(),
                c.description(), c.status().name(), c.receivedAt(), c.clock().deadline(),
                c.clock().rule(), c.clock().packId(), c.clock().packVersion(),
                entries.stream().map(t -> new Line(t.at(), t.actor(), t.kind(), t.previousValue(), t.newValue())).toList(),
                c.service().targetAt(now), c.service().paused(), c.service().pausedTotal(now).toSeconds(),
                c.extensionLevel(), c.outcome() == null ? null : c.outcome().name(), c.rootCause(), c.closedAt(), c.timely(),
                c.channel().name(), c.ownerDepartment(), c.ownerPerson(), c.assignedTo(),
                c.decidedAt() == null ? null : new Decision(c.decisionReasons(), c.relief(), c.reliefDue(), c.decidedAt(), c.decidedBy()),
                c.breachEscalatedAt(), c.serviceBreachAt());
    }
}
