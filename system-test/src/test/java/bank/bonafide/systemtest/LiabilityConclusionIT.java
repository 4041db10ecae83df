package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.compensation.assessment.boundary.AssessmentStep;
import bank.bonafide.compensation.assessment.boundary.AssessmentView;
import bank.bonafide.compensation.assessment.boundary.Conclusion;
import bank.bonafide.compensation.assessment.boundary.LiabilityAssessments;
import bank.bonafide.compensation.fraud.boundary.FraudCaseStep;
import bank.bonafide.compensation.fraud.boundary.FraudCaseView;
import bank.bonafide.compensation.fraud.boundary.FraudPlaybook;
import bank.bonafide.compensation.fund.boundary.RiskProvisionFund;
import bank.bonafide.compensation.payout.boundary.AdvanceCompensations;
import bank.bonafide.compensation.payout.boundary.PayoutStep;
import bank.bonafide.compensation.payout.boundary.PayoutView;
import bank.bonafide.compensation.payout.control.Claim;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.ComplaintFiled;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.event.identity.IdentityEvidenceDisclosed;
import bank.bonafide.platform.money.Money;
import bank.bonafide.systemtest.support.BonafideDeployment;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assessor's conclusion and the fraud playbook inside the server: a fault share only where the evidence
 * proves authentication, paid by the pack's split; the payout clock of a disputed payment escalated when nothing
 * is proposed; the police report, evidence to preserve with its reminder, and blocked logins on the fraud case.
 */
@ExtendWith(ArquillianExtension.class)
class LiabilityConclusionIT {

