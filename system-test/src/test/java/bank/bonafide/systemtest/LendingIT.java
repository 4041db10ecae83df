package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.compensation.assessment.boundary.AssessmentStep;
import bank.bonafide.compensation.assessment.boundary.Conclusion;
import bank.bonafide.compensation.assessment.boundary.LiabilityAssessments;
import bank.bonafide.compensation.payout.control.Claim;
import bank.bonafide.compensation.fraud.boundary.FraudCaseStep;
import bank.bonafide.compensation.fraud.boundary.FraudCaseView;
import bank.bonafide.compensation.fraud.boundary.FraudPlaybook;
import bank.bonafide.identity.evidence.boundary.EvidenceBook;
import bank.bonafide.identity.verification.boundary.DecisionRecord;
import bank.bonafide.identity.verification.boundary.Verifications;
import bank.bonafide.identity.verification.entity.CheckAnswer;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.LoginAssurance;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationAttempt;
import bank.bonafide.lending.application.boundary.ApplicationResult;
import bank.bonafide.lending.application.boundary.ApplicationView;
import bank.bonafide.lending.application.boundary.LoanApplications;
import bank.bonafide.lending.application.boundary.SigningStep;
import bank.bonafide.lending.loan.boundary.Collections;
import bank.bonafide.lending.loan.boundary.LoanBook;
import bank.bonafide.lending.loan.boundary.LoanDetail;
import bank.bonafide.compensation.fund.boundary.RiskProvisionFund;
import bank.bonafide.compensation.fund.control.FundAccount;
import bank.bonafide.compensation.payout.boundary.AdvanceCompensations;
import bank.bonafide.compensation.payout.boundary.PayoutStep;
import bank.bonafide.compensation.payout.boundary.PayoutView;
import bank.bonafide.lending.loan.boundary.RepaymentResult;
import bank.bonafide.platform.money.Money;
import bank.bonafide.lending.product.boundary.LoanProducts;
import bank.bonafide.lending.product.entity.LoanProduct;
import bank.bonafide.lending.terms.entity.RepaymentMethod;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Eventually;
import bank.bonafide.systemtest.support.Sql;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lending end to end inside the server, every test with customers of its own: the 2019 seed loan replayed
 * and refused, a signing code that stops confirming once the amount changes, the loan that identity's
 * step-up signs, repayments, and a dispute that freezes collection until a fraud finding writes it off.
 */
