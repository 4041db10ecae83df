package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.complaints.complaint.control.ComplaintReferences;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.RegulatoryClock;
import bank.bonafide.complaints.complaint.entity.TimelineEntry;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.ComplaintFiled;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.rules.Deadline;
import bank.bonafide.platform.rules.RulePackLibrary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Where a complaint enters the bank. Recording it, starting its clock and announcing it to the other
 * contexts happen in one transaction: a complaint that exists has been announced, and vice versa.
 */
@Stateless
public class ComplaintIntake {

    static final int MAX_DESCRIPTION = 4000;
    /** The rule-pack clock for a complaint decision (CN-14 and its equivalents). */
    static final String DECISION_CLOCK = "complaintDecision";

    @PersistenceContext(unitName = "complaints")
    EntityManager em;

    @Inject
    Outbox outbox;

    /**
     * Files a complaint for {@code customerId}.
     *
     * @param actor who filed it: the customer's login or the staff member at the counter
     */
    public FilingResult file(String customerId, DisputeCategory category, DisputedItem item, String description,
                             String actor) {
        if (customerId == null || customerId.isBlank()) {
            return new FilingResult.Rejected("the customer is unknown");
        }
        if (category == null || item == null) {
            return new FilingResult.Rejected("choose what the complaint is about and the item it concerns");
        }
        if (description == null || description.isBlank()) {
            return new FilingResult.Rejected("describe what happened");
        }
        if (description.length() > MAX_DESCRIPTION) {
            return new FilingResult.Rejected("the description is longer than " + MAX_DESCRIPTION + " characters");
        }
        Instant now = Instant.now();
        Deadline decisionDue = RulePackLibrary.inForce(now).deadline(DECISION_CLOCK, now);
        Complaint complaint = new Complaint(ComplaintReferences.next(now), customerId, category, item,
                description.strip(), now, RegulatoryClock.start(now, decisionDue));
        em.persist(complaint);
        em.persist(new TimelineEntry(complaint.id(), now, actor, "FILED", null, complaint.status().name()));
        outbox.publish(ComplaintFiled.of(complaint.id(), complaint.reference(), customerId, category, item, now,
                complaint.clock().deadline()));
        return new FilingResult.Filed(complaint.reference(), complaint.clock().deadline());
    }
}
