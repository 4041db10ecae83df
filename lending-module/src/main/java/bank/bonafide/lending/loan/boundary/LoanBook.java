package bank.bonafide.lending.loan.boundary;

import bank.bonafide.lending.access.boundary.StaffReads;
import bank.bonafide.platform.reference.References;
import bank.bonafide.lending.loan.entity.CollectionStatus;
import bank.bonafide.lending.loan.entity.Instalment;
import bank.bonafide.lending.loan.entity.Loan;
import bank.bonafide.lending.loan.entity.LoanHistory;
import bank.bonafide.lending.loan.entity.Repayment;
import bank.bonafide.lending.terms.control.RepaymentSchedules;
import bank.bonafide.lending.terms.entity.LoanTerms;
import bank.bonafide.lending.terms.entity.ScheduleLine;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Loans from disbursement to the last instalment: origination of a signed application, repayments
 * (instalments, partial, early) and the loan's detail. Dates are the bank's calendar dates in the time
 * zone of the rule pack in force.
 */
@Stateless
public class LoanBook {

    private static final Sentences SENTENCES = Sentences.of(LoanBook.class);

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @Inject
    StaffReads reads;

    /** Creates the loan exactly on the confirmed terms, its schedule, and pays the money out. Returns its reference. */
    public String originate(String customerId, UUID applicationId, String productCode, LoanTerms terms, String termsHash,
                            BigDecimal lateFeeDailyRate, int lateFeeGraceDays, UUID stepUpEvidencePackageId, Instant at) {
        String reference = References.next("L");
        Loan loan = new Loan(reference, customerId, applicationId, productCode, terms, termsHash, lateFeeDailyRate,
                lateFeeGraceDays, stepUpEvidencePackageId, at);
        em.persist(loan);
        RepaymentSchedules.plan(terms).forEach(line -> em.persist(new Instalment(loan.id(), line)));
        record(loan, at, "lending", "signed on terms " + termsHash + " (identity step-up evidence " + stepUpEvidencePackageId + ")");
        record(loan, at, "lending", "disbursed " + terms.principal() + " to account " + terms.payee());
        return reference;
    }

    public Optional<LoanDetail> detail(String reference, Optional<String> customerId) {
        return find(reference, customerId).map(this::detail);
    }

