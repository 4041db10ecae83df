package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.complaints.complaint.control.AttachmentPolicy;
import bank.bonafide.complaints.complaint.control.ComplaintReferences;
import bank.bonafide.complaints.complaint.control.ComplaintRules;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.RegulatoryClock;
import bank.bonafide.complaints.complaint.entity.TimelineEntry;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.ComplaintFiled;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.rules.Deadline;
import bank.bonafide.platform.rules.PolicySections;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Where a complaint enters the bank. Recording it, starting its clock and announcing it to the other
 * contexts happen in one transaction: a complaint that exists has been announced, and vice versa.
 */
@Stateless
public class ComplaintIntake {

    static final int MAX_DESCRIPTION = 4000;
    private static final Sentences SENTENCES = Sentences.of(ComplaintIntake.class);

    @PersistenceContext(unitName = "complaints")
    EntityManager em;

    @Inject
    Outbox outbox;

    /** The portal's filing without attachments. */
    public FilingResult file(String customerId, DisputeCategory category, DisputedItem item, String description,
                             String actor) {
        return file(new ComplaintForm(customerId, category, item, description, Complaint.Channel.PORTAL, List.of()), actor);
    }

    /**
     * Files a complaint with its attachments, all or nothing: a refused file refuses the filing with the
     * reason, and the caller keeps what the customer entered so that they only replace that file.
     *
     * @param actor who filed it: the customer's login or the member of staff taking a phone or counter complaint
     */
    public FilingResult file(ComplaintForm form, String actor) {
        if (form.customerId() == null || form.customerId().isBlank()) {
            return new FilingResult.Rejected(SENTENCES.say("filing.customer.unknown"));
        }
        if (form.category() == null || form.item() == null || form.channel() == null) {
            return new FilingResult.Rejected(SENTENCES.say("filing.choose.item"));
        }
        if (form.description() == null || form.description().isBlank()) {
            return new FilingResult.Rejected(SENTENCES.say("filing.describe"));
        }
        if (form.description().length() > MAX_DESCRIPTION) {
            return new FilingResult.Rejected(SENTENCES.say("filing.description.too.long", MAX_DESCRIPTION));
        }
        if (form.uploads().size() > AttachmentPolicy.MAX_PER_COMPLAINT) {
            return new FilingResult.Rejected(SENTENCES.say("filing.too.many.files", AttachmentPolicy.MAX_PER_COMPLAINT));
        }
        StringBuilder refusal = new StringBuilder();
        for (ComplaintForm.Upload upload : form.uploads()) {
            if (AttachmentPolicy.check(upload.fileName(), upload.content(), refusal).isEmpty()) {
                return new FilingResult.Rejected(refusal.toString());
            }
        }
        Instant now = Instant.now();
        RulePack pack = RulePackLibrary.inForce(now);
        Deadline decisionDue = pack.deadline(ComplaintRules.decisionClock(pack, form.category()), now);
        PolicySections.ComplaintHandling.Owner owner = ComplaintRules.owner(pack, form.category());
        Complaint complaint = new Complaint(unusedReference(now), form.customerId(), form.category(), form.item(),
                form.description().strip(), now, RegulatoryClock.start(now, decisionDue), form.channel(),
                owner.department(), owner.person());
        em.persist(complaint);
        em.persist(new TimelineEntry(complaint.id(), now, actor, "FILED", null,
                complaint.status().name() + " via " + form.channel()));
        for (ComplaintForm.Upload upload : form.uploads()) {
            ComplaintAttachments.store(em, complaint, upload, actor, now);
        }
        outbox.publish(ComplaintFiled.of(complaint.id(), complaint.reference(), form.customerId(), form.category(),
                form.item(), now, complaint.clock().deadline()));
        return new FilingResult.Filed(complaint.reference(), complaint.clock().deadline(), owner.department(), owner.person());
    }

    /**
     * A random reference no complaint has yet. Six characters a day give about a billion, so at tens of thousands of
     * complaints a day two would now and then draw the same one and the second filing would fail on the unique key
     * (benchmark P2 met seven among 150,000 in one day). Two filings drawing the same unused one at the same moment
     * is the one case left to the unique key.
     */
    private String unusedReference(Instant now) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String candidate = ComplaintReferences.next(now);
            if (em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.reference = :reference", Long.class)
                    .setParameter("reference", candidate).getSingleResult() == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no unused complaint reference in ten draws");
    }
}
