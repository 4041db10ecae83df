package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.complaints.complaint.boundary.BreachEscalation;
import bank.bonafide.complaints.complaint.boundary.CaseFile;
import bank.bonafide.complaints.complaint.boundary.ComplaintAttachments;
import bank.bonafide.complaints.complaint.boundary.ComplaintForm;
import bank.bonafide.complaints.complaint.boundary.ComplaintHandling;
import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.complaints.complaint.boundary.HandlingResult;
import bank.bonafide.complaints.complaint.control.ComplaintRules;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.identity.review.boundary.ReviewQueue;
import bank.bonafide.identity.review.boundary.ReviewStep;
import bank.bonafide.identity.review.entity.ReviewCase;
import bank.bonafide.identity.verification.boundary.DecisionRecord;
import bank.bonafide.identity.verification.boundary.Verifications;
import bank.bonafide.identity.verification.entity.CheckAnswer;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.LoginAssurance;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationAttempt;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.rules.Deadline;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Eventually;
import bank.bonafide.systemtest.support.Sql;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Complaints as staff and the rules see them, inside the server, each test with customers of its own: the
 * clocks each jurisdiction's pack sets, recusal of staff who took part in the disputed decision, files
 * refused without losing anything, a customer kept out of other customers' cases, and breaches escalated.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintCasesIT {

    /** Noon UTC on a Wednesday: the same day in every pack's time zone, in a month without public holidays. */
    static final Instant RECEIVED = Instant.parse("2025-03-05T12:00:00Z");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(ComplaintCasesIT.class);
    }

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintHandling handling;

    @Inject
    ComplaintQueries complaints;

    @Inject
    ComplaintAttachments attachments;

    @Inject
    BreachEscalation escalation;

    @Inject
    Verifications verifications;

    @Inject
    ReviewQueue reviews;

    static String customer() {
        return "T-C" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String filed(FilingResult result) {
        assertThat(result).as(result.toString()).isInstanceOf(FilingResult.Filed.class);
        return ((FilingResult.Filed) result).reference();
    }

    static String refused(HandlingResult result) {
        assertThat(result).as(result.toString()).isInstanceOf(HandlingResult.Refused.class);
        return ((HandlingResult.Refused) result).reason();
    }

    static Deadline deadline(String jurisdiction, DisputeCategory category, Instant at) {
        RulePack pack = RulePackLibrary.inEffect().inForce(jurisdiction, at);
        return pack.deadline(ComplaintRules.decisionClock(pack, category), at);
    }

    @Test
    void eachPackSetsItsOwnComplaintClock() {
        // CN-14: 15 calendar days, rolled forward off a non-working day.
        Deadline cn = deadline("CN", DisputeCategory.LOAN_NOT_TAKEN, RECEIVED);
        assertThat(cn.clock()).isEqualTo("complaintDecision");
        assertThat(cn.dueDate()).isEqualTo(LocalDate.of(2025, 3, 20));
        // EU-05: 15 business days.
        Deadline eu = deadline("EU", DisputeCategory.UNAUTHORIZED_TRANSACTION, RECEIVED);
        assertThat(eu.clock()).isEqualTo("complaintReply");
        assertThat(eu.dueDate()).isEqualTo(LocalDate.of(2025, 3, 26));
        // UK-02: a payment-services complaint has 15 business days, any other complaint 8 weeks.
        Deadline ukPayment = deadline("UK", DisputeCategory.UNAUTHORIZED_TRANSACTION, RECEIVED);
        assertThat(ukPayment.clock()).isEqualTo("paymentServicesComplaint");
        assertThat(ukPayment.dueDate()).isEqualTo(LocalDate.of(2025, 3, 26));
        Deadline ukService = deadline("UK", DisputeCategory.SERVICE, RECEIVED);
        assertThat(ukService.clock()).isEqualTo("complaint");
        assertThat(ukService.dueDate()).isEqualTo(LocalDate.of(2025, 4, 30));
        // US-01: 45 calendar days to resolve an error notice.
        Deadline us = deadline("US", DisputeCategory.UNAUTHORIZED_TRANSACTION, RECEIVED);
        assertThat(us.clock()).isEqualTo("errorResolution");
        assertThat(us.dueDate()).isEqualTo(LocalDate.of(2025, 4, 19));
        // The deadline is the end of the due day in the pack's own time zone.
        assertThat(cn.dueAt()).isBetween(Instant.parse("2025-03-20T15:59:00Z"), Instant.parse("2025-03-20T16:00:00Z"));
    }

    @Test
    void aFiledComplaintCarriesItsOwnerAndTheDeadlineOfThePackInForce() {
        FilingResult.Filed filed = (FilingResult.Filed) intake.file(new ComplaintForm(customer(), DisputeCategory.LOAN_NOT_TAKEN,
                new DisputedItem(DisputedItem.Kind.LOAN, "L-NONE"), "I never took this loan.", Complaint.Channel.PHONE, List.of()),
                "handler.li");
        assertThat(filed.ownerDepartment()).isEqualTo("Identity Verification and Fraud Department");
        assertThat(filed.ownerPerson()).isEqualTo("Head of Fraud Operations");
        var view = complaints.byReference(filed.reference()).orElseThrow();
        assertThat(view.channel()).isEqualTo("PHONE");
        assertThat(view.clockRule()).isEqualTo("CN-14");
        assertThat(filed.deadline()).isEqualTo(deadline("CN", DisputeCategory.LOAN_NOT_TAKEN, view.receivedAt()).dueAt());
        assertThat(view.timeline().get(0).actor()).as("the member of staff who took it down").isEqualTo("handler.li");
        assertThat(view.timeline().get(0).newValue()).contains("via PHONE");
    }

    @Test
    void staffWhoTookPartInTheDisputedDecisionCannotHandleTheComplaint() {
        String customer = customer();
        String account = "A-" + customer;
        // An opening the checks could not settle goes to review: bo.wang proposes, compliance.zhao confirms.
        DecisionRecord record = verifications.decide(new VerificationAttempt(customer, account, Purpose.ACCOUNT_OPENING, "STM", "STM-0042",
                Instant.now(), new LoginAssurance("1", List.of("pwd"), Instant.now().minusSeconds(30)), "terminal@STM-0042", null), List.of(
                new Factor.LostDocumentCheck(CheckAnswer.NOT_AVAILABLE, null), new Factor.KycMatch(CheckAnswer.TRUE, CheckAnswer.TRUE),
                new Factor.PaymentPassword(true), new Factor.OneTimeCode(true, true)), null);
        ReviewCase review = reviews.waiting(1000).stream().filter(r -> r.decisionId().equals(record.decisionId())).findFirst()
                .orElseThrow(() -> new AssertionError("no review for " + record.outcome()));
        assertThat(reviews.propose(review.id(), "bo.wang", "APPROVED", "document seen at the counter")).isInstanceOf(ReviewStep.Proposed.class);
        assertThat(reviews.confirm(review.id(), "compliance.zhao")).isInstanceOf(ReviewStep.Decided.class);

        String reference = filed(intake.file(customer, DisputeCategory.ACCOUNT_OPENED_WITHOUT_ME,
                new DisputedItem(DisputedItem.Kind.ACCOUNT, account), "I never opened this account.", "customer:" + customer));
        CaseFile.Evidence evidence = Eventually.await("identity's disclosure with the staff involved", Duration.ofSeconds(30),
                () -> complaints.caseForStaff(reference).map(CaseFile::evidence));
        assertThat(evidence.involvedStaff()).containsExactlyInAnyOrder("bo.wang", "compliance.zhao");
        assertThat(evidence.outcome()).isEqualTo("APPROVED");

        assertThat(refused(handling.assign(reference, "bo.wang", "compliance.zhao"))).contains("took part in the disputed decision");
        assertThat(refused(handling.move(reference, bank.bonafide.complaints.complaint.entity.ComplaintStatus.ACKNOWLEDGED,
                "compliance.zhao"))).contains("compliance.zhao took part");
        assertThat(complaints.byReference(reference).orElseThrow().assignedTo()).as("nobody was assigned").isNull();

        assertThat(handling.assign(reference, "handler.li", "approver.chen")).isInstanceOf(HandlingResult.Done.class);
        assertThat(complaints.byReference(reference).orElseThrow().assignedTo()).isEqualTo("handler.li");
        assertThat(complaints.workload()).containsKey("handler.li");
    }

    @Test
    void aRefusedFileIsExplainedAndNothingElseIsLost() {
        String customer = customer();
        // A file of the wrong type refuses the filing as a whole, with the reason, and nothing is filed.
        FilingResult wrongType = intake.file(new ComplaintForm(customer, DisputeCategory.UNAUTHORIZED_TRANSACTION,
                new DisputedItem(DisputedItem.Kind.PAYMENT, "P-1"), "A payment I did not make.", Complaint.Channel.PORTAL,
                List.of(new ComplaintForm.Upload("police-report.pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.UTF_8)))), "customer:" + customer);
        assertThat(((FilingResult.Rejected) wrongType).reason()).contains("police-report.pdf is not a PDF, PNG or JPEG");
        assertThat(complaints.ofCustomer(customer, 10)).isEmpty();

        String reference = filed(intake.file(new ComplaintForm(customer, DisputeCategory.UNAUTHORIZED_TRANSACTION,
                new DisputedItem(DisputedItem.Kind.PAYMENT, "P-1"), "A payment I did not make.", Complaint.Channel.PORTAL,
                List.of(new ComplaintForm.Upload("police-report.pdf", PDF))), "customer:" + customer));
        assertThat(handling.customerReply(reference, customer, "The police case number is 2025-117.", "customer:" + customer))
                .isInstanceOf(HandlingResult.Done.class);
        CaseFile before = complaints.caseForCustomer(reference, customer).orElseThrow();

        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThat(refused(attachments.attach(reference, customer, new ComplaintForm.Upload("scan.pdf", tooLarge), "customer:" + customer)))
                .isEqualTo("The file scan.pdf is larger than 5 MB, the most a file may be. Send a smaller scan or photo.");
        assertThat(refused(attachments.attach(reference, customer, new ComplaintForm.Upload("photo.png", PDF), "customer:" + customer)))
                .contains("photo.png is not a PDF, PNG or JPEG");
        assertThat(refused(attachments.attach(reference, customer, new ComplaintForm.Upload("<script>.jpg", "<script>".getBytes(StandardCharsets.UTF_8)),
                "customer:" + customer))).contains("_script_.jpg is not");

        CaseFile after = complaints.caseForCustomer(reference, customer).orElseThrow();
        assertThat(after.attachments()).isEqualTo(before.attachments()).hasSize(1);
        assertThat(after.messages()).isEqualTo(before.messages()).hasSize(1);
        assertThat(after.complaint().timeline()).isEqualTo(before.complaint().timeline());
        assertThat(after.complaint().status()).isEqualTo(before.complaint().status());
        UUID kept = after.attachments().get(0).id();
        assertThat(attachments.openForCustomer(reference, kept, customer).orElseThrow().bytes()).isEqualTo(PDF);
        assertThat(after.attachments().get(0).mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void aCustomerReadsOnlyTheirOwnComplaints() {
        String alice = customer();
        String mallory = customer();
        String reference = filed(intake.file(new ComplaintForm(alice, DisputeCategory.UNAUTHORIZED_TRANSACTION,
                new DisputedItem(DisputedItem.Kind.PAYMENT, "P-2"), "A payment I did not make.", Complaint.Channel.APP,
                List.of(new ComplaintForm.Upload("report.pdf", PDF))), "customer:" + alice));
        UUID file = complaints.caseForCustomer(reference, alice).orElseThrow().attachments().get(0).id();

        assertThat(complaints.caseForCustomer(reference, mallory)).isEmpty();
        assertThat(attachments.openForCustomer(reference, file, mallory)).isEmpty();
        assertThat(handling.customerReply(reference, mallory, "let me in", "customer:" + mallory)).isInstanceOf(HandlingResult.NotFound.class);
        assertThat(attachments.attach(reference, mallory, new ComplaintForm.Upload("x.pdf", PDF), "customer:" + mallory))
                .isInstanceOf(HandlingResult.NotFound.class);
        assertThat(complaints.ofCustomer(mallory, 10)).isEmpty();
        assertThat(complaints.caseForCustomer(reference, alice).orElseThrow().messages()).isEmpty();
    }

    @Test
    void aPassedRegulatoryDeadlineEscalatesOnceToTheOwnersHeadAndShowsOnTheDashboard() {
        String customer = customer();
        String reference = filed(intake.file(customer, DisputeCategory.SERVICE,
                new DisputedItem(DisputedItem.Kind.ACCOUNT, "A-" + customer), "Nobody called me back.", "customer:" + customer));
        // Time passes: the deadline and the service target lie in the past (UTC, as the columns hold them).
        Sql.update("UPDATE complaints_complaint SET clock_deadline = '2020-01-01 00:00:00', sla_target_at = '2019-12-31 00:00:00' "
                + "WHERE reference = ?", reference);

        escalation.escalate(Instant.now());
        escalation.escalate(Instant.now());

        var view = complaints.byReference(reference).orElseThrow();
        assertThat(view.status()).isEqualTo("ESCALATED");
        assertThat(view.breachEscalatedAt()).isNotNull();
        assertThat(view.timeline().stream().filter(l -> l.kind().equals("BREACH_ESCALATED")).toList())
                .singleElement().satisfies(l -> assertThat(l.newValue()).contains("head of Consumer Protection Department"));
        assertThat(complaints.complianceFigures().breached()).anyMatch(c -> c.reference().equals(reference));
    }
}
