package bank.bonafide.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.compensation.assessment.boundary.LiabilityAssessments;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.ComplaintFiled;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.systemtest.probe.ProbeLedger;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Eventually;
import bank.bonafide.systemtest.support.Sql;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transactional outbox in the deployed EAR: commit delivers to every subscriber, rollback announces
 * nothing, a failing subscriber is retried without repeating the others, and a duplicate has one effect.
 * Every test uses its own customer, so the tests are independent of each other and of their order.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(OutboxIT.class);
    }

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintQueries complaints;

    @Inject
    LiabilityAssessments assessments;

    @Inject
    ProbeLedger probe;

    @Inject
    Outbox outbox;

    @Inject
    Event<ComplaintFiled> complaintFiled;

    @Test
    void committedComplaintIsDeliveredOnceToEverySubscriber() {
        String customer = newCustomer();
        ComplaintView complaint = file(customer, "my card was used in a shop I never visited");

        Eventually.awaitTrue("the outbox row to be delivered", DELIVERY,
                () -> Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE event_type = ? AND payload LIKE ? "
                        + "AND delivered_at IS NOT NULL", ComplaintFiled.class.getName(), "%" + complaint.reference() + "%") == 1);
        assertTrue(assessments.forComplaint(complaint.id()).isPresent(), "compensation opened an assessment");
        assertEquals(1, probe.successes(complaint.reference()));
        List<String> subscribers = Sql.rows("SELECT d.subscriber FROM platform_outbox_delivery d "
                        + "JOIN platform_outbox_event e ON e.id = d.event_id WHERE e.payload LIKE ?", "%" + complaint.reference() + "%")
                .stream().map(r -> (String) r.get("subscriber")).toList();
        assertTrue(subscribers.stream().anyMatch(s -> s.startsWith("bank.bonafide.identity.")), subscribers.toString());
        assertTrue(subscribers.stream().anyMatch(s -> s.startsWith("bank.bonafide.lending.")), subscribers.toString());
        assertTrue(subscribers.stream().anyMatch(s -> s.startsWith("bank.bonafide.compensation.")), subscribers.toString());
        assertTrue(subscribers.stream().anyMatch(s -> s.startsWith("bank.bonafide.systemtest.probe.")), subscribers.toString());
    }

    @Test
    void rolledBackComplaintAnnouncesNothing() throws Exception {
        String customer = newCustomer();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        FilingResult result = intake.file(customer, DisputeCategory.LOAN_NOT_TAKEN,
                new DisputedItem(DisputedItem.Kind.LOAN, "L-" + customer), "this loan is not mine", "test");
        String reference = assertInstanceOf(FilingResult.Filed.class, result).reference();
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE payload LIKE ?", "%" + reference + "%"),
                "inside the transaction the event row exists");
        tx.rollback();

        assertEquals(0, Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE payload LIKE ?", "%" + reference + "%"));
        assertTrue(complaints.byReference(reference).isEmpty());
        Thread.sleep(3_000); // three relay ticks: had anything been announced, it would have arrived
        assertEquals(0, probe.attempts(reference));
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM compensation_liability_assessment WHERE customer_id = ?", customer));
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        ComplaintFiled event = ComplaintFiled.of(UUID.randomUUID(), "CMP-X", newCustomer(), DisputeCategory.SERVICE,
                new DisputedItem(DisputedItem.Kind.ACCOUNT, "A-X"), java.time.Instant.now(), java.time.Instant.now());
        assertThrows(IllegalStateException.class, () -> outbox.publish(event));
    }

    @Test
    void failingSubscriberIsRetriedWithoutRepeatingTheOthers() {
        String customer = newCustomer();
        ComplaintView complaint = file(customer, "not me [probe:fail-2]");
        String like = "%" + complaint.reference() + "%";

        Map<String, Object> pending = Eventually.await("a failed attempt to be recorded", DELIVERY, () ->
                Sql.rows("SELECT attempts, last_error, delivered_at FROM platform_outbox_event WHERE payload LIKE ?", like)
                        .stream().filter(r -> ((Number) r.get("attempts")).intValue() >= 1).findFirst());
        assertNull(pending.get("delivered_at"), "the event stays visible as undelivered while a subscriber fails");
        assertTrue(String.valueOf(pending.get("last_error")).contains("ProbeObserver"), String.valueOf(pending.get("last_error")));

        Eventually.awaitTrue("delivery after retries", DELIVERY,
                () -> Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE payload LIKE ? AND delivered_at IS NOT NULL", like) == 1);
        assertEquals(3, probe.attempts(complaint.reference()), "two failures, then success");
        assertEquals(1, probe.successes(complaint.reference()));
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM compensation_liability_assessment WHERE customer_id = ?", customer),
                "the subscribers that had succeeded were not run again");
        assertEquals(2L, ((Number) Sql.rows("SELECT attempts FROM platform_outbox_event WHERE payload LIKE ?", like)
                .get(0).get("attempts")).longValue());
    }

    @Test
    void duplicateDeliveryHasOneEffect() throws Exception {
        String customer = newCustomer();
        ComplaintView complaint = file(customer, "I never opened this account");
        Eventually.awaitTrue("first delivery", DELIVERY,
                () -> assessments.forComplaint(complaint.id()).isPresent()
                        && complaints.byReference(complaint.reference()).orElseThrow().timeline().size() >= 3);
        String payload = (String) Sql.rows("SELECT payload FROM platform_outbox_event WHERE event_type = ? AND payload LIKE ?",
                ComplaintFiled.class.getName(), "%" + complaint.reference() + "%").get(0).get("payload");
        ComplaintFiled original = JsonbBuilder.create().fromJson(payload, ComplaintFiled.class);
        long eventsBefore = Sql.count("SELECT COUNT(*) FROM platform_outbox_event");

        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        complaintFiled.fire(original);
        complaintFiled.fire(original);
        tx.commit();

        assertEquals(1, Sql.count("SELECT COUNT(*) FROM compensation_liability_assessment WHERE customer_id = ?", customer));
        assertEquals(eventsBefore, Sql.count("SELECT COUNT(*) FROM platform_outbox_event"),
                "no consumer announced anything twice");
    }

    /**
     * Two servers on one database (issue 10, R8): an event another server has claimed is left to it while its lease
     * lasts, and delivered here once the lease has run out, as after that server died mid-batch.
     */
    @Test
    void anEventAnotherServerClaimedIsLeftToItUntilItsLeaseRunsOut() throws Exception {
        String customer = newCustomer();
        String elsewhere = "domain9@elsewhere/0a0a0a";
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        ComplaintView complaint = file(customer, "I never opened this account");
        String like = "%" + complaint.reference() + "%";
        // Claimed in the filing's own transaction, so this server's relay never sees the event unclaimed.
        assertEquals(1, Sql.update("UPDATE platform_outbox_event SET claimed_by = ?, claimed_until = ? WHERE payload LIKE ?",
                elsewhere, LocalDateTime.ofInstant(Instant.now().plusSeconds(3600), ZoneOffset.UTC), like));
        tx.commit();

        Thread.sleep(4_000); // four ticks of the relay, each of which would have delivered an unclaimed event
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE payload LIKE ? AND delivered_at IS NOT NULL", like));
        assertTrue(assessments.forComplaint(complaint.id()).isEmpty(), "no effect while the other server holds the event");

        Sql.update("UPDATE platform_outbox_event SET claimed_until = ? WHERE payload LIKE ?",
                LocalDateTime.ofInstant(Instant.now().minusSeconds(1), ZoneOffset.UTC), like);
        Eventually.awaitTrue("delivery once the lease has run out", DELIVERY,
                () -> Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE payload LIKE ? AND delivered_at IS NOT NULL", like) == 1);
        assertTrue(assessments.forComplaint(complaint.id()).isPresent());
        assertNotEquals(elsewhere, Sql.rows("SELECT claimed_by FROM platform_outbox_event WHERE payload LIKE ?", like).get(0).get("claimed_by"),
                "this server claimed it for itself before delivering");
    }

    private ComplaintView file(String customer, String description) {
        FilingResult result = intake.file(customer, DisputeCategory.ACCOUNT_OPENED_WITHOUT_ME,
                new DisputedItem(DisputedItem.Kind.ACCOUNT, "A-" + customer), description, "test");
        String reference = assertInstanceOf(FilingResult.Filed.class, result).reference();
        return complaints.byReference(reference).orElseThrow();
    }

    private static String newCustomer() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