    static final Set<String> HANDLER = Set.of("COMPLAINT_HANDLER");

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(LiabilityConclusionIT.class);
    }

    @Inject
    LiabilityAssessments assessments;

    @Inject
    AdvanceCompensations payouts;

    @Inject
    RiskProvisionFund fund;

    @Inject
    FraudPlaybook playbook;

    @AfterEach
    void theLedgerBalances() {
        assertThat(fund.trialBalance()).allSatisfy((currency, net) -> assertThat(net).as(currency).isZero());
    }

    /** A disputed payment, filed {@code ago}, as complaints announces it. */
    ComplaintFiled paymentDisputed(String customer, Duration ago) {
        Instant filed = Instant.now().minus(ago);
        ComplaintFiled e = ComplaintFiled.of(UUID.randomUUID(), "CMP-T" + customer, customer, DisputeCategory.UNAUTHORIZED_TRANSACTION,
                new DisputedItem(DisputedItem.Kind.PAYMENT, "P-" + customer), filed, filed.plus(Duration.ofDays(15)));
        assessments.open(e);
        return e;
    }

    void disclosed(ComplaintFiled complaint, List<String> checks, String packageId, List<String> involved) {
        assessments.fileIdentityEvidence(new IdentityEvidenceDisclosed(UUID.randomUUID(), Instant.now(), complaint.complaintId(),
                complaint.disputedItem(), true, "APPROVED", packageId, complaint.occurredAt().minus(Duration.ofDays(1)), checks, List.of(),
                packageId != null, List.of(), involved));
    }

    static String refused(AssessmentStep step) {
        assertThat(step).as(step.toString()).isInstanceOf(AssessmentStep.Refused.class);
        return ((AssessmentStep.Refused) step).reason();
    }

    @Test
    void aFaultShareIsFoundOnlyWhereAuthenticationIsProvenWithTheEvidenceCitedAndTheBankPaysItsShare() {
        String customer = "T-C" + UUID.randomUUID().toString().substring(0, 8);
        ComplaintFiled complaint = paymentDisputed(customer, Duration.ZERO);
        Conclusion share = new Conclusion(Claim.Finding.CUSTOMER_CONTRIBUTED, false,
                "call recording CR-2026-0301: she read the one-time code to the caller", new BigDecimal("30"));
        assertThat(refused(assessments.conclude(complaint.complaintId(), share, "handler.li", HANDLER))).contains("not yet disclosed");

        disclosed(complaint, List.of("OneTimeCode", "PaymentPassword"), "pkg-" + customer, List.of("rev.maker"));
        AssessmentView read = assessments.forComplaint(complaint.complaintId()).orElseThrow();
        assertThat(read.finding()).as("the instrument's use alone proves nothing").isEqualTo("UNDECIDED");
        assertThat(read.payoutDue()).as("a disputed payment runs the advance-compensation clock").isAfter(complaint.occurredAt());

        assertThat(refused(assessments.conclude(complaint.complaintId(), share, "rev.maker", HANDLER))).contains("someone else");
        assertThat(refused(assessments.conclude(complaint.complaintId(), share, "compliance.zhao", Set.of("COMPLIANCE_OFFICER"))))
                .contains("needs back-office");
        assertThat(refused(assessments.conclude(complaint.complaintId(),
                new Conclusion(Claim.Finding.GROSS_NEGLIGENCE, true, "x", null), "handler.li", HANDLER))).contains("cannot go with");

        AssessmentStep done = assessments.conclude(complaint.complaintId(), share, "handler.li", HANDLER);
        AssessmentView concluded = ((AssessmentStep.Done) done).assessment();
        assertThat(concluded.finding()).isEqualTo("CUSTOMER_CONTRIBUTED");
        assertThat(concluded.evidenceFinding()).isEqualTo("UNDECIDED");
        assertThat(concluded.citedEvidence()).contains("CR-2026-0301");

        Instant now = Instant.now();
        Claim claim = new Claim(Money.of("1000.00", "CNY"), Money.of("50.00", "CNY"), Claim.Finding.valueOf(concluded.finding()),
                concluded.customerFaultPercent(), now, now, now, null, false, false);
        PayoutStep step = payouts.propose(complaint.complaintId(), customer, claim, complaint.occurredAt(), null, "handler.li");
        PayoutView payout = ((PayoutStep.Done) step).payout();
        assertThat(payout.amount().amount()).as("70% of the loss and costs").isEqualByComparingTo("735.00");
        assertThat(payout.customerBears().amount()).isEqualByComparingTo("315.00");
        assertThat(payout.provisional()).isFalse();
        assertThat(payouts.reject(payout.reference(), "bo.wang", "test over")).isInstanceOf(PayoutStep.Done.class);
    }

    @Test
    void whereTheEvidenceCannotProveAuthenticationOnlyTheBankBearsTheLossAndSomeoneElsesFraudIsAnnounced() {
        String customer = "T-C" + UUID.randomUUID().toString().substring(0, 8);
        ComplaintFiled complaint = paymentDisputed(customer, Duration.ZERO);
        disclosed(complaint, List.of("FaceComparison"), null, List.of());
        assertThat(refused(assessments.conclude(complaint.complaintId(),
                new Conclusion(Claim.Finding.CUSTOMER_FRAUD, false, "she shared her face video", null), "handler.li", HANDLER)))
                .contains("CN-18", "NOT shown");

        AssessmentStep done = assessments.conclude(complaint.complaintId(),
                new Conclusion(Claim.Finding.BANK_CANNOT_PROVE, true, "a stranger on the terminal video, police case 2026-117", null),
                "handler.li", HANDLER);
        assertThat(((AssessmentStep.Done) done).assessment().status()).isEqualTo("FRAUD_FOUND");
        assertThat(bank.bonafide.systemtest.support.Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE event_type = ? AND payload LIKE ?",
                "bank.bonafide.platform.event.compensation.FraudEstablished", "%" + complaint.complaintId() + "%")).isEqualTo(1);
    }

    @Test
    void aDisputedPaymentNearItsDeadlineWithNoPayoutIsEscalatedOnceAndAPayoutBeforeTheConclusionIsProvisional() {
        ComplaintFiled late = paymentDisputed("T-E" + UUID.randomUUID().toString().substring(0, 8), Duration.ofDays(10));
        String covered = "T-E" + UUID.randomUUID().toString().substring(0, 8);
        ComplaintFiled paid = paymentDisputed(covered, Duration.ofDays(10));
        disclosed(paid, List.of("OneTimeCode", "PaymentPassword"), "pkg-" + covered, List.of());
        Instant now = Instant.now();
        PayoutView provisional = ((PayoutStep.Done) payouts.propose(paid.complaintId(), covered, new Claim(Money.of("300.00", "CNY"), null,
                Claim.Finding.UNDECIDED, null, now, now, now, null, false, false), paid.occurredAt(), null, "handler.li")).payout();
        assertThat(provisional.provisional()).isTrue();
        assertThat(provisional.reasons()).contains("provisionally");

        List<UUID> escalated = assessments.escalateUnpaid(Instant.now(), Duration.ofDays(1));
        assertThat(escalated).contains(late.complaintId()).doesNotContain(paid.complaintId());
        assertThat(assessments.escalateUnpaid(Instant.now(), Duration.ofDays(1))).as("once").doesNotContain(late.complaintId());
        assertThat(assessments.forComplaint(late.complaintId()).orElseThrow().payoutEscalatedAt()).isNotNull();
        assertThat(payouts.reject(provisional.reference(), "bo.wang", "test over")).isInstanceOf(PayoutStep.Done.class);
    }

    @Test
    void theFraudCaseRecordsThePoliceReportTheEvidenceToPreserveWithAReminderAndTheBlockedLogins() {
        UUID complaint = UUID.randomUUID();
        FraudCaseView opened = done(playbook.open(complaint, "T-F1", false, "handler.li"));
        assertThat(opened.confirmed()).isFalse();
        assertThat(done(playbook.open(complaint, "T-F1", true, "bo.wang")).confirmed()).as("a suspicion is confirmed").isTrue();
        assertThat(playbook.open(complaint, "T-F1", true, "bo.wang")).isInstanceOf(FraudCaseStep.Refused.class);

        assertThat(playbook.reportedToPolice(opened.reference(), "", "Xihu PSB", Instant.now(), "handler.li")).isInstanceOf(FraudCaseStep.Refused.class);
        assertThat(playbook.reportedToPolice(opened.reference(), "HZ-2026-117", "Xihu PSB", Instant.now().plus(Duration.ofDays(1)), "handler.li"))
                .as("not in the future").isInstanceOf(FraudCaseStep.Refused.class);
        FraudCaseView reported = done(playbook.reportedToPolice(opened.reference(), "HZ-2026-117", "Xihu PSB", Instant.now(), "handler.li"));
        assertThat(reported.policeReportReference()).isEqualTo("HZ-2026-117");
        assertThat(playbook.reportedToPolice(opened.reference(), "HZ-2026-118", "Xihu PSB", Instant.now(), "handler.li"))
                .as("once").isInstanceOf(FraudCaseStep.Refused.class);

        Instant soon = Instant.now().plus(Duration.ofHours(20));
        Instant later = Instant.now().plus(Duration.ofDays(20));
        done(playbook.preserve(opened.reference(), "terminal video, branch 0571 counter 3, 2026-03-01 14:00-15:00", "branch 0571", soon, "handler.li"));
        FraudCaseView asked = done(playbook.preserve(opened.reference(), "carrier SIM change record", "carrier", later, "handler.li"));
        assertThat(asked.preservations()).extracting(FraudCaseView.Preservation::holder).containsExactly("branch 0571", "carrier");

        List<FraudCaseView.Preservation> reminded = playbook.remindDue(Instant.now());
        assertThat(reminded).extracting(FraudCaseView.Preservation::item).contains("terminal video, branch 0571 counter 3, 2026-03-01 14:00-15:00")
                .doesNotContain("carrier SIM change record");
        assertThat(playbook.remindDue(Instant.now())).as("once").extracting(FraudCaseView.Preservation::holder).doesNotContain("branch 0571");
        assertThat(playbook.remindDue(soon.plus(Duration.ofHours(1)))).as("nothing is reminded twice, even when lapsed")
                .extracting(FraudCaseView.Preservation::holder).doesNotContain("branch 0571");

        UUID video = asked.preservations().get(0).id();
        FraudCaseView secured = done(playbook.secured(opened.reference(), video, "evidence archive EV-0571-0301", "bo.wang"));
        assertThat(secured.preservations().get(0).securedBy()).isEqualTo("bo.wang");
        assertThat(secured.preservations().get(0).lapsed()).isFalse();
        assertThat(playbook.secured(opened.reference(), video, "again", "bo.wang")).isInstanceOf(FraudCaseStep.Refused.class);
        assertThat(playbook.secured(opened.reference(), UUID.randomUUID(), "x", "bo.wang")).isInstanceOf(FraudCaseStep.Refused.class);

        assertThat(done(playbook.loginBlocked(opened.reference(), "fraudster.login")).blockedLogins()).containsExactly("fraudster.login");
        assertThat(playbook.ofComplaint(complaint).orElseThrow().reference()).isEqualTo(opened.reference());
    }

    static FraudCaseView done(FraudCaseStep step) {
        assertThat(step).as(step.toString()).isInstanceOf(FraudCaseStep.Done.class);
        return ((FraudCaseStep.Done) step).fraudCase();
    }
}
