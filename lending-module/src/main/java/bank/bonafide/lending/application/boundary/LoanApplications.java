package bank.bonafide.lending.application.boundary;

import bank.bonafide.lending.access.boundary.StaffReads;
import bank.bonafide.lending.application.control.CreditBureau;
import bank.bonafide.lending.application.control.Eligibility;
import bank.bonafide.lending.application.control.SmsGateway;
import bank.bonafide.lending.application.entity.AccountOpening;
import bank.bonafide.lending.application.entity.ApplicationCheck;
import bank.bonafide.lending.application.entity.ApplicationStatus;
import bank.bonafide.lending.application.entity.CreditReportConsent;
import bank.bonafide.lending.application.entity.CreditReportQuery;
import bank.bonafide.lending.application.entity.LoanApplication;
import bank.bonafide.lending.application.entity.SigningCode;
import bank.bonafide.lending.loan.boundary.LoanBook;
import bank.bonafide.platform.reference.References;
import bank.bonafide.lending.product.entity.LoanProduct;
import bank.bonafide.lending.terms.control.RepaymentSchedules;
import bank.bonafide.lending.terms.entity.LoanTerms;
import bank.bonafide.platform.digest.Sha256;
import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.identity.VerificationDecided;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.outbox.ProcessedEvents;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Applications from offer to signature. The one transactional entry of the application component.
 */
@Stateless
public class LoanApplications {

    /** Long enough to read an SMS and type it, short enough that a stolen code goes stale. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

    /** An application this far from now is a compliance replay of a past one. */
    static final Duration REPLAY = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Sentences SENTENCES = Sentences.of(LoanApplications.class);

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @Inject
    LoanBook loans;

    @Inject
    StaffReads reads;

    /**
     * @param occurredAt when the customer applied: selects the rule pack (a replay of 2019 is judged by 2019 rules)
     * @param by         who submitted it: the customer's login, or the staff member's
     */
    public record Request(String customerId, String accountReference, String productCode, BigDecimal amount, int termMonths,
                          boolean creditReportConsent, String channel, String by, Instant occurredAt) {
    }

    public ApplicationResult apply(Request r) {
        LoanProduct product = r.productCode() == null ? null : em.find(LoanProduct.class, r.productCode());
        if (product == null || !product.active()) {
            return new ApplicationResult.Invalid(SENTENCES.say("application.noProduct", r.productCode()));
        }
        Optional<String> misfit = misfit(product.definition(), r.amount(), r.termMonths());
        if (misfit.isPresent()) {
            return new ApplicationResult.Invalid(misfit.get());
        }
        RulePack pack = RulePackLibrary.inForce(r.occurredAt());
        LocalDate applied = r.occurredAt().atZone(pack.calendar().zone()).toLocalDate();
        LoanTerms terms = terms(product.definition(), r.amount(), r.termMonths(), r.accountReference(), applied.plusMonths(1));
        LoanApplication a = new LoanApplication(References.next("LA"), r.customerId(), product.code(), terms,
                terms.hash(RepaymentSchedules.plan(terms)), r.channel(), r.by(), r.occurredAt(), pack.id(), pack.version());
        em.persist(a);
        Instant now = Instant.now();
        List<Eligibility.Check> checks = new java.util.ArrayList<>(Eligibility.judge(r.accountReference(),
                latestOpening(r.accountReference(), r.customerId()), r.creditReportConsent(), r.occurredAt(), pack));
        if (r.creditReportConsent()) {
            CreditReportConsent consent = new CreditReportConsent(a.id(), r.customerId(), Sha256.hex(CreditReportConsent.NOTICE), now,
                    r.channel() + ":" + r.by());
            em.persist(consent);
            // The report is pulled only for a live purpose (CN-06): not for a replay of a past application, and not when
            // the application is refused anyway (minimum data).
            boolean replay = Duration.between(r.occurredAt(), now).abs().compareTo(REPLAY) > 0;
            boolean refusedAlready = checks.stream().anyMatch(c -> c.result() == ApplicationCheck.Result.FAILED);
            checks.add(replay || refusedAlready
                    ? new Eligibility.Check("CREDIT_REPORT", ApplicationCheck.Result.NOT_REQUIRED, replay
                            ? "not queried: a replay of a past application has no live purpose"
                            : "not queried: the application is refused on the checks above", "CN-06")
                    : creditReport(a, consent));
        }
        checks.forEach(c -> em.persist(new ApplicationCheck(a.id(), c.name(), c.result(), c.detail(), c.rule(), now)));
        List<String> failed = checks.stream().filter(c -> c.result() == ApplicationCheck.Result.FAILED).map(Eligibility.Check::detail).toList();
        if (!failed.isEmpty()) {
            a.refuse(failed);
        }
        return new ApplicationResult.Decided(view(a));
    }

