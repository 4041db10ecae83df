package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.complaints.complaint.boundary.CaseFile;
import bank.bonafide.complaints.complaint.boundary.ComplaintHandling;
import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.complaints.complaint.boundary.HandlingResult;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.ComplaintStatus;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Eventually;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Handling a complaint inside the server, each test with a complaint of its own: the lifecycle refuses
 * shortcuts, waiting on the customer pauses only the bank's own clock, an extension needs a senior approver
 * and tells the customer why, and closing fixes the outcome and whether the bank was on time.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintHandlingIT {

    static final Set<String> HANDLER = Set.of("COMPLAINT_HANDLER");
    static final Set<String> SENIOR = Set.of("COMPENSATION_APPROVER");
    static final Set<String> COMPLIANCE = Set.of("COMPLIANCE_OFFICER");

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(ComplaintHandlingIT.class);
    }

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintHandling handling;

    @Inject
    ComplaintQueries complaints;

    String filed() {
        String customer = "T-H" + UUID.randomUUID().toString().substring(0, 8);
        FilingResult result = intake.file(customer, DisputeCategory.UNAUTHORIZED_TRANSACTION,
                new DisputedItem(DisputedItem.Kind.PAYMENT, "P-" + customer), "A payment I did not make.", customer);
        String reference = ((FilingResult.Filed) result).reference();
        // An authorship dispute is handled only once identity has said who took part in the disputed decision.
        Eventually.await("identity's disclosure", java.time.Duration.ofSeconds(30),
                () -> complaints.caseForStaff(reference).map(CaseFile::evidence));
        return reference;
    }

    static ComplaintView done(HandlingResult result) {
        assertThat(result).as(result.toString()).isInstanceOf(HandlingResult.Done.class);
        return ((HandlingResult.Done) result).complaint();
    }

    static String refused(HandlingResult result) {
        assertThat(result).as(result.toString()).isInstanceOf(HandlingResult.Refused.class);
        return ((HandlingResult.Refused) result).reason();
    }

    @Test
    void anExtensionWithoutASeniorApproverIsRefusedAndAnApprovedOneTellsTheCustomer() {
        String reference = filed();
        ComplaintView before = complaints.byReference(reference).orElseThrow();
        assertThat(refused(handling.requestExtension(reference, " ", "handler.li", HANDLER))).contains("Say why");
        done(handling.requestExtension(reference, "the police report is still outstanding", "handler.li", HANDLER));
        assertThat(refused(handling.requestExtension(reference, "again", "handler.li", HANDLER))).contains("already waiting");

        assertThat(refused(handling.decideExtension(reference, true, "handler.li", HANDLER))).contains("not the requester's");
        assertThat(refused(handling.decideExtension(reference, true, "handler.wu", HANDLER))).contains("higher rank than the requester");
        assertThat(complaints.byReference(reference).orElseThrow().deadline()).as("nothing moved").isEqualTo(before.deadline());

        ComplaintView extended = done(handling.decideExtension(reference, true, "approver.chen", SENIOR));
        assertThat(extended.extensionLevel()).isEqualTo(1);
        assertThat(extended.deadline()).as("CN-14: 30 days from receipt, per the pack")
                .isEqualTo(RulePackLibrary.inForce(before.receivedAt()).deadline("complaintDecision", before.receivedAt(), 30).dueAt());
        assertThat(extended.timeline()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo("CUSTOMER_NOTICE");
            assertThat(l.newValue()).contains("the police report is still outstanding", "You will have our decision by");
        });

        // The second extension (to 60 days) needs a compliance officer; a senior approver is not enough.
        done(handling.requestExtension(reference, "the receiving bank has not answered", "handler.li", HANDLER));
        assertThat(refused(handling.decideExtension(reference, true, "approver.chen", SENIOR))).contains("at least COMPLIANCE_OFFICER");
        assertThat(done(handling.decideExtension(reference, true, "compliance.zhao", COMPLIANCE)).extensionLevel()).isEqualTo(2);
        assertThat(refused(handling.requestExtension(reference, "more", "handler.li", HANDLER))).contains("No further extension");
    }

    @Test
    void waitingOnTheCustomerPausesTheServiceClockButNeverTheRegulatoryOne() throws Exception {
        String reference = filed();
        assertThat(refused(handling.move(reference, ComplaintStatus.DECIDED, "handler.li"))).contains("cannot become decided");
        done(handling.move(reference, ComplaintStatus.ACKNOWLEDGED, "handler.li"));
        done(handling.move(reference, ComplaintStatus.UNDER_INVESTIGATION, "handler.li"));
        ComplaintView waiting = done(handling.move(reference, ComplaintStatus.AWAITING_CUSTOMER, "handler.li"));
        assertThat(waiting.servicePaused()).isTrue();
        Thread.sleep(1500);
        ComplaintView back = done(handling.move(reference, ComplaintStatus.UNDER_INVESTIGATION, "handler.li"));
        assertThat(back.servicePaused()).isFalse();
        assertThat(back.servicePausedSeconds()).isGreaterThanOrEqualTo(1);
        assertThat(back.serviceTarget()).isAfter(waiting.receivedAt().plus(Complaint.SERVICE_TARGET));
        assertThat(back.deadline()).as("the regulator's clock never pauses").isEqualTo(waiting.deadline());
        assertThat(back.timeline()).extracting(ComplaintView.Line::kind)
                .contains("STATUS", "SERVICE_CLOCK_PAUSED", "SERVICE_CLOCK_RESUMED");
        assertThat(back.timeline()).filteredOn(l -> l.kind().equals("STATUS")).extracting(ComplaintView.Line::previousValue,
                ComplaintView.Line::newValue).contains(org.assertj.core.groups.Tuple.tuple("AWAITING_CUSTOMER", "UNDER_INVESTIGATION"));

        assertThat(refused(handling.close(reference, Complaint.Outcome.MONETARY_RELIEF, "fraud-detection", "handler.li")))
                .contains("Only a decided case can be closed");
        done(handling.move(reference, ComplaintStatus.PROPOSED_DECISION, "handler.li"));
        done(handling.move(reference, ComplaintStatus.DECIDED, "handler.li"));
        assertThat(refused(handling.close(reference, Complaint.Outcome.MONETARY_RELIEF, "Not A Tag", "handler.li"))).contains("root-cause tag");
        ComplaintView closed = done(handling.close(reference, Complaint.Outcome.MONETARY_RELIEF, "fraud-detection", "handler.li"));
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.timely()).isTrue();
        assertThat(closed.outcome()).isEqualTo("MONETARY_RELIEF");
        assertThat(done(handling.move(reference, ComplaintStatus.REOPENED, "handler.li")).status()).isEqualTo("REOPENED");
    }
}
