package bank.bonafide.compensation.payout.boundary;

import bank.bonafide.compensation.fund.boundary.RiskProvisionFund;
import bank.bonafide.compensation.fund.control.Journal;
import bank.bonafide.compensation.payout.control.Claim;
import bank.bonafide.compensation.payout.control.Payable;
import bank.bonafide.compensation.payout.control.PayableAmount;
import bank.bonafide.compensation.payout.control.PayoutDeadline;
import bank.bonafide.compensation.payout.entity.AdvanceCompensation;
import bank.bonafide.platform.reference.References;
import bank.bonafide.platform.rules.ClockRule;
import bank.bonafide.platform.rules.Deadline;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.platform.event.compensation.AdvanceCompensationPaid;
import bank.bonafide.platform.event.compensation.PayoutDeadlineExtended;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Advance compensation with maker and checker: one member of staff proposes the payout the pack rules size,
 * another approves it (a compensation approver as well, above the threshold), and the approved payout is paid
 * out of the risk-provision fund in the same transaction as its ledger journal.
 */
@Stateless
public class AdvanceCompensations {

    private static final Sentences SENTENCES = Sentences.of(AdvanceCompensations.class);

    static final String APPROVER = "COMPENSATION_APPROVER";
    static final Set<String> CHECKERS = Set.of("BACK_OFFICE", APPROVER, "COMPLIANCE_OFFICER");

    @PersistenceContext(unitName = "compensation")
    EntityManager em;

    @Inject
    RiskProvisionFund fund;

    @Inject
    Outbox outbox;

    /** Within this context only (same transaction): what a payout settles, such as a repayment owed back. */
    @Inject
    Event<PayoutPaid> paid;

    /** Payouts above this amount (in their own currency) need a second approver holding COMPENSATION_APPROVER. */
    @Inject
    @ConfigProperty(name = "bonafide.compensation.second-approval-above", defaultValue = "10000.00")
    BigDecimal secondApprovalAbove;

    /**
     * Proposes the payout for a claim, sized and timed by the pack in force when the claim reached the bank.
     *
     * @param accountOpenedAt when the account concerned was opened (US new-account clock), or null
     */
    public PayoutStep propose(UUID complaintId, String customerId, Claim claim, Instant claimedAt, Instant accountOpenedAt,
                              String maker) {
        RulePack pack = RulePackLibrary.inForce(claimedAt);
        Payable payable;
        try {
            payable = PayableAmount.of(claim, pack);
        } catch (PayableAmount.Unpayable e) {
            return new PayoutStep.Refused(e.sentence());
        } catch (IllegalArgumentException e) {
            return new PayoutStep.Refused(e.getMessage());
        }
        if (payable.bankPays().amount().signum() <= 0) {
            return new PayoutStep.Refused(SENTENCES.say("nothing.due", String.join("; ", payable.reasons())));
        }
        // One loss, one proposal at a time (a repayment returned after a write-off is a separate payout).
        boolean waiting = em.createNamedQuery(AdvanceCompensation.OF_COMPLAINT, AdvanceCompensation.class)
                .setParameter("complaintId", complaintId).getResultStream()
                .anyMatch(p -> p.status() == AdvanceCompensation.Status.PROPOSED && !p.returnsRepayment());
        if (waiting) {
            return new PayoutStep.Refused(SENTENCES.say("already.waiting"));
        }
        return create(complaintId, customerId, payable, false, claim.finding() == Claim.Finding.UNDECIDED, pack, claimedAt,
                accountOpenedAt, maker);
    }

    /**
     * Proposes returning, in full, what the customer repaid on a loan written off as not hers: her own money,
     * which no cap, excess or tier reduces. Due by the pack's advance-compensation clock from the write-off.
     */
    public PayoutStep proposeReturn(UUID complaintId, String customerId, Money repaid, String loanReference, Instant writtenOffAt,
                                    String maker) {
        Money amount = repaid.rounded(2, java.math.RoundingMode.HALF_UP);
        Payable payable = new Payable(amount, Money.zero(amount.currency()),
                List.of("returns the customer's own repayments on loan " + loanReference + ", written off as not hers (CN-18)"));
        return create(complaintId, customerId, payable, true, false, RulePackLibrary.inForce(writtenOffAt), writtenOffAt, null, maker);
    }