    /** Queries the bureau under this application's consent, keeps the query and judges the answer. */
    private Eligibility.Check creditReport(LoanApplication a, CreditReportConsent consent) {
        CreditBureau.Query q = CreditBureau.query(a.customerId(), consent.id(), a.reference());
        em.persist(new CreditReportQuery(a.id(), consent.id(), q.correlationId(), q.askedAt(), q.answeredAt(), q.answer()));
        return Eligibility.creditReport(q, consent.id());
    }

    /** New amount or term while on offer. A code already sent stays bound to the old terms and no longer confirms. */
    public ApplicationResult amend(String reference, Optional<String> customerId, BigDecimal amount, int termMonths) {
        Optional<LoanApplication> found = find(reference, customerId);
        if (found.isEmpty()) {
            return new ApplicationResult.NotFound();
        }
        LoanApplication a = found.get();
        if (!a.signable()) {
            return new ApplicationResult.Conflict(SENTENCES.say("application.termsFixed", said(a.status())));
        }
        LoanProduct product = em.find(LoanProduct.class, a.productCode());
        Optional<String> misfit = misfit(product.definition(), amount, termMonths);
        if (misfit.isPresent()) {
            return new ApplicationResult.Invalid(misfit.get());
        }
        LoanTerms old = a.terms();
        LoanTerms terms = new LoanTerms(new Money(amount, old.principal().currency()), termMonths, old.annualRate(), old.method(),
                old.scale(), old.rounding(), old.payee(), old.firstDueDate());
        a.amend(terms, terms.hash(RepaymentSchedules.plan(terms)));
        return new ApplicationResult.Decided(view(a));
    }