    /**
     * Money towards what is due: late fees, interest, principal, oldest instalment first. With nothing due yet
     * it pays the next instalment ahead of time. More than is due is refused (that is an early repayment).
     */
    public RepaymentResult repay(String reference, Optional<String> customerId, BigDecimal amount, String via, Instant at) {
        Optional<Loan> found = find(reference, customerId);
        if (found.isEmpty()) {
            return new RepaymentResult.NotFound();
        }
        Loan loan = found.get();
        Optional<String> refusal = unusable(loan, amount);
        if (refusal.isPresent()) {
            return new RepaymentResult.Refused(refusal.get());
        }
        LocalDate today = today(at);
        List<Instalment> open = instalments(loan).stream().filter(Instalment::open).toList();
        List<Instalment> due = open.stream().filter(i -> !i.dueDate().isAfter(today)).toList();
        List<Instalment> target = due.isEmpty() ? open.subList(0, 1) : due;
        BigDecimal owed = target.stream().map(Instalment::owed).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amount.compareTo(owed) > 0) {
            return new RepaymentResult.Refused(SENTENCES.say("repayment.moreThanDue", loan.principalCurrency(), owed.toPlainString()));
        }
        BigDecimal left = amount;
        for (Instalment i : target) {
            left = i.pay(left);
        }
        em.persist(new Repayment(loan.id(), at, amount, loan.principalCurrency(), Repayment.Kind.INSTALMENT, via));
        record(loan, at, via, "repayment " + loan.principalCurrency() + " " + amount.toPlainString()
                + (amount.compareTo(owed) < 0 ? " (partial; " + owed.subtract(amount).toPlainString() + " still due)" : ""));
        settle(loan, today);
        return new RepaymentResult.Booked(amount, Repayment.Kind.INSTALMENT.name(), detail(loan));
    }

    /**
     * Principal repaid before it is due, with interest on it for the days since the last due date. The
     * remaining instalments keep their dates and are recalculated on the smaller balance; repaying all of it
     * closes the loan.
     *
     * @param principal how much principal to repay; null for all of it
     */
    public RepaymentResult repayEarly(String reference, Optional<String> customerId, BigDecimal principal, String via, Instant at) {
        Optional<Loan> found = find(reference, customerId);
        if (found.isEmpty()) {
            return new RepaymentResult.NotFound();
        }
        Loan loan = found.get();
        Optional<String> refusal = unusable(loan, principal == null ? BigDecimal.ONE : principal);
        if (refusal.isPresent()) {
            return new RepaymentResult.Refused(refusal.get());
        }
        LoanTerms terms = loan.terms().orElseThrow();
        LocalDate today = today(at);
        List<Instalment> all = instalments(loan);
        BigDecimal dueNow = all.stream().filter(i -> i.open() && !i.dueDate().isAfter(today)).map(Instalment::owed)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (dueNow.signum() > 0) {
            return new RepaymentResult.Refused(SENTENCES.say("repayment.payDueFirst", loan.principalCurrency(), dueNow.toPlainString()));
        }
        List<Instalment> future = all.stream().filter(i -> i.open() && i.dueDate().isAfter(today)).toList();
        Optional<Instalment> paidAhead = future.stream().filter(i -> i.paidPrincipal().add(i.paidInterest()).signum() > 0).findFirst();
        if (paidAhead.isPresent()) {
            return new RepaymentResult.Refused(SENTENCES.say("repayment.partlyPaidAhead", paidAhead.get().number(),
                    loan.principalCurrency(), paidAhead.get().owed().stripTrailingZeros().toPlainString()));
        }
        BigDecimal balance = future.stream().map(i -> i.principal().subtract(i.paidPrincipal())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal repaid = principal == null ? balance : principal;
        if (repaid.compareTo(balance) > 0) {
            return new RepaymentResult.Refused(SENTENCES.say("repayment.onlyOutstanding", loan.principalCurrency(), balance.toPlainString()));
        }
        LocalDate since = all.stream().map(Instalment::dueDate).filter(d -> !d.isAfter(today)).reduce((a, b) -> b)
                .orElse(today(loan.disbursedAt()));
        BigDecimal interest = RepaymentSchedules.interestOnEarlyRepayment(repaid, since, today, terms);
        BigDecimal left = balance.subtract(repaid);
        Repayment.Kind kind = left.signum() == 0 ? Repayment.Kind.EARLY_FULL : Repayment.Kind.EARLY_PARTIAL;
        if (kind == Repayment.Kind.EARLY_FULL) {
            future.forEach(Instalment::cancel);
        } else {
            List<ScheduleLine> remaining = new ArrayList<>();
            BigDecimal running = balance;
            for (Instalment i : future) {
                running = running.subtract(i.principal());
                remaining.add(i.asLine(running));
            }
            List<ScheduleLine> replanned = RepaymentSchedules.replan(left, remaining, terms);
            for (int k = 0; k < future.size(); k++) {
                future.get(k).replan(replanned.get(k));
            }
        }
        BigDecimal paid = repaid.add(interest);
        em.persist(new Repayment(loan.id(), at, paid, loan.principalCurrency(), kind, via));
        record(loan, at, via, "early repayment " + loan.principalCurrency() + " " + paid.toPlainString() + ": principal "
                + repaid.toPlainString() + ", interest " + interest.toPlainString() + " for the days since " + since
                + (kind == Repayment.Kind.EARLY_FULL ? "; loan repaid in full"
                : "; " + future.size() + " remaining instalments recalculated on " + left.toPlainString()));
        settle(loan, today);
        return new RepaymentResult.Booked(paid, kind.name(), detail(loan));
    }

    /** A member of staff reads a loan with its schedule, repayments and history; the read is logged with the purpose. */
    /** A customer's own loans, newest reference first (what they can pick from to dispute one). */
    public List<LoanView> ofCustomer(String customerId) {
        return em.createQuery("SELECT l FROM Loan l WHERE l.customerId = :customerId ORDER BY l.reference DESC", Loan.class)
                .setParameter("customerId", customerId)
                .setMaxResults(100)
                .getResultStream()
                .map(LoanView::of)
                .toList();
    }

    public Optional<LoanDetail> detailForStaff(String reference, String staff, String purpose) {
        Optional<LoanDetail> detail = find(reference, Optional.empty()).map(this::detail);
        detail.ifPresent(d -> reads.log(staff, "loan " + reference, d.loan().customerId(), purpose));
        return detail;
    }

    /** Loans whose collection is in the given state (FROZEN for the back office's frozen-loans list). Logged. */
    public List<LoanView> inCollection(CollectionStatus status, String staff) {
        List<LoanView> loans = em.createNamedQuery(Loan.IN_COLLECTION, Loan.class).setParameter("status", status)
                .setMaxResults(500).getResultStream().map(LoanView::of).toList();
        reads.log(staff, status.name().toLowerCase() + " loans (" + loans.size() + ")", null, "work queue");
        return loans;
    }

    private void settle(Loan loan, LocalDate today) {
        List<Instalment> open = instalments(loan).stream().filter(Instalment::open).toList();
        if (open.isEmpty()) {
            loan.repaid();
            record(loan, Instant.now(), "lending", "loan repaid in full");
        } else {
            loan.overdue(open.stream().anyMatch(i -> i.dueDate().isBefore(today)));
        }
    }

    private static Optional<String> unusable(Loan loan, BigDecimal amount) {
        if (loan.terms().isEmpty()) {
            return Optional.of(SENTENCES.say("repayment.noSchedule"));
        }
        if (Loan.WRITTEN_OFF.equals(loan.status()) || Loan.REPAID.equals(loan.status())) {
            return Optional.of(SENTENCES.say("repayment.nothingOwed", Loan.WRITTEN_OFF.equals(loan.status())
                    ? SENTENCES.say("loan.writtenOff") : SENTENCES.say("loan.repaid")));
        }
        if (amount == null || amount.signum() <= 0) {
            return Optional.of(SENTENCES.say("repayment.notPositive"));
        }
        if (amount.stripTrailingZeros().scale() > loan.terms().get().scale()) {
            return Optional.of(SENTENCES.say("repayment.decimals", loan.terms().get().scale()));
        }
        return Optional.empty();
    }

    LoanDetail detail(Loan loan) {
        List<Instalment> instalments = instalments(loan);
        BigDecimal outstanding = instalments.stream().filter(Instalment::open).map(i -> i.principal().subtract(i.paidPrincipal()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new LoanDetail(LoanView.of(loan), loan.termsHash(),
                loan.stepUpEvidencePackageId() == null ? null : loan.stepUpEvidencePackageId().toString(), loan.disbursedAt(),
                loan.writtenOffAt(), loan.terms().isEmpty() ? loan.principalAmount() : outstanding,
                instalments.stream().map(i -> new LoanDetail.InstalmentLine(i.number(), i.dueDate(), i.principal(), i.interest(),
                        i.lateFee(), i.paidPrincipal().add(i.paidInterest()).add(i.paidLateFee()), i.open() ? i.owed() : BigDecimal.ZERO,
                        i.status().name())).toList(),
                em.createNamedQuery(Repayment.OF_LOAN, Repayment.class).setParameter("loanId", loan.id()).getResultStream()
                        .map(r -> new LoanDetail.RepaymentLine(r.receivedAt(), r.amount(), r.kind(), r.receivedVia())).toList(),
                em.createNamedQuery(LoanHistory.OF_LOAN, LoanHistory.class).setParameter("loanId", loan.id()).getResultStream()
                        .map(h -> new LoanDetail.HistoryLine(h.at(), h.actor(), h.entry())).toList());
    }

    /** The loan's instalments in order (for this module's collections and write-off, in the caller's transaction). */
    public List<Instalment> instalments(Loan loan) {
        return em.createNamedQuery(Instalment.OF_LOAN, Instalment.class).setParameter("loanId", loan.id()).getResultList();
    }

    /** Appends a line to the loan's history (for this module's other boundaries, in the caller's transaction). */
    public void record(Loan loan, Instant at, String actor, String entry) {
        em.persist(new LoanHistory(loan.id(), at, actor.length() > 64 ? actor.substring(0, 64) : actor, entry));
    }

    private Optional<Loan> find(String reference, Optional<String> customerId) {
        return em.createNamedQuery(Loan.BY_REFERENCE, Loan.class).setParameter("reference", reference).getResultStream()
                .filter(l -> customerId.map(l.customerId()::equals).orElse(true)).findFirst();
    }

    static LocalDate today(Instant at) {
        return at.atZone(RulePackLibrary.inForce(at).calendar().zone()).toLocalDate();
    }
}