    private PayoutStep create(UUID complaintId, String customerId, Payable payable, boolean returnsRepayment, boolean provisional,
                              RulePack pack,
                              Instant claimedAt, Instant accountOpenedAt, String maker) {
        Deadline deadline = PayoutDeadline.of(pack, claimedAt, accountOpenedAt);
        AdvanceCompensation payout = new AdvanceCompensation(References.next("PAY"), complaintId, customerId,
                payable.bankPays(), payable.customerBears(), returnsRepayment, provisional, String.join("\n", payable.reasons()), deadline, maker,
                Instant.now()).claimedAt(claimedAt);
        em.persist(payout);
        try {
            // Now, not at commit: a concurrent proposal for the same loss (another member of staff, another server)
            // holds the loss's one open place, and this one is refused as the check above would have refused it.
            em.flush();
        } catch (PersistenceException e) {
            if (!returnsRepayment && isUniqueViolation(e)) {
                return new PayoutStep.Refused(SENTENCES.say("already.waiting"));
            }
            throw e;
        }
        return new PayoutStep.Done(PayoutView.of(payout));
    }

    /** SQLState class 23 (integrity constraint violation) anywhere in the chain. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Approves a proposed payout. Never the maker's own; above the threshold a second approval, by someone else
     * again holding COMPENSATION_APPROVER. The last approval pays: the fund's journal is posted with it.
     */
    public PayoutStep approve(String reference, String checker, Set<String> roles) {
        Optional<AdvanceCompensation> found = find(reference);
        if (found.isEmpty()) {
            return new PayoutStep.NotFound();
        }
        AdvanceCompensation p = found.get();
        if (p.status() != AdvanceCompensation.Status.PROPOSED) {
            return new PayoutStep.Refused(SENTENCES.say("payout.status", readable(p.status())));
        }
        if (checker.equals(p.proposedBy())) {
            return new PayoutStep.Refused(SENTENCES.say("own.proposal.approve"));
        }
        if (checker.equals(p.approvedBy())) {
            return new PayoutStep.Refused(SENTENCES.say("approved.already"));
        }
        if (roles.stream().noneMatch(CHECKERS::contains)) {
            return new PayoutStep.Refused(SENTENCES.say("approve.roles"));
        }
        boolean needsSecond = p.amount().amount().compareTo(secondApprovalAbove) > 0;
        boolean isSecondApproval = p.approvedBy() != null;
        if (isSecondApproval && !roles.contains(APPROVER)) {
            return new PayoutStep.Refused(SENTENCES.say("second.approver", p.amount().currency(), secondApprovalAbove.toPlainString()));
        }
        Instant now = Instant.now();
        if (p.approve(checker, now, needsSecond)) {
            fund.post(Journal.payout(p.amount(), p.reference()), checker);
            p.paid(now);
            paid.fire(new PayoutPaid(p.reference(), p.complaintId(), now));
            outbox.publish(new AdvanceCompensationPaid(UUID.randomUUID(), now, p.complaintId(), p.reference(), p.customerId(),
                    p.amount(), p.deadline(), Boolean.TRUE.equals(p.timely())));
        }
        return new PayoutStep.Done(PayoutView.of(p));
    }

