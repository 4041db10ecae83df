package bank.bonafide.compensation.recovery.boundary;

import bank.bonafide.compensation.fund.boundary.RiskProvisionFund;
import bank.bonafide.compensation.fund.control.Journal;
import bank.bonafide.compensation.payout.boundary.AdvanceCompensations;
import bank.bonafide.compensation.payout.boundary.PayoutView;
import bank.bonafide.compensation.recovery.entity.RecoveryCase;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.reference.References;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Getting back what the fund paid first: a case per counterparty (the fraudster, the receiving bank, the
 * insurer), never claiming more than was paid out, every amount received booked to the fund with its journal.
 */
@Stateless
public class Recoveries {

    private static final Sentences SENTENCES = Sentences.of(Recoveries.class);

    /** UK-01: the receiving bank bears half of an APP reimbursement. */
    static final BigDecimal UK_RECEIVING_BANK_SHARE = new BigDecimal("0.50");

    @PersistenceContext(unitName = "compensation")
    EntityManager em;

    @Inject
    RiskProvisionFund fund;

    @Inject
    AdvanceCompensations payouts;

    /**
     * Opens a claim on a paid payout. Without an amount, a claim on the receiving bank under the UK pack is its
     * 50% share; every other claim names its amount. A claim on the insurer is booked as receivable at once.
     */
    public RecoveryStep open(String payoutReference, RecoveryCase.Against against, String counterparty, Money claimed, String by) {
        Optional<PayoutView> found = payouts.byReference(payoutReference);
        if (found.isEmpty()) {
            return new RecoveryStep.NotFound();
        }
        PayoutView payout = found.get();
        if (!"PAID".equals(payout.status())) {
            return new RecoveryStep.Refused(SENTENCES.say("paid.only", readable(payout.status())));
        }
        if (against == null || counterparty == null || counterparty.isBlank()) {
            return new RecoveryStep.Refused(SENTENCES.say("against.missing"));
        }
        Money amount = claimed;
        if (amount == null && against == RecoveryCase.Against.RECEIVING_BANK && "UK".equals(RulePackLibrary.jurisdiction())) {
            amount = new Money(payout.amount().amount().multiply(UK_RECEIVING_BANK_SHARE).setScale(2, RoundingMode.HALF_UP),
                    payout.amount().currency());
        }
        if (amount == null || amount.amount().signum() <= 0 || !amount.currency().equals(payout.amount().currency())) {
            return new RecoveryStep.Refused(SENTENCES.say("amount.above.zero", payout.amount().currency()));
        }
        BigDecimal alreadyClaimed = ofPayout(payoutReference).stream().map(r -> r.claimed().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (alreadyClaimed.add(amount.amount()).compareTo(payout.amount().amount()) > 0) {
            return new RecoveryStep.Refused(SENTENCES.say("claims.exceed", payoutReference, payout.amount(), Money.plain(alreadyClaimed)));
        }
        RecoveryCase recovery = new RecoveryCase(References.next("REC"), payoutReference, against, counterparty.strip(), amount,
                by, Instant.now());
        em.persist(recovery);
        if (against == RecoveryCase.Against.INSURER) {
            fund.post(Journal.insuranceClaim(amount, recovery.reference()), by);
        }
        return new RecoveryStep.Done(RecoveryView.of(recovery));
    }

    /** Money received on a case goes back into the fund; never more than is outstanding. */
    public RecoveryStep received(String reference, Money amount, String by) {
        return onOpenCase(reference, r -> {
            if (amount == null || amount.amount().signum() <= 0 || !amount.currency().equals(r.claimed().currency())
                    || amount.amount().compareTo(r.outstanding().amount()) > 0) {
                return new RecoveryStep.Refused(SENTENCES.say("received.amount", r.outstanding()));
            }
            fund.post(r.against() == RecoveryCase.Against.INSURER ? Journal.insurancePaid(amount, r.reference())
                    : Journal.recovery(amount, r.reference()), by);
            r.received(amount, Instant.now());
            return new RecoveryStep.Done(RecoveryView.of(r));
        });
    }

    /** Closes a case with what is still outstanding given up (an insurer's unpaid claim is written down). */
    public RecoveryStep close(String reference, String note, String by) {
        return onOpenCase(reference, r -> {
            if (note == null || note.isBlank()) {
                return new RecoveryStep.Refused(SENTENCES.say("close.why"));
            }
            if (r.against() == RecoveryCase.Against.INSURER && r.outstanding().amount().signum() > 0) {
                fund.post(Journal.insuranceWrittenDown(r.outstanding(), r.reference()), by);
            }
            r.close(note.strip(), Instant.now());
            return new RecoveryStep.Done(RecoveryView.of(r));
        });
    }

    private RecoveryStep onOpenCase(String reference, Function<RecoveryCase, RecoveryStep> step) {
        Optional<RecoveryCase> found = find(reference);
        if (found.isEmpty()) {
            return new RecoveryStep.NotFound();
        }
        return found.get().status() == RecoveryCase.Status.OPEN ? step.apply(found.get())
                : new RecoveryStep.Refused(SENTENCES.say("case.closed"));
    }

    /** Recovery cases still open, oldest first. */
    public List<RecoveryView> open(int max) {
        return em.createNamedQuery(RecoveryCase.OPEN, RecoveryCase.class).setMaxResults(max).getResultStream()
                .map(RecoveryView::of).toList();
    }

    public List<RecoveryView> ofPayout(String payoutReference) {
        return em.createNamedQuery(RecoveryCase.OF_PAYOUT, RecoveryCase.class).setParameter("payout", payoutReference)
                .getResultStream().map(RecoveryView::of).toList();
    }

    /** A payout's status as the reader says it ("proposed" in English). */
    private static String readable(String status) {
        String key = "status." + status;
        String said = SENTENCES.say(key);
        return said.equals(key) ? status.toLowerCase() : said;
    }

    private Optional<RecoveryCase> find(String reference) {
        return em.createNamedQuery(RecoveryCase.BY_REFERENCE, RecoveryCase.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }
}