@ExtendWith(ArquillianExtension.class)
class LendingIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String PRODUCT = "IT-CASH";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(LendingIT.class);
    }

    @Inject
    AdvanceCompensations payouts;

    @Inject
    RiskProvisionFund fund;

    @Inject
    LoanProducts products;

    @Inject
    LoanApplications applications;

    @Inject
    LoanBook loans;

    @Inject
    Collections collections;

    @Inject
    Verifications verifications;

    @Inject
    EvidenceBook evidence;

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintQueries complaints;

    @Inject
    LiabilityAssessments assessments;

    @Inject
    FraudPlaybook playbook;

    static final Set<String> ASSESSOR = Set.of("COMPLAINT_HANDLER");

    /** The assessor's conclusion that someone else acted in the customer's name, on this basis. */
    static Conclusion someoneElse(String basis) {
        return new Conclusion(Claim.Finding.BANK_CANNOT_PROVE, true, basis, null);
    }

    /** Write-offs return repayments out of the fund: its ledger balances after every test. */
    @AfterEach
    void theLedgerBalances() {
        assertThat(fund.trialBalance()).allSatisfy((currency, net) -> assertThat(net).as(currency).isZero());
    }

    record Customer(String id, String account, String phone) {
        static Customer fresh() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            return new Customer("T-L" + suffix, "A-L" + suffix, "+86139" + Math.abs(suffix.hashCode() % 100_000_000));
        }
    }

    void product() {
        assertThat(products.define(new LoanProduct.Definition(PRODUCT, "Cash loan (test)", "CNY", new BigDecimal("1000"),
                new BigDecimal("200000"), 6, 36, new BigDecimal("0.0435"), RepaymentMethod.ANNUITY, 2, RoundingMode.HALF_UP,
                new BigDecimal("0.0005"), 3, true), "admin.sun")).isEmpty();
    }

    static VerificationAttempt attempt(Customer c, String subject, Purpose purpose, String channel, Instant at, String termsHash) {
        return new VerificationAttempt(c.id(), subject, purpose, channel, channel.equals("COUNTER") ? "BR-0101" : null, at,
                new LoginAssurance("2", List.of("pwd", "otp"), at.minusSeconds(60)), c.id(), null, termsHash);
    }

    static List<Factor> genuine() {
        return List.of(new Factor.LostDocumentCheck(CheckAnswer.FALSE, null), new Factor.KycMatch(CheckAnswer.TRUE, CheckAnswer.TRUE),
                new Factor.OneTimeCode(true, true), new Factor.PaymentPassword(true));
    }

    /** An account opened at the counter a month ago, as identity decided it and lending learned it. */
    Customer openedInPerson() {
        Customer c = Customer.fresh();
        List<Factor> counter = new java.util.ArrayList<>(genuine());
        counter.add(new Factor.CounterOfficerCheck("bo.wang", true));
        DecisionRecord opening = verifications.decide(attempt(c, c.account(), Purpose.ACCOUNT_OPENING, "COUNTER",
                Instant.now().minus(Duration.ofDays(30)), null), counter, null);
        assertThat(opening.outcome().verdict()).isEqualTo("APPROVED");
        Eventually.awaitTrue("lending knows the opening", DELIVERY,
                () -> Sql.count("SELECT COUNT(*) FROM lending_account_opening WHERE account_reference = ?", c.account()) == 1);
        return c;
    }

    ApplicationView apply(Customer c, String amount, Instant at) {
        ApplicationResult result = applications.apply(new LoanApplications.Request(c.id(), c.account(), PRODUCT, new BigDecimal(amount),
                12, true, "MOBILE", c.id(), at));
        assertThat(result).as(result.toString()).isInstanceOf(ApplicationResult.Decided.class);
        return ((ApplicationResult.Decided) result).application();
    }

    /** The code as the phone's holder reads it in the SMS the bank sent. */
    static String smsCode(String phone) throws Exception {
        HttpResponse<String> sms = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8290/script/sms/" + phone)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sms.statusCode()).as("an SMS reached " + phone).isEqualTo(200);
        String text = Json.createReader(new StringReader(sms.body())).readObject().getString("text");
        Matcher m = Pattern.compile("code (\\d{6})").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    /** Applies, confirms with the SMS code and passes identity's step-up: returns the signed loan's reference. */
    String signedLoan(Customer c, String amount) throws Exception {
        ApplicationView offer = apply(c, amount, Instant.now());
        assertThat(applications.sendCode(offer.reference(), Optional.of(c.id()), c.phone())).isInstanceOf(SigningStep.CodeSent.class);
        SigningStep confirmed = applications.confirm(offer.reference(), Optional.of(c.id()), smsCode(c.phone()), c.phone());
        assertThat(confirmed).as(confirmed.toString()).isEqualTo(new SigningStep.Confirmed(offer.termsHash()));
        DecisionRecord stepUp = verifications.decide(attempt(c, offer.reference(), Purpose.LOAN_SIGNING, "MOBILE", Instant.now(),
                offer.termsHash()), genuine(), null);
        assertThat(stepUp.outcome().verdict()).as(stepUp.outcome().explanation().toString()).isEqualTo("APPROVED");
        ApplicationView signed = Eventually.await("the loan is signed", DELIVERY, () -> applications
                .view(offer.reference(), Optional.of(c.id())).filter(a -> a.loanReference() != null));
        assertThat(signed.status()).isEqualTo("SIGNED");
        assertThat(signed.stepUpEvidencePackageId()).isEqualTo(stepUp.evidencePackageId());
        return signed.loanReference();
    }

    @Test
    void theSeedLoanIsRefusedUnderThe2019RulesWithReasonsAndEvidence() {
        product();
        Customer victim = Customer.fresh();
        Instant opened = LocalDateTime.parse("2019-11-25T14:12:40").atZone(BEIJING).toInstant();
        Instant signing = LocalDateTime.parse("2019-12-18T20:31:05").atZone(BEIJING).toInstant();
        List<Factor> impostor = List.of(new Factor.FaceComparison(new BigDecimal("0.72"), Factor.FaceComparison.Liveness.PASSED,
                        "stm-face-3.1", "sha256:seed"), new Factor.LostDocumentCheck(CheckAnswer.TRUE, LocalDate.of(2019, 10, 18)),
                new Factor.KycMatch(CheckAnswer.FALSE, CheckAnswer.FALSE), new Factor.OneTimeCode(true, true));
        verifications.decide(attempt(victim, victim.account(), Purpose.ACCOUNT_OPENING, "STM", opened, null), impostor, null);
        Eventually.awaitTrue("lending knows the opening", DELIVERY,
                () -> Sql.count("SELECT COUNT(*) FROM lending_account_opening WHERE account_reference = ?", victim.account()) == 1);

        // 23 days later, through mobile banking: CNY 11,300.
        ApplicationView loan = apply(victim, "11300", signing);
        assertThat(loan.status()).isEqualTo("REFUSED");
        assertThat(loan.rulePackId()).isEqualTo("CN-2019");
        assertThat(loan.reasons()).anySatisfy(r -> assertThat(r).contains("opening of account " + victim.account() + " on 2019-11-25",
                "refused by identity", "phone number not registered to the applicant"));
        assertThat(loan.checks()).extracting(ApplicationView.CheckView::name, ApplicationView.CheckView::result)
                .contains(org.assertj.core.groups.Tuple.tuple("ACCOUNT_VERIFIED", "FAILED"),
                        org.assertj.core.groups.Tuple.tuple("COOLING_OFF", "NOT_REQUIRED"), // CN-2019 had no cooling-off rule
                        org.assertj.core.groups.Tuple.tuple("CREDIT_REPORT_CONSENT", "PASSED"),
                        org.assertj.core.groups.Tuple.tuple("CREDIT_REPORT", "NOT_REQUIRED")); // a replay pulls no report

        // The SMS code went to a phone that was never hers: identity's step-up refuses too, and lending keeps it.
        DecisionRecord stepUp = verifications.decide(attempt(victim, loan.reference(), Purpose.LOAN_SIGNING, "MOBILE", signing,
                loan.termsHash()), List.of(new Factor.LostDocumentCheck(CheckAnswer.TRUE, LocalDate.of(2019, 10, 18)),
                new Factor.KycMatch(CheckAnswer.FALSE, CheckAnswer.FALSE), new Factor.OneTimeCode(true, true)), null);
        assertThat(stepUp.outcome().verdict()).isEqualTo("REFUSED");
        ApplicationView recorded = Eventually.await("the step-up is on the application", DELIVERY,
                () -> applications.view(loan.reference(), Optional.empty()).filter(a -> a.stepUpOutcome() != null));
        assertThat(recorded.stepUpEvidencePackageId()).isEqualTo(stepUp.evidencePackageId());
        assertThat(recorded.reasons()).anySatisfy(r -> assertThat(r).contains("LOAN_SIGNING step-up refused",
                "phone number not registered to the applicant"));
        assertThat(recorded.loanReference()).as("no loan exists").isNull();
        assertThat(evidence.forDecision(stepUp.decisionId()).get(0).content()).contains("\"confirmedTermsHash\":\"" + loan.termsHash() + "\"",
                "CN-2019", "phone number not registered to the applicant");
        assertThat(Sql.count("SELECT COUNT(*) FROM lending_credit_consent c JOIN lending_application a ON a.id = c.application_id "
                + "WHERE a.reference = ?", loan.reference())).as("the consent is tied to this application").isEqualTo(1);
    }

    @Test
    void aChangedAmountVoidsTheCodeAndTheLoanIsSignedOnTheConfirmedTermsOnly() throws Exception {
        product();
        Customer c = openedInPerson();
        ApplicationView offer = apply(c, "11300", Instant.now());
        assertThat(offer.status()).as(offer.reasons().toString()).isEqualTo("OFFERED");
        assertThat(offer.checks()).filteredOn(check -> check.name().equals("ACCOUNT_VERIFIED")).singleElement()
                .satisfies(check -> assertThat(check.detail()).contains("verified in person"));
        assertThat(offer.schedule().get(0).total()).isEqualByComparingTo("964.00");
        assertThat(Sql.count("SELECT COUNT(*) FROM lending_credit_query q JOIN lending_credit_consent c ON c.id = q.consent_id "
                + "JOIN lending_application a ON a.id = q.application_id WHERE a.reference = ?", offer.reference()))
                .as("one credit-report query, under this application's consent").isEqualTo(1);

        SigningStep sent = applications.sendCode(offer.reference(), Optional.of(c.id()), c.phone());
        assertThat(sent).isInstanceOf(SigningStep.CodeSent.class);
        assertThat(((SigningStep.CodeSent) sent).maskedPhone()).endsWith(c.phone().substring(c.phone().length() - 4)).startsWith("****");
        String code = smsCode(c.phone());

        ApplicationView amended = ((ApplicationResult.Decided) applications.amend(offer.reference(), Optional.of(c.id()),
                new BigDecimal("12000"), 12)).application();
        assertThat(amended.termsHash()).isNotEqualTo(offer.termsHash());
        SigningStep stale = applications.confirm(offer.reference(), Optional.of(c.id()), code, c.phone());
        assertThat(stale).isInstanceOf(SigningStep.Rejected.class);
        assertThat(((SigningStep.Rejected) stale).reason()).contains("terms changed after this code was sent");
        assertThat(applications.view(offer.reference(), Optional.of(c.id())).orElseThrow().status()).isEqualTo("OFFERED");
        assertThat(applications.confirm(offer.reference(), Optional.of("T-someone-else"), code, c.phone()))
                .as("another customer's application does not exist for her").isInstanceOf(SigningStep.NotFound.class);

        // A new code for the new terms; the step-up confirms exactly those terms and the loan is originated on them.
        applications.sendCode(offer.reference(), Optional.of(c.id()), c.phone());
        assertThat(applications.confirm(offer.reference(), Optional.of(c.id()), smsCode(c.phone()), c.phone()))
                .isEqualTo(new SigningStep.Confirmed(amended.termsHash()));
        DecisionRecord stepUp = verifications.decide(attempt(c, offer.reference(), Purpose.LOAN_SIGNING, "MOBILE", Instant.now(),
                amended.termsHash()), genuine(), null);
        assertThat(stepUp.outcome().verdict()).isEqualTo("APPROVED");
        ApplicationView signed = Eventually.await("the loan is signed", DELIVERY, () -> applications
                .view(offer.reference(), Optional.of(c.id())).filter(a -> a.loanReference() != null));
        LoanDetail loan = loans.detail(signed.loanReference(), Optional.of(c.id())).orElseThrow();
        assertThat(loan.loan().principal()).isEqualByComparingTo("12000");
        assertThat(loan.termsHash()).isEqualTo(amended.termsHash());
        assertThat(loan.stepUpEvidencePackageId()).isEqualTo(stepUp.evidencePackageId().toString());
        assertThat(loan.schedule()).hasSize(12);
        assertThat(loan.history()).extracting(LoanDetail.HistoryLine::entry).anySatisfy(e -> assertThat(e).contains("disbursed CNY 12000"));

        // The first instalment paid partly ahead of time blocks an early repayment until it is paid in full.
        String via = "app:" + c.id();
        assertThat(loans.repay(signed.loanReference(), Optional.of(c.id()), new BigDecimal("100.00"), via, Instant.now()))
                .isInstanceOf(RepaymentResult.Booked.class);
        RepaymentResult blocked = loans.repayEarly(signed.loanReference(), Optional.of(c.id()), new BigDecimal("3000"), via, Instant.now());
        assertThat(blocked).isInstanceOf(RepaymentResult.Refused.class);
        assertThat(((RepaymentResult.Refused) blocked).reason()).contains("Instalment 1 is partly paid ahead");
        BigDecimal rest = loan.schedule().get(0).principal().add(loan.schedule().get(0).interest()).subtract(new BigDecimal("100.00"));
        assertThat(loans.repay(signed.loanReference(), Optional.of(c.id()), rest, via, Instant.now())).isInstanceOf(RepaymentResult.Booked.class);

        // Early repayment before the second due date: 3,000 of principal, the rest recalculated; then all of it.
        RepaymentResult partial = loans.repayEarly(signed.loanReference(), Optional.of(c.id()), new BigDecimal("3000"), via, Instant.now());
        assertThat(partial).as(partial.toString()).isInstanceOf(RepaymentResult.Booked.class);
        LoanDetail after = ((RepaymentResult.Booked) partial).detail();
        assertThat(after.outstandingPrincipal()).isEqualByComparingTo(new BigDecimal("9000.00").subtract(loan.schedule().get(0).principal()));
        assertThat(after.schedule().get(0).status()).isEqualTo("PAID");
        assertThat(after.schedule().get(1).principal().add(after.schedule().get(1).interest()))
                .isLessThan(loan.schedule().get(1).principal().add(loan.schedule().get(1).interest()));
        assertThat(loans.detailForStaff(signed.loanReference(), "bo.wang", "customer call about early repayment")).isPresent();
        assertThat(Sql.count("SELECT COUNT(*) FROM lending_staff_read WHERE read_by = 'bo.wang' AND subject = ? AND customer_id = ? "
                + "AND purpose = 'customer call about early repayment'", "loan " + signed.loanReference(), c.id()))
                .as("a staff read is logged with who, whose and why").isEqualTo(1);
        RepaymentResult full = loans.repayEarly(signed.loanReference(), Optional.of(c.id()), null, "app:" + c.id(), Instant.now());
        assertThat(((RepaymentResult.Booked) full).detail().loan().status()).isEqualTo("REPAID");
        assertThat(((RepaymentResult.Booked) full).kind()).isEqualTo("EARLY_FULL");
    }

    @Test
    void theFraudPlaybookFreezesTheLoansOnTheAccountItNamesAndIdentityVerifiesNothingMoreForIt() throws Exception {
        product();
        Customer c = openedInPerson();
        String loanRef = signedLoan(c, "5000");
        FraudCaseStep opened = playbook.open(UUID.randomUUID(), c.id(), false, "handler.li");
        assertThat(opened).as(opened.toString()).isInstanceOf(FraudCaseStep.Done.class);
        String fraudCase = ((FraudCaseStep.Done) opened).fraudCase().reference();

        FraudCaseStep frozen = playbook.freeze(fraudCase, List.of(c.account(), " ", c.account()), "account opened with a stolen ID card", "handler.li");
        assertThat(frozen).as(frozen.toString()).isInstanceOf(FraudCaseStep.Done.class);
        FraudCaseView view = ((FraudCaseStep.Done) frozen).fraudCase();
        assertThat(view.frozenReferences()).containsExactly(c.account());
        assertThat(playbook.freeze(fraudCase, List.of(c.account()), "again", "bo.wang")).as("nothing new to announce")
                .isInstanceOf(FraudCaseStep.Refused.class);

        Eventually.awaitTrue("the loan drawn on the account is frozen", DELIVERY,
                () -> loans.detail(loanRef, Optional.empty()).orElseThrow().loan().collectionStatus().equals("FROZEN"));
        assertThat(loans.detail(loanRef, Optional.empty()).orElseThrow().history())
                .anyMatch(h -> h.toString().contains("fraud case " + fraudCase));
        Eventually.awaitTrue("identity knows the freeze", DELIVERY,
                () -> Sql.count("SELECT COUNT(*) FROM identity_frozen_reference WHERE reference = ?", c.account()) == 1);
        DecisionRecord again = verifications.decide(attempt(c, c.account(), Purpose.ACCOUNT_OPENING, "MOBILE", Instant.now(), null),
                genuine(), null);
        assertThat(again.outcome().verdict()).as("every check passes, yet the frozen account is refused").isEqualTo("REFUSED");
        assertThat(again.outcome().explanation()).anyMatch(r -> r.contains("frozen by fraud case " + fraudCase));
        assertThat(Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE event_type = ? AND payload LIKE ?",
                "bank.bonafide.platform.event.lending.CollectionFrozen", "%" + loanRef + "%")).isEqualTo(1);
    }

    @Test
    void aDisputeFreezesCollectionAndAFraudFindingWritesTheLoanOffOnce() throws Exception {
        product();
        Customer c = openedInPerson();
        String loanRef = signedLoan(c, "11300");
        LoanDetail signed = loans.detail(loanRef, Optional.empty()).orElseThrow();
        LocalDate firstDue = signed.schedule().get(0).dueDate();

        // Five days late, past the three days' grace: a fee for two days, a reminder and a bureau line.
        collections.run(firstDue.plusDays(5));
        LoanDetail late = loans.detail(loanRef, Optional.empty()).orElseThrow();
        assertThat(late.loan().status()).isEqualTo("OVERDUE");
        assertThat(late.loan().collectionStatus()).isEqualTo("ACTIVE");
        assertThat(late.schedule().get(0).lateFee()).isEqualByComparingTo("0.96"); // 964.00 x 0.0005 x 2 days
        collections.run(firstDue.plusDays(5));
        assertThat(loans.detail(loanRef, Optional.empty()).orElseThrow().schedule().get(0).lateFee())
                .as("a second run on the same day charges nothing more").isEqualByComparingTo("0.96");
        assertThat(reminders(late)).isEqualTo(1);
        assertThat(bureauLines(loanRef)).isEqualTo(1);
        assertThat(loans.repay(loanRef, Optional.of(c.id()), new BigDecimal("100.00"), "app:" + c.id(), Instant.now()))
                .isInstanceOf(RepaymentResult.Booked.class);

        FilingResult.Filed filed = (FilingResult.Filed) intake.file(c.id(), DisputeCategory.LOAN_NOT_TAKEN,
                new DisputedItem(DisputedItem.Kind.LOAN, loanRef), "I never took this loan.", c.id());
        Eventually.awaitTrue("collection frozen", DELIVERY,
                () -> loans.detail(loanRef, Optional.empty()).orElseThrow().loan().collectionStatus().equals("FROZEN"));

        collections.run(firstDue.plusDays(25));
        LoanDetail frozen = loans.detail(loanRef, Optional.empty()).orElseThrow();
        assertThat(frozen.schedule().get(0).lateFee()).as("no fee accrues while frozen").isEqualByComparingTo("0.96");
        assertThat(reminders(frozen)).as("no reminder while frozen").isEqualTo(1);
        assertThat(bureauLines(loanRef)).as("no credit report while frozen").isEqualTo(1);
        assertThat(frozen.loan().collectionStatus()).isEqualTo("FROZEN");

        UUID complaintId = complaints.byReference(filed.reference()).orElseThrow().id();
        // The assessor decides once the disputed decision's evidence is in (it is written to the same assessment).
        Eventually.await("assessment with identity's evidence", DELIVERY,
                () -> assessments.forComplaint(complaintId).filter(a -> a.finding() != null));
        assertThat(assessments.conclude(complaintId, someoneElse("the signing phone was never hers"), "assessor.qian", ASSESSOR))
                .isInstanceOf(AssessmentStep.Done.class);
        assertThat(assessments.conclude(complaintId, someoneElse("again"), "assessor.qian", ASSESSOR)).as("one finding per assessment")
                .isInstanceOf(AssessmentStep.Refused.class);
        Eventually.awaitTrue("written off", DELIVERY,
                () -> loans.detail(loanRef, Optional.empty()).orElseThrow().loan().status().equals("WRITTEN_OFF"));
        // Let the relay run a few more rounds: a redelivery must not add a second correction.
        Thread.sleep(3000);
        assertThat(Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE event_type = ? AND payload LIKE ?",
                "bank.bonafide.platform.event.lending.CreditRecordCorrectionRequested", "%" + loanRef + "%")).isEqualTo(1);
        assertThat(Sql.rows("SELECT payload FROM platform_outbox_event WHERE event_type = ? AND payload LIKE ?",
                "bank.bonafide.platform.event.lending.LoanWrittenOff", "%" + loanRef + "%")).singleElement()
                .satisfies(row -> assertThat(row.get("payload").toString()).contains("\"repaidByCustomer\"", "100.00"));
        Eventually.awaitTrue("compensation owes her repayment back", DELIVERY, () -> Sql.count("SELECT COUNT(*) FROM "
                + "compensation_repayment_return WHERE loan_reference = ? AND customer_id = ? AND amount = 100 AND status = 'OWED'",
                loanRef, c.id()) == 1);
        // Returned as advance compensation: proposed by the system, approved by a person, paid out of the fund in time.
        PayoutView proposed = payouts.ofComplaint(complaintId).stream().findFirst().orElseThrow();
        assertThat(proposed.amount().amount()).isEqualByComparingTo("100.00");
        assertThat(proposed.proposedBy()).isEqualTo("system:compensation");
        assertThat(proposed.status()).isEqualTo("PROPOSED");
        Money lossesBefore = fund.balance(FundAccount.COMPENSATION_LOSSES, "CNY");
        PayoutStep approved = payouts.approve(proposed.reference(), "bo.wang", Set.of("BACK_OFFICE"));
        assertThat(approved).as(approved.toString()).isInstanceOf(PayoutStep.Done.class);
        PayoutView paid = ((PayoutStep.Done) approved).payout();
        assertThat(paid.status()).isEqualTo("PAID");
        assertThat(paid.timely()).as("within CN-17's published days").isTrue();
        assertThat(Sql.count("SELECT COUNT(*) FROM compensation_repayment_return WHERE loan_reference = ? AND status = 'RETURNED' "
                + "AND payout_reference = ?", loanRef, paid.reference())).isEqualTo(1);
        assertThat(fund.balance(FundAccount.COMPENSATION_LOSSES, "CNY").amount())
                .as("the fund's ledger shows the loss").isEqualByComparingTo(lossesBefore.amount().add(new BigDecimal("100.00")));
        assertThat(fund.trialBalance()).allSatisfy((currency, net) -> assertThat(net).as(currency).isZero());
        LoanDetail writtenOff = loans.detail(loanRef, Optional.empty()).orElseThrow();
        assertThat(writtenOff.loan().collectionStatus()).isEqualTo("NONE");
        collections.run(firstDue.plusDays(40));
        assertThat(bureauLines(loanRef)).as("a written-off loan is never reported again").isEqualTo(1);
        assertThat(loans.repay(loanRef, Optional.of(c.id()), new BigDecimal("10"), "app", Instant.now()))
                .isInstanceOf(RepaymentResult.Refused.class);
    }

    @Test
    void delinquenciesElsewhereOrNoConsentRefuseAndNoReportIsPulledWithoutConsent() throws Exception {
        product();
        Customer c = openedInPerson();
        HttpResponse<String> scripted = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8290/script/credit-reports/" + c.id()))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentDelinquencies\":2}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scripted.statusCode()).isEqualTo(204);
        ApplicationView refused = apply(c, "5000", Instant.now());
        assertThat(refused.status()).isEqualTo("REFUSED");
        assertThat(refused.reasons()).anySatisfy(r -> assertThat(r).contains("2 current delinquencies at other lenders"));

        ApplicationResult noConsent = applications.apply(new LoanApplications.Request(c.id(), c.account(), PRODUCT, new BigDecimal("5000"),
                12, false, "MOBILE", c.id(), Instant.now()));
        ApplicationView blind = ((ApplicationResult.Decided) noConsent).application();
        assertThat(blind.status()).isEqualTo("REFUSED");
        assertThat(blind.checks()).extracting(ApplicationView.CheckView::name).doesNotContain("CREDIT_REPORT");
        assertThat(Sql.count("SELECT COUNT(*) FROM lending_credit_query q JOIN lending_application a ON a.id = q.application_id "
                + "WHERE a.reference = ?", blind.reference())).as("no consent, no query").isZero();

        ApplicationResult unverified = applications.apply(new LoanApplications.Request(c.id(), "A-NOT-OPENED", PRODUCT,
                new BigDecimal("5000"), 12, true, "MOBILE", c.id(), Instant.now()));
        ApplicationView ineligible = ((ApplicationResult.Decided) unverified).application();
        assertThat(ineligible.checks()).filteredOn(check -> check.name().equals("CREDIT_REPORT")).singleElement()
                .satisfies(check -> assertThat(check.detail()).contains("refused on the checks above"));
        assertThat(Sql.count("SELECT COUNT(*) FROM lending_credit_query q JOIN lending_application a ON a.id = q.application_id "
                + "WHERE a.reference = ?", ineligible.reference())).as("no report pulled for an application refused anyway").isZero();
        assertThat(applications.sendCode(blind.reference(), Optional.of(c.id()), c.phone()))
                .as("nothing to sign on a refused application").isInstanceOf(SigningStep.Rejected.class);
    }

    static long reminders(LoanDetail loan) {
        return loan.history().stream().filter(h -> h.entry().startsWith("reminder sent")).count();
    }

    static long bureauLines(String loanRef) {
        return Sql.count("SELECT COUNT(*) FROM lending_credit_report_line l JOIN lending_loan n ON n.id = l.loan_id WHERE n.reference = ?",
                loanRef);
    }
}