    /**
     * Stops the clock of a waiting payout under the pack's extension of its clock (UK-01: up to 35 business days from
     * the claim), by someone holding the extension's approver role who did not propose the payout, with the reason
     * the customer is told (announced as {@link PayoutDeadlineExtended}). Refused where the pack allows none (CN, EU, US).
     */
    public PayoutStep stopTheClock(String reference, String reason, String by, Set<String> roles) {
        Optional<AdvanceCompensation> found = find(reference);
        if (found.isEmpty()) {
            return new PayoutStep.NotFound();
        }
        AdvanceCompensation p = found.get();
        if (reason == null || reason.isBlank()) {
            return new PayoutStep.Refused(SENTENCES.say("clock.reason"));
        }
        if (p.claimedAt() == null || p.deadlineClock() == null) {
            return new PayoutStep.Refused(SENTENCES.say("clock.predates"));
        }
        RulePack pack = RulePackLibrary.inForce(p.claimedAt());
        List<ClockRule.Extension> extensions = pack.clock(p.deadlineClock()).extensions();
        if (extensions.isEmpty()) {
            return new PayoutStep.Refused(SENTENCES.say("clock.none", pack.id(), p.deadlineClock()));
        }
        ClockRule.Extension extension = extensions.get(0);
        if (!roles.contains(extension.approver())) {
            return new PayoutStep.Refused(SENTENCES.say("clock.role", role(extension.approver()), extension.source()));
        }
        if (by.equals(p.proposedBy())) {
            return new PayoutStep.Refused(SENTENCES.say("own.proposal.clock"));
        }
        Instant previous = p.deadline();
        Deadline extended = pack.deadline(p.deadlineClock(), p.claimedAt(), extension.upTo());
        String refused = p.stopTheClock(extended.dueAt(), by, reason.strip());
        if (refused != null) {
            return new PayoutStep.Refused(refused);
        }
        outbox.publish(new PayoutDeadlineExtended(UUID.randomUUID(), Instant.now(), p.complaintId(), p.reference(), previous,
                extended.dueAt(), reason.strip(), extension.source()));
        return new PayoutStep.Done(PayoutView.of(p));
    }

    /** Rejects a proposed payout with the reason; never by its maker. */
    public PayoutStep reject(String reference, String checker, String reason) {
        Optional<AdvanceCompensation> found = find(reference);
        if (found.isEmpty()) {
            return new PayoutStep.NotFound();
        }
        AdvanceCompensation p = found.get();
        if (reason == null || reason.isBlank()) {
            return new PayoutStep.Refused(SENTENCES.say("reject.reason"));
        }
        if (checker.equals(p.proposedBy())) {
            return new PayoutStep.Refused(SENTENCES.say("own.proposal.decide"));
        }
        if (p.status() != AdvanceCompensation.Status.PROPOSED) {
            return new PayoutStep.Refused(SENTENCES.say("payout.status", readable(p.status())));
        }
        p.reject(checker, reason.strip());
        return new PayoutStep.Done(PayoutView.of(p));
    }

    /** Payouts waiting for approval, the nearest deadline first. */
    public List<PayoutView> waiting(int max) {
        return em.createNamedQuery(AdvanceCompensation.WAITING, AdvanceCompensation.class).setMaxResults(max)
                .getResultStream().map(PayoutView::of).toList();
    }

    public List<PayoutView> ofComplaint(UUID complaintId) {
        return em.createNamedQuery(AdvanceCompensation.OF_COMPLAINT, AdvanceCompensation.class)
                .setParameter("complaintId", complaintId).getResultStream().map(PayoutView::of).toList();
    }

    /**
     * For compliance: how many payouts were proposed, paid, paid by their deadline or late, rejected, and waiting
     * (escalated among them), and how much was paid per currency.
     */
    public PayoutFigures figures() {
        return figures(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"));
    }

    /** The same figures for the payouts proposed in [from, to): a compliance period report. */
    public PayoutFigures figures(Instant from, Instant to) {
        String escalated = "CASE WHEN p.escalatedAt IS NULL THEN 0 ELSE 1 END";
        List<Object[]> rows = em.createQuery("SELECT p.status, p.timely, " + escalated + ", p.currency, COUNT(p), SUM(p.amount) "
                        + "FROM AdvanceCompensation p WHERE p.proposedAt >= :from AND p.proposedAt < :to "
                        + "GROUP BY p.status, p.timely, " + escalated + ", p.currency", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        return PayoutFigures.of(rows);
    }

    public Optional<PayoutView> byReference(String reference) {
        return find(reference).map(PayoutView::of);
    }

    /** A payout's status as the reader says it ("paid" in English). */
    private static String readable(AdvanceCompensation.Status status) {
        String key = "status." + status.name();
        String said = SENTENCES.say(key);
        return said.equals(key) ? status.name().toLowerCase() : said;
    }

    /** A staff role as the reader says it ("compensation approver" in English). */
    private static String role(String role) {
        String key = "role." + role;
        String said = SENTENCES.say(key);
        return said.equals(key) ? role.toLowerCase().replace('_', ' ') : said;
    }

    private Optional<AdvanceCompensation> find(String reference) {
        return em.createNamedQuery(AdvanceCompensation.BY_REFERENCE, AdvanceCompensation.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }
}
