package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.complaints.complaint.control.StaffRank;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.ComplaintStatus;
import bank.bonafide.complaints.complaint.entity.ExtensionRequest;
import bank.bonafide.complaints.complaint.entity.TimelineEntry;
import bank.bonafide.platform.rules.ClockRule;
import bank.bonafide.platform.rules.Deadline;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackLibrary;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Staff handling a complaint: moving it through its lifecycle, extending the regulatory clock with a senior
 * approver and a notice to the customer, and closing it with its outcome. Every change is a timeline line
 * with actor, time, previous and new value.
 */
@Stateless
public class ComplaintHandling {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @PersistenceContext(unitName = "complaints")
    EntityManager em;

    public HandlingResult move(String reference, ComplaintStatus next, String actor) {
        Optional<Complaint> found = find(reference);
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        if (next == ComplaintStatus.CLOSED) {
            return new HandlingResult.Refused("Close a case with its outcome and root cause.");
        }
        if (!c.status().canMoveTo(next)) {
            return new HandlingResult.Refused("A complaint that is " + words(c.status()) + " cannot become " + words(next)
                    + "; it can become " + c.status().next().stream().map(ComplaintHandling::words).toList() + ".");
        }
        Instant now = Instant.now();
        boolean wasPaused = c.service().paused();
        ComplaintStatus previous = c.moveTo(next, now);
        record(c, now, actor, "STATUS", previous.name(), next.name());
        if (c.service().paused() != wasPaused) {
            record(c, now, actor, c.service().paused() ? "SERVICE_CLOCK_PAUSED" : "SERVICE_CLOCK_RESUMED", null,
                    "service target " + DAY.format(c.service().targetAt(now)) + "; regulatory deadline unchanged "
                            + DAY.format(c.clock().deadline()));
        }
        return done(c);
    }

    /** Asks for the next extension the rule pack allows; a member of staff of higher rank must approve it. */
    public HandlingResult requestExtension(String reference, String reason, String actor, Set<String> roles) {
        Optional<Complaint> found = find(reference);
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        if (reason == null || reason.isBlank()) {
            return new HandlingResult.Refused("Say why the case needs more time: the customer is told the reason.");
        }
        if (!c.status().open()) {
            return new HandlingResult.Refused("The case is closed.");
        }
        if (!pending(c).isEmpty()) {
            return new HandlingResult.Refused("An extension is already waiting for approval.");
        }
        List<ClockRule.Extension> extensions = decisionClock(c).extensions();
        int level = c.extensionLevel() + 1;
        if (level > extensions.size()) {
            return new HandlingResult.Refused("No further extension: " + decisionClock(c).source() + " allows " + extensions.size() + ".");
        }
        Instant now = Instant.now();
        em.persist(new ExtensionRequest(c.id(), level, actor, StaffRank.of(roles), reason.strip(), now));
        record(c, now, actor, "EXTENSION_REQUESTED", null, "to " + extensions.get(level - 1).upTo() + " days: " + reason.strip());
        return done(c);
    }

    /**
     * Decides the pending extension. The approver must be someone else, of higher rank than the requester, and
     * hold at least the rank of the approver the pack names for this level. An approval moves the regulatory
     * deadline (from receipt, per the pack) and, where the pack says so, tells the customer why.
     */
    public HandlingResult decideExtension(String reference, boolean approve, String approver, Set<String> roles) {
        Optional<Complaint> found = find(reference);
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        List<ExtensionRequest> waiting = pending(c);
        if (waiting.isEmpty()) {
            return new HandlingResult.Refused("No extension is waiting for approval.");
        }
        ExtensionRequest request = waiting.get(0);
        ClockRule.Extension rule = decisionClock(c).extensions().get(request.level() - 1);
        int rank = StaffRank.of(roles);
        if (approver.equals(request.requestedBy())) {
            return new HandlingResult.Refused("An extension needs someone else's approval, not the requester's.");
        }
        if (rank <= request.requesterRank() || rank < StaffRank.of(rule.approver())) {
            return new HandlingResult.Refused("This extension needs an approver of higher rank than the requester, at least "
                    + rule.approver() + " (" + rule.source() + ").");
        }
        Instant now = Instant.now();
        request.decide(approve, approver, now);
        if (!approve) {
            record(c, now, approver, "EXTENSION_REJECTED", null, request.reason());
            return done(c);
        }
        Instant before = c.clock().deadline();
        Deadline extended = pack(c).deadline(ComplaintIntake.DECISION_CLOCK, c.receivedAt(), rule.upTo());
        c.extend(request.level(), extended);
        record(c, now, approver, "DEADLINE_EXTENDED", DAY.format(before), DAY.format(c.clock().deadline()));
        if (rule.customerNotice()) {
            record(c, now, approver, "CUSTOMER_NOTICE", null, "We need more time to decide: " + request.reason()
                    + ". You will have our decision by " + DAY.format(c.clock().deadline()) + ".");
        }
        return done(c);
    }

    /** Closes a decided case with its outcome and root cause; whether it was timely is fixed now. */
    public HandlingResult close(String reference, Complaint.Outcome outcome, String rootCause, String actor) {
        Optional<Complaint> found = find(reference);
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        if (outcome == null || rootCause == null || !rootCause.strip().matches("[a-z0-9-]{2,64}")) {
            return new HandlingResult.Refused("Close with an outcome and a root-cause tag such as identity-verification-gap.");
        }
        if (c.status() != ComplaintStatus.DECIDED) {
            return new HandlingResult.Refused("Only a decided case can be closed; this one is " + words(c.status()) + ".");
        }
        Instant now = Instant.now();
        c.close(outcome, rootCause.strip(), now);
        record(c, now, actor, "STATUS", ComplaintStatus.DECIDED.name(), ComplaintStatus.CLOSED.name());
        record(c, now, actor, "OUTCOME", null, outcome.name() + " / " + rootCause.strip() + (c.timely() ? " / timely" : " / LATE"));
        return done(c);
    }

    private HandlingResult done(Complaint c) {
        return new HandlingResult.Done(ComplaintView.of(c, em.createNamedQuery(TimelineEntry.OF_COMPLAINT, TimelineEntry.class)
                .setParameter("complaintId", c.id()).getResultList()));
    }

    private void record(Complaint c, Instant at, String actor, String kind, String previous, String next) {
        em.persist(new TimelineEntry(c.id(), at, actor, kind, previous, next == null || next.length() <= 255 ? next : next.substring(0, 252) + "..."));
    }

    private List<ExtensionRequest> pending(Complaint c) {
        return em.createNamedQuery(ExtensionRequest.PENDING, ExtensionRequest.class).setParameter("complaintId", c.id()).getResultList();
    }

    /** The pack the clock was started under (its version may since have been superseded). */
    private static RulePack pack(Complaint c) {
        return RulePackLibrary.inForce(c.receivedAt());
    }

    private static ClockRule decisionClock(Complaint c) {
        return pack(c).clock(ComplaintIntake.DECISION_CLOCK);
    }

    private Optional<Complaint> find(String reference) {
        return em.createNamedQuery(Complaint.BY_REFERENCE, Complaint.class).setParameter("reference", reference).getResultStream().findFirst();
    }

    private static String words(ComplaintStatus s) {
        return s.name().toLowerCase().replace('_', ' ');
    }
}
