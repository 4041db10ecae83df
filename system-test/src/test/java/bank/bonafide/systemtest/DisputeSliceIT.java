package bank.bonafide.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.compensation.assessment.boundary.AssessmentView;
import bank.bonafide.compensation.assessment.boundary.LiabilityAssessments;
import bank.bonafide.lending.loan.boundary.CollectionFreeze;
import bank.bonafide.lending.loan.boundary.LoanView;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Eventually;
import bank.bonafide.systemtest.support.SeedCase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seed case (DOMAIN.md 1.1) across all four contexts, for a customer of the test's own: she disputes
 * the account opened in her name; complaints starts the clock, compensation opens an assessment, identity discloses the thin
 * record it holds (a face match and nothing else, no evidence package), lending freezes the loan drawn on
 * that account, and the case is on the open-cases list with all of it in its timeline.
 */
@ExtendWith(ArquillianExtension.class)
class DisputeSliceIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(DisputeSliceIT.class);
    }

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintQueries complaints;

    @Inject
    LiabilityAssessments assessments;

    @Inject
    CollectionFreeze lending;

    @Test
    void disputedFraudulentOpeningFreezesItsLoanAndPullsInIdentityEvidence() {
        SeedCase seed = SeedCase.create();
        SeedCase bystander = SeedCase.create();
        assertEquals("ACTIVE", lending.loan(seed.loan()).orElseThrow().collectionStatus());

        FilingResult result = intake.file(seed.customerId(), DisputeCategory.ACCOUNT_OPENED_WITHOUT_ME,
                new DisputedItem(DisputedItem.Kind.ACCOUNT, seed.account()),
                "My ID card was stolen on 2019-10-18. I never opened this account or took a loan.", "alice");
        FilingResult.Filed filed = assertInstanceOf(FilingResult.Filed.class, result);
        ComplaintView complaint = complaints.byReference(filed.reference()).orElseThrow();
        assertEquals("CN-CURRENT", complaint.rulePackId(), "the clock comes from the rule pack in force");
        assertEquals(1, complaint.rulePackVersion());
        assertEquals("CN-14", complaint.clockRule());
        assertTrue(!complaint.deadline().isBefore(complaint.receivedAt().plus(Duration.ofDays(15))),
                "CN-14: at least 15 days from receipt (later when the last day is a rest day)");

        AssessmentView assessment = Eventually.await("identity evidence in the assessment", DELIVERY,
                () -> assessments.forComplaint(complaint.id()).filter(a -> a.identityRecordFound() != null));
        assertEquals(seed.customerId(), assessment.customerId());
        assertEquals(Boolean.TRUE, assessment.identityRecordFound());
        assertEquals("APPROVED", assessment.identityOutcome());
        assertEquals("FACE_MATCH", assessment.identityChecks(), "the opening rested on the face match alone");
        assertNull(assessment.evidencePackageId(), "the old system sealed no evidence package");
        // The bank carries the burden of proof, and this evidence cannot carry it (judged by the 2019 pack).
        assertEquals("BANK_CANNOT_PROVE", assessment.finding());
        assertEquals("CN-2019", assessment.rulePackId());
        assertTrue(assessment.factors().contains("NOT shown: more than a face match (a face match alone never authorizes; CN-03)"),
                assessment.factors().toString());

        LoanView frozen = Eventually.await("the loan drawn on the account to be frozen", DELIVERY,
                () -> lending.loan(seed.loan()).filter(l -> "FROZEN".equals(l.collectionStatus())));
        assertEquals(complaint.id(), frozen.frozenForComplaint());
        assertEquals("ACTIVE", lending.loan(bystander.loan()).orElseThrow().collectionStatus(),
                "another customer's loan is untouched");

        List<String> kinds = Eventually.await("the other contexts' reports in the timeline", DELIVERY, () -> {
            List<String> k = complaints.byReference(filed.reference()).orElseThrow().timeline().stream()
                    .map(ComplaintView.Line::kind).toList();
            return k.size() >= 4 ? Optional.of(k) : Optional.empty();
        });
        assertEquals("FILED", kinds.get(0));
        assertTrue(kinds.containsAll(List.of("LIABILITY_ASSESSMENT_OPENED", "IDENTITY_EVIDENCE_DISCLOSED", "COLLECTION_FROZEN")),
                kinds.toString());

        assertTrue(complaints.openCases(0, 1000).stream().anyMatch(c -> c.reference().equals(filed.reference())),
                "the case is on the back office's open-cases list");
    }

    @Test
    void serviceComplaintOpensNoAssessmentAndFreezesNothing() throws InterruptedException {
        SeedCase seed = SeedCase.create();
        FilingResult result = intake.file(seed.customerId(), DisputeCategory.SERVICE,
                new DisputedItem(DisputedItem.Kind.LOAN, seed.loan()), "The branch kept me waiting for two hours.", "bob");
        ComplaintView complaint = complaints.byReference(assertInstanceOf(FilingResult.Filed.class, result).reference())
                .orElseThrow();
        Thread.sleep(3_000); // three relay ticks
        assertTrue(assessments.forComplaint(complaint.id()).isEmpty());
        assertEquals("ACTIVE", lending.loan(seed.loan()).orElseThrow().collectionStatus());
    }

    @Test
    void incompleteComplaintIsRejectedWithAReason() {
        FilingResult result = intake.file("T-blank", DisputeCategory.LOAN_NOT_TAKEN,
                new DisputedItem(DisputedItem.Kind.LOAN, "L-blank"), "   ", "alice");
        assertEquals("describe what happened", assertInstanceOf(FilingResult.Rejected.class, result).reason());
    }
}
