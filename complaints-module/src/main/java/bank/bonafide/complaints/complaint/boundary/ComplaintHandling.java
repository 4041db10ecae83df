package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.complaints.complaint.control.StaffRank;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.ComplaintMessage;
import bank.bonafide.complaints.complaint.entity.ComplaintStatus;
import bank.bonafide.complaints.complaint.entity.DisputedEvidence;
import bank.bonafide.complaints.complaint.entity.ExtensionRequest;
import bank.bonafide.complaints.complaint.entity.TimelineEntry;
import bank.bonafide.platform.rules.ClockRule;
import bank.bonafide.platform.rules.Deadline;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.platform.event.complaints.ComplaintClosed;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import bank.bonafide.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Staff handling a complaint: moving it through its lifecycle, extending the regulatory clock with a senior
 * approver and a notice to the customer, and closing it with its outcome. Every change is a timeline line
 * with actor, time, previous and new value.
 */
@Stateless
public class ComplaintHandling {

    private static final Sentences SENTENCES = Sentences.of(ComplaintHandling.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @PersistenceContext(unitName = "complaints")
    EntityManager em;

    @Inject
    Outbox outbox;

    public HandlingResult move(String reference, ComplaintStatus next, String actor) {
        Optional<Complaint> found = find(reference);
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        if (next == ComplaintStatus.CLOSED) {
            return new HandlingResult.Refused(SENTENCES.say("move.close.with.outcome"));
        }
        if (!c.status().canMoveTo(next)) {
            return new HandlingResult.Refused(SENTENCES.say("move.not.allowed", said(c.status()), said(next), said(c.status().next())));
        }
        Optional<String> recusal = recusal(c, actor);
        if (recusal.isPresent()) {
            return new HandlingResult.Refused(recusal.get());
        }
        Instant now = Instant.now();
        if (next == ComplaintStatus.ACKNOWLEDGED && c.assignedTo() == null) {
            // Whoever acknowledges a case takes it, unless someone was assigned already.
            c.assignTo(actor, now);
            record(c, now, actor, "ASSIGNED", null, actor);
        }
        moveAndRecord(c, next, actor, now);
        return done(c);
    }

    /** A member of staff opened the case (the customer's account of events is personal data): logged. */
    public void recordStaffRead(String reference, String staff) {
        find(reference).ifPresent(c -> record(c, Instant.now(), staff, "STAFF_READ", null, "opened the case file"));
    }

    /**
     * Gives the case to a handler. Refused for anyone who took part in the disputed decision (CN-14), and for
     * an authorship dispute until identity has disclosed who did: recusal cannot be checked blind.
     */
    public HandlingResult assign(String reference, String handler, String actor) {
        Optional<Complaint> found = find(reference);
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        if (handler == null || !handler.strip().matches("[A-Za-z0-9._@-]{2,64}")) {
            return new HandlingResult.Refused(SENTENCES.say("assign.choose.handler"));
        }
        if (!c.status().open()) {
            return new HandlingResult.Refused(SENTENCES.say("case.closed"));
        }
        Optional<String> recusal = recusal(c, handler.strip());
        if (recusal.isPresent()) {
            return new HandlingResult.Refused(recusal.get());
        }
        Instant now = Instant.now();
        String before = c.assignedTo();
        c.assignTo(handler.strip(), now);
        record(c, now, actor, "ASSIGNED", before, handler.strip());
        return done(c);
    }

    /**
     * Asks the customer for something the case needs. The question is a message the customer reads, and the
     * case waits on them: the bank's service clock pauses, the regulatory clock does not.
     */
    public HandlingResult requestInformation(String reference, String question, String actor) {
        Optional<Complaint> found = find(reference);
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        Optional<String> refusal = recusal(c, actor).or(() -> messageProblem(question));
        if (refusal.isEmpty() && !c.status().canMoveTo(ComplaintStatus.AWAITING_CUSTOMER)) {
            refusal = Optional.of(SENTENCES.say("await.not.allowed", said(c.status())));
        }
        if (refusal.isPresent()) {
            return new HandlingResult.Refused(refusal.get());
        }
        Instant now = Instant.now();
        em.persist(new ComplaintMessage(c.id(), now, false, actor, question.strip()));
        moveAndRecord(c, ComplaintStatus.AWAITING_CUSTOMER, actor, now);
        return done(c);
    }

    /** A message from the bank that asks nothing (the case does not wait on the customer). */
    public HandlingResult messageCustomer(String reference, String text, String actor) {
        Optional<Complaint> found = find(reference);
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        Optional<String> refusal = recusal(c, actor).or(() -> messageProblem(text));
        if (refusal.isPresent()) {
            return new HandlingResult.Refused(refusal.get());
        }
        em.persist(new ComplaintMessage(c.id(), Instant.now(), false, actor, text.strip()));
        return done(c);
    }

    /**
     * The customer writes about their own open complaint. If the case was waiting on them it goes back to
     * the bank, and the service clock runs again.
     */
    public HandlingResult customerReply(String reference, String customerId, String text, String actor) {
        Optional<Complaint> found = find(reference).filter(c -> customerId != null && c.customerId().equals(customerId));
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        if (!c.status().open()) {
            return new HandlingResult.Refused(SENTENCES.say("case.closed.call.us"));
        }
        Optional<String> problem = messageProblem(text);
        if (problem.isPresent()) {
            return new HandlingResult.Refused(problem.get());
        }
        Instant now = Instant.now();
        em.persist(new ComplaintMessage(c.id(), now, true, actor, text.strip()));
        if (c.status() == ComplaintStatus.AWAITING_CUSTOMER) {
            moveAndRecord(c, ComplaintStatus.UNDER_INVESTIGATION, actor, now);
        }
        return done(c);
    }

    /**
     * Decides the case: the reasons the customer reads and, where the bank pays, the amount and the date it
     * pays by. A case under investigation passes through "proposed decision" on the way, both on the timeline.
     */
    public HandlingResult decide(String reference, String reasons, Money relief, LocalDate reliefBy, String actor) {
        Optional<Complaint> found = find(reference);
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        Optional<String> refusal = recusal(c, actor);
        if (refusal.isEmpty() && (reasons == null || reasons.isBlank() || reasons.length() > 2000)) {
            refusal = Optional.of(SENTENCES.say("decide.reasons"));
        }
        if (refusal.isEmpty() && (relief == null) != (reliefBy == null)) {
            refusal = Optional.of(SENTENCES.say("decide.relief.both"));
        }
        if (refusal.isEmpty() && relief != null && relief.amount().signum() <= 0) {
            refusal = Optional.of(SENTENCES.say("decide.relief.positive"));
        }
        if (refusal.isEmpty() && reliefBy != null && reliefBy.isBefore(LocalDate.now(ZoneId.of("Asia/Shanghai")))) {
            refusal = Optional.of(SENTENCES.say("decide.relief.past"));
        }
        if (refusal.isEmpty() && c.status() != ComplaintStatus.UNDER_INVESTIGATION && c.status() != ComplaintStatus.PROPOSED_DECISION
                && c.status() != ComplaintStatus.ESCALATED) {
            refusal = Optional.of(SENTENCES.say("decide.not.allowed", said(c.status())));
        }
        if (refusal.isPresent()) {
            return new HandlingResult.Refused(refusal.get());
        }
        Instant now = Instant.now();
        if (c.status() == ComplaintStatus.UNDER_INVESTIGATION) {
            moveAndRecord(c, ComplaintStatus.PROPOSED_DECISION, actor, now);
        }
        ComplaintStatus previous = c.status();
        c.decide(reasons.strip(), relief, reliefBy, actor, now);
        record(c, now, actor, "STATUS", previous.name(), ComplaintStatus.DECIDED.name());
        String decision = reasons.strip() + (relief == null ? "" : " We pay you " + relief.currency() + " "
                + Money.plain(relief.amount()) + " by " + reliefBy + ".");
        record(c, now, actor, "DECISION", null, decision);
        em.persist(new ComplaintMessage(c.id(), now, false, actor, decision.length() <= 2000 ? decision : decision.substring(0, 2000)));
        return done(c);
    }

    private void moveAndRecord(Complaint c, ComplaintStatus next, String actor, Instant now) {
        boolean wasPaused = c.service().paused();
        ComplaintStatus previous = c.moveTo(next, now);
        record(c, now, actor, "STATUS", previous.name(), next.name());
        if (c.service().paused() != wasPaused) {
            record(c, now, actor, c.service().paused() ? "SERVICE_CLOCK_PAUSED" : "SERVICE_CLOCK_RESUMED", null,
                    "service target " + DAY.format(c.service().targetAt(now)) + "; regulatory deadline unchanged "
                            + DAY.format(c.clock().deadline()));
        }
    }

    /**
     * Why {@code staff} may not work this case, if they may not: they took part in the disputed decision, or
     * (for an authorship dispute) identity has not yet said who did.
     */
    private Optional<String> recusal(Complaint c, String staff) {
        if (!c.category().deniesAuthorship()) {
            return Optional.empty();
        }
        DisputedEvidence evidence = em.find(DisputedEvidence.class, c.id());
        if (evidence == null) {
            return Optional.of(SENTENCES.say("recusal.not.disclosed"));
        }
        return evidence.involvedStaff().contains(staff)
                ? Optional.of(SENTENCES.say("recusal.involved", staff))
                : Optional.empty();
    }

    private static Optional<String> messageProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(SENTENCES.say("message.write"));
        }
        return text.length() > ComplaintMessage.MAX_LENGTH
                ? Optional.of(SENTENCES.say("message.too.long", ComplaintMessage.MAX_LENGTH)) : Optional.empty();
    }

    /** Asks for the next extension the rule pack allows; a member of staff of higher rank must approve it. */
    public HandlingResult requestExtension(String reference, String reason, String actor, Set<String> roles) {
        Optional<Complaint> found = find(reference);
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        if (reason == null || reason.isBlank()) {
            return new HandlingResult.Refused(SENTENCES.say("extension.reason"));
        }
        Optional<String> recusal = recusal(c, actor);
        if (recusal.isPresent()) {
            return new HandlingResult.Refused(recusal.get());
        }
        if (!c.status().open()) {
            return new HandlingResult.Refused(SENTENCES.say("case.closed"));
        }
        if (!pending(c).isEmpty()) {
            return new HandlingResult.Refused(SENTENCES.say("extension.already.pending"));
        }
        List<ClockRule.Extension> extensions = decisionClock(c).extensions();
        int level = c.extensionLevel() + 1;
        if (level > extensions.size()) {
            return new HandlingResult.Refused(SENTENCES.say("extension.limit", decisionClock(c).source(), extensions.size()));
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
            return new HandlingResult.Refused(SENTENCES.say("extension.none.pending"));
        }
        ExtensionRequest request = waiting.get(0);
        ClockRule.Extension rule = decisionClock(c).extensions().get(request.level() - 1);
        int rank = StaffRank.of(roles);
        Optional<String> recusal = recusal(c, approver);
        if (recusal.isPresent()) {
            return new HandlingResult.Refused(recusal.get());
        }
        if (approver.equals(request.requestedBy())) {
            return new HandlingResult.Refused(SENTENCES.say("extension.own.request"));
        }
        if (rank <= request.requesterRank() || rank < StaffRank.of(rule.approver())) {
            return new HandlingResult.Refused(SENTENCES.say("extension.approver.rank", rule.approver(), rule.source()));
        }
        Instant now = Instant.now();
        request.decide(approve, approver, now);
        if (!approve) {
            record(c, now, approver, "EXTENSION_REJECTED", null, request.reason());
            return done(c);
        }
        Instant before = c.clock().deadline();
        Deadline extended = pack(c).deadline(c.clock().name(), c.receivedAt(), rule.upTo());
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
            return new HandlingResult.Refused(SENTENCES.say("close.outcome.and.root.cause"));
        }
        if (c.status() != ComplaintStatus.DECIDED) {
            return new HandlingResult.Refused(SENTENCES.say("close.only.decided", said(c.status())));
        }
        Optional<String> recusal = recusal(c, actor);
        if (recusal.isPresent()) {
            return new HandlingResult.Refused(recusal.get());
        }
        Instant now = Instant.now();
        c.close(outcome, rootCause.strip(), now);
        record(c, now, actor, "STATUS", ComplaintStatus.DECIDED.name(), ComplaintStatus.CLOSED.name());
        record(c, now, actor, "OUTCOME", null, outcome.name() + " / " + rootCause.strip() + (c.timely() ? " / timely" : " / LATE"));
        outbox.publish(new ComplaintClosed(UUID.randomUUID(), now, c.id(), c.reference(), c.customerId(), outcome.name(),
                c.rootCause(), c.timely()));
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
        return pack(c).clock(c.clock().name());
    }

    private Optional<Complaint> find(String reference) {
        return em.createNamedQuery(Complaint.BY_REFERENCE, Complaint.class).setParameter("reference", reference).getResultStream().findFirst();
    }

    /**
     * A status as the reader says it (English: the name in lower-case words, "under investigation"), for a
     * refusal; the timeline keeps the names themselves.
     */
    private static String said(ComplaintStatus s) {
        String key = "status." + s.name(); // built at run time: the test holds every status to its sentence
        return SENTENCES.say(key);
    }

    /** The statuses as the reader says them, as a list (English: "[acknowledged, escalated]"). */
    private static String said(Set<ComplaintStatus> statuses) {
        return SENTENCES.say("status.list", String.join(SENTENCES.say("status.list.separator"),
                statuses.stream().map(ComplaintHandling::said).toList()));
    }
}