    /** Sends a fresh code bound to the current terms to {@code phoneNumber}; older codes are void. */
    public SigningStep sendCode(String reference, Optional<String> customerId, String phoneNumber) {
        Optional<LoanApplication> found = find(reference, customerId);
        if (found.isEmpty()) {
            return new SigningStep.NotFound();
        }
        LoanApplication a = found.get();
        if (!a.signable()) {
            return new SigningStep.Rejected(SENTENCES.say("signing.nothingToSign", said(a.status())));
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        String text = "Bonafide: code " + code + " signs your loan of " + a.terms().summary() + " (terms " + a.termsHash().substring(0, 8)
                + "). Nobody from the bank will ever ask you for it.";
        if (!SmsGateway.send(phoneNumber, text)) {
            return new SigningStep.Rejected(SENTENCES.say("signing.codeNotSent"));
        }
        liveCodes(a).forEach(SigningCode::voidIt);
        Instant now = Instant.now();
        SigningCode sent = new SigningCode(a.id(), code, a.termsHash(), phoneNumber, masked(phoneNumber), now, now.plus(CODE_LIFETIME));
        em.persist(sent);
        return new SigningStep.CodeSent(sent.sentTo(), sent.expiresAt(), a.termsHash());
    }

    /**
     * The customer's code confirms the terms on offer now, and only if it was sent for exactly these terms.
     * A wrong or stale try is counted and stays recorded even though the answer is no.
     *
     * @param phoneNumber the number the customer says received the code; identity's step-up then checks it is hers
     */
    public SigningStep confirm(String reference, Optional<String> customerId, String code, String phoneNumber) {
        Optional<LoanApplication> found = find(reference, customerId);
        if (found.isEmpty()) {
            return new SigningStep.NotFound();
        }
        LoanApplication a = found.get();
        if (!a.signable()) {
            return new SigningStep.Rejected(SENTENCES.say("signing.nothingToConfirm", said(a.status())));
        }
        String current = a.terms().hash(RepaymentSchedules.plan(a.terms()));
        if (!current.equals(a.termsHash())) {
            return new SigningStep.Rejected(SENTENCES.say("signing.termsHashMismatch"));
        }
        Optional<SigningCode> live = liveCodes(a).stream().findFirst();
        if (live.isEmpty()) {
            return new SigningStep.Rejected(SENTENCES.say("signing.noCode"));
        }
        String why = live.get().redeem(code, current, phoneNumber, Instant.now());
        if (why != null) {
            return new SigningStep.Rejected(why);
        }
        a.confirm(current, Instant.now());
        return new SigningStep.Confirmed(current);
    }

    /**
     * Identity's decisions as lending needs them: an account opening feeds eligibility; a loan signing's
     * step-up, approving the very terms the customer confirmed, originates the loan.
     */
    public void onIdentityDecision(VerificationDecided e) {
        if (!("ACCOUNT_OPENING".equals(e.purpose()) || "LOAN_SIGNING".equals(e.purpose()))
                || !ProcessedEvents.firstDelivery(em, BoundedContext.LENDING, "LoanApplications", e)) {
            return;
        }
        if ("ACCOUNT_OPENING".equals(e.purpose())) {
            em.persist(new AccountOpening(e.decisionId(), e.customerId(), e.subjectReference(), e.channel(), e.outcome(),
                    e.actedAt() == null ? e.occurredAt() : e.actedAt(), e.evidencePackageId(),
                    e.reasons().isEmpty() ? null : String.join("\n", e.reasons())));
            return;
        }
        em.createNamedQuery(LoanApplication.BY_REFERENCE, LoanApplication.class).setParameter("reference", e.subjectReference())
                .getResultStream().filter(a -> a.customerId().equals(e.customerId())).findFirst()
                .ifPresent(a -> stepUp(a, e));
    }

    private void stepUp(LoanApplication a, VerificationDecided e) {
        Instant now = Instant.now();
        if (a.status() == ApplicationStatus.SIGNED) {
            em.persist(new ApplicationCheck(a.id(), "IDENTITY_STEP_UP", ApplicationCheck.Result.NOT_REQUIRED, "a further step-up after "
                    + "signing (" + e.outcome() + ", identity decision " + e.decisionId() + ") changes nothing", "CN-05", now));
            return;
        }
        a.stepUp(e.decisionId(), e.outcome(), e.evidencePackageId());
        String evidence = "identity decision " + e.decisionId() + " under " + e.rulePackId() + " v" + e.rulePackVersion()
                + ", evidence package " + e.evidencePackageId();
        if (!"APPROVED".equals(e.outcome())) {
            String why = "identity's LOAN_SIGNING step-up " + e.outcome().toLowerCase()
                    + (e.reasons().isEmpty() ? "" : ": " + String.join("; ", e.reasons()));
            em.persist(new ApplicationCheck(a.id(), "IDENTITY_STEP_UP", ApplicationCheck.Result.FAILED, why + " (" + evidence + ")", "CN-05", now));
            a.refuse(List.of(why));
            return;
        }
        boolean sameTerms = a.status() == ApplicationStatus.CONFIRMED && a.termsHash().equals(a.confirmedTermsHash())
                && a.termsHash().equals(e.confirmedTermsHash());
        if (!sameTerms) {
            String why = "identity approved a step-up, but not for the terms the customer confirmed with her code";
            em.persist(new ApplicationCheck(a.id(), "IDENTITY_STEP_UP", ApplicationCheck.Result.FAILED, why + " (" + evidence + ")", "EU-01", now));
            a.refuse(List.of(why));
            return;
        }
        em.persist(new ApplicationCheck(a.id(), "IDENTITY_STEP_UP", ApplicationCheck.Result.PASSED,
                "step-up approved for terms " + e.confirmedTermsHash() + " (" + evidence + ")", "CN-05", now));
        LoanProduct product = em.find(LoanProduct.class, a.productCode());
        String loan = loans.originate(a.customerId(), a.id(), a.productCode(), a.terms(), a.termsHash(),
                product.definition().lateFeeDailyRate(), product.definition().lateFeeGraceDays(), e.evidencePackageId(), now);
        a.signed(loan);
    }

    public Optional<ApplicationView> view(String reference, Optional<String> customerId) {
        return find(reference, customerId).map(this::view);
    }

    /** The customer's own applications, newest first (summaries: {@link #view} has the checks). */
    public List<ApplicationView> ofCustomer(String customerId) {
        return em.createNamedQuery(LoanApplication.OF_CUSTOMER, LoanApplication.class).setParameter("customerId", customerId)
                .setMaxResults(100).getResultStream().map(ApplicationView::listed).toList();
    }

    /** A member of staff reads an application; the read is logged with the purpose. */
    public Optional<ApplicationView> viewForStaff(String reference, String staff, String purpose) {
        Optional<ApplicationView> view = find(reference, Optional.empty()).map(this::view);
        view.ifPresent(v -> reads.log(staff, "loan application " + reference, v.customerId(), purpose));
        return view;
    }

    /** The back office's queue: applications still open (on offer or confirmed and waiting for identity). Logged. */
    public List<ApplicationView> queue(String staff) {
        List<ApplicationView> open = em.createNamedQuery(LoanApplication.BY_STATUS, LoanApplication.class)
                .setParameter("statuses", List.of(ApplicationStatus.OFFERED, ApplicationStatus.CONFIRMED))
                .setMaxResults(200).getResultStream().map(ApplicationView::listed).toList();
        reads.log(staff, "application queue (" + open.size() + " applications)", null, "work queue");
        return open;
    }

    private ApplicationView view(LoanApplication a) {
        return ApplicationView.of(a, em.createNamedQuery(ApplicationCheck.OF, ApplicationCheck.class).setParameter("id", a.id()).getResultList());
    }

    /** A customer sees only her own; staff (empty customer) see any. */
    private Optional<LoanApplication> find(String reference, Optional<String> customerId) {
        return em.createNamedQuery(LoanApplication.BY_REFERENCE, LoanApplication.class).setParameter("reference", reference)
                .getResultStream().filter(a -> customerId.map(a.customerId()::equals).orElse(true)).findFirst();
    }

    private List<SigningCode> liveCodes(LoanApplication a) {
        return em.createNamedQuery(SigningCode.LIVE, SigningCode.class).setParameter("id", a.id()).getResultList();
    }

    private Optional<AccountOpening> latestOpening(String account, String customerId) {
        return em.createNamedQuery(AccountOpening.LATEST, AccountOpening.class).setParameter("account", account)
                .setParameter("customer", customerId).setMaxResults(1).getResultStream().findFirst();
    }

    private static Optional<String> misfit(LoanProduct.Definition p, BigDecimal amount, int termMonths) {
        if (amount == null || amount.compareTo(p.minAmount()) < 0 || amount.compareTo(p.maxAmount()) > 0) {
            return Optional.of(SENTENCES.say("application.amountRange", p.name(), p.currency(),
                    p.minAmount().stripTrailingZeros().toPlainString(), p.maxAmount().stripTrailingZeros().toPlainString()));
        }
        if (amount.stripTrailingZeros().scale() > p.roundingScale()) {
            return Optional.of(SENTENCES.say("application.decimals", p.roundingScale()));
        }
        if (termMonths < p.minTermMonths() || termMonths > p.maxTermMonths()) {
            return Optional.of(SENTENCES.say("application.termRange", p.name(), p.minTermMonths(), p.maxTermMonths()));
        }
        return Optional.empty();
    }

    private static LoanTerms terms(LoanProduct.Definition p, BigDecimal amount, int months, String account, LocalDate firstDue) {
        return new LoanTerms(new Money(amount.setScale(p.roundingScale(), p.roundingMode()), p.currency()), months, p.annualRate(),
                p.method(), p.roundingScale(), p.roundingMode(), account, firstDue);
    }

    /** The status in a sentence for the reader; in English its lower-case name, as the status reads elsewhere. */
    private static String said(ApplicationStatus status) {
        return switch (status) {
            case OFFERED -> SENTENCES.say("status.offered");
            case CONFIRMED -> SENTENCES.say("status.confirmed");
            case SIGNED -> SENTENCES.say("status.signed");
            case REFUSED -> SENTENCES.say("status.refused");
        };
    }

    /** Keeps the last four digits, as on every screen. */
    static String masked(String phone) {
        String p = phone.strip();
        return p.length() <= 4 ? "****" : "*".repeat(p.length() - 4) + p.substring(p.length() - 4);
    }
}
