package bank.bonafide.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.identity.consent.boundary.BiometricConsents;
import bank.bonafide.identity.evidence.boundary.ChainVerification;
import bank.bonafide.identity.evidence.boundary.EvidenceBook;
import bank.bonafide.identity.evidence.boundary.EvidenceExport;
import bank.bonafide.identity.evidence.boundary.ExportStep;
import bank.bonafide.identity.evidence.boundary.EvidenceExports;
import bank.bonafide.identity.review.boundary.ReviewQueue;
import bank.bonafide.identity.review.boundary.ReviewStep;
import bank.bonafide.identity.review.entity.ReviewCase;
import bank.bonafide.identity.verification.boundary.DecisionRecord;
import bank.bonafide.identity.verification.boundary.Verifications;
import bank.bonafide.identity.verification.entity.Applicant;
import bank.bonafide.identity.verification.entity.CheckAnswer;
import bank.bonafide.identity.verification.entity.CheckTrace;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.LoginAssurance;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationAttempt;
import bank.bonafide.identity.verification.entity.VerificationOutcome;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Eventually;
import bank.bonafide.systemtest.support.Sql;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verification decisions in the deployed EAR: the 2019 opening is refused under the 2019 pack and its
 * sealed evidence package is stored; checks that cannot be reached never approve; changing a stored
 * package is found by the chain verifier, which names the package.
 */
@ExtendWith(ArquillianExtension.class)
class VerificationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(VerificationIT.class);
    }

    @Inject
    Verifications verifications;

    @Inject
    EvidenceBook evidence;

    @Inject
    BiometricConsents consents;

    @Inject
    EvidenceExports exports;

    @Inject
    ReviewQueue reviews;

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintQueries complaints;

    static final Instant OPENING_2019 = LocalDateTime.parse("2019-11-25T14:12:40").atZone(ZoneId.of("Asia/Shanghai")).toInstant();

    static List<Factor> seedCaseChecks() {
        return List.of(new Factor.FaceComparison(new BigDecimal("0.72"), Factor.FaceComparison.Liveness.PASSED, "stm-face-3.1", "sha256:seed"),
                new Factor.LostDocumentCheck(CheckAnswer.TRUE, LocalDate.of(2019, 10, 18)),
                new Factor.KycMatch(CheckAnswer.FALSE, CheckAnswer.FALSE),
                new Factor.OneTimeCode(true, true));
    }

    static VerificationAttempt attempt(String customerId, String subject, Instant occurredAt) {
        return new VerificationAttempt(customerId, subject, Purpose.ACCOUNT_OPENING, "STM", "STM-0042", occurredAt,
                new LoginAssurance("1", List.of("pwd"), occurredAt.minusSeconds(30)), "terminal@STM-0042", null);
    }

    @Test
    void theStolenIdOpeningIsRefusedAndItsEvidenceIsSealed() {
        consents.give("T-2019", "terminal:test");
        DecisionRecord record = verifications.decide(attempt("T-2019", "A-T2019", OPENING_2019), seedCaseChecks(), null);

        VerificationOutcome.Refused refused = assertInstanceOf(VerificationOutcome.Refused.class, record.outcome());
        assertEquals("CN-2019", refused.packId());
        assertEquals(3, refused.reasons().size(), refused.reasons().toString());
        Map<String, Object> stored = Sql.rows("SELECT outcome, rule_pack_id, evidence_package_id, reasons FROM identity_verification_decision "
                + "WHERE id = ?", record.decisionId().toString()).get(0);
        assertEquals("REFUSED", stored.get("outcome"));
        assertEquals("CN-2019", stored.get("rule_pack_id"));
        assertEquals(record.evidencePackageId().toString(), stored.get("evidence_package_id"));
        String content = evidence.forDecision(record.decisionId()).get(0).content();
        assertTrue(content.contains("\"faceThreshold\":\"0.80\"") && content.contains("LostDocumentCheck")
                && content.contains("document reported lost on 2019-10-18"), content);
        assertTrue(content.contains("\"terminalId\":\"STM-0042\"") && content.contains("\"acr\":\"1\"")
                && content.contains("\"separateConsent\":true"), "channel, terminal and login assurance are in the evidence: " + content);
        assertTrue(evidence.verify().intact());
        long exportsBefore = Sql.count("SELECT COUNT(*) FROM identity_evidence_access WHERE package_id = ?", record.evidencePackageId().toString());
        ExportStep.Recorded asked = (ExportStep.Recorded) exports.requestExport(record.decisionId(), EvidenceExport.Format.PDF,
                "compliance.zhao", "court request 2021-0042");
        assertInstanceOf(ExportStep.Refused.class, exports.collect(asked.request().id(), "compliance.zhao"), "not before a second person approves");
        assertInstanceOf(ExportStep.Refused.class, exports.approveExport(asked.request().id(), "compliance.zhao"), "not by the asker");
        assertEquals(exportsBefore, Sql.count("SELECT COUNT(*) FROM identity_evidence_access WHERE package_id = ?",
                record.evidencePackageId().toString()), "nothing left the bank yet");
        assertInstanceOf(ExportStep.Recorded.class, exports.approveExport(asked.request().id(), "admin.sun"));
        byte[] pdf = ((ExportStep.Collected) exports.collect(asked.request().id(), "compliance.zhao")).export().content();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM identity_evidence_access WHERE package_id = ? AND accessed_by = ? AND purpose = ?",
                record.evidencePackageId().toString(), "compliance.zhao", "court request 2021-0042") - exportsBefore,
                "every export is logged with who and why");
        assertInstanceOf(ExportStep.Refused.class, exports.requestExport(record.decisionId(), EvidenceExport.Format.JSON, "someone", " "),
                "no export without a purpose");
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE event_type = ? AND payload LIKE ?",
                "bank.bonafide.platform.event.identity.VerificationDecided", "%" + record.decisionId() + "%"),
                "the decision is announced through the outbox, with references only");
    }

    @Test
    void aDisputeOfARefusedOpeningReceivesItsRealEvidenceSummaryAndTheRefusalWasFlaggedAsFraud() {
        String customer = "T-D" + Long.toString(System.nanoTime(), 36);
        DecisionRecord record = verifications.decide(attempt(customer, "A-" + customer, OPENING_2019), seedCaseChecks(), null);
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE event_type = ? AND payload LIKE ? AND payload LIKE ?",
                "bank.bonafide.platform.event.identity.SuspectedFraud", "%" + record.decisionId() + "%",
                "%document reported lost on 2019-10-18%"), "a refusal on impersonation signs is announced as suspected fraud");

        FilingResult.Filed filed = assertInstanceOf(FilingResult.Filed.class, intake.file(customer,
                DisputeCategory.ACCOUNT_OPENED_WITHOUT_ME, new DisputedItem(DisputedItem.Kind.ACCOUNT, "A-" + customer),
                "Someone tried to open an account with my stolen card.", "customer:" + customer));
        String disclosed = Eventually.await("identity's evidence summary in the complaint timeline", Duration.ofSeconds(30), () ->
                complaints.byReference(filed.reference()).orElseThrow().timeline().stream()
                        .filter(l -> l.kind().equals("IDENTITY_EVIDENCE_DISCLOSED")).map(ComplaintView.Line::newValue).findFirst());
        assertTrue(disclosed.startsWith("REFUSED evidence " + record.evidencePackageId() + " (sealed, chain intact)")
                && disclosed.contains("document reported lost on 2019-10-18"), disclosed);
    }

    @Test
    void theExternalChecksAreAskedTogetherNotOneAfterAnother() throws Exception {
        // Each party takes 400 ms to answer. Asked one after another, a check would be asked only once the one before
        // had answered (and under load the last would run out of time and read as not available); asked together,
        // every check is asked before the first answer comes back.
        simulatorLatency(400);
        try {
            String unique = String.valueOf(System.nanoTime() % 100_000_000L);
            Applicant applicant = new Applicant("Li Na", "11010119900101" + unique.substring(0, 4), "+86137" + unique, null, null);
            List<CheckTrace> traces = verifications.collect("T-PAR", applicant, Instant.now()).traces();
            assertEquals(4, traces.size(), traces.toString());
            Instant lastAsked = traces.stream().map(CheckTrace::askedAt).max(Instant::compareTo).orElseThrow();
            Instant firstAnswer = traces.stream().map(CheckTrace::answeredAt).filter(java.util.Objects::nonNull)
                    .min(Instant::compareTo).orElseThrow(() -> new AssertionError("no check answered: " + traces));
            assertTrue(lastAsked.isBefore(firstAnswer), "asked " + lastAsked + ", first answer " + firstAnswer + ": " + traces);
        } finally {
            simulatorLatency(0);
        }
    }

    private static void simulatorLatency(long millis) throws Exception {
        java.net.http.HttpResponse<Void> set = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create("http://127.0.0.1:8290/script/latency"))
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"millis\":" + millis + "}")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertTrue(set.statusCode() / 100 == 2, "the simulators refused the latency: " + set.statusCode());
    }

    @Test
    void checksThatCannotAnswerNeverApprove() {
        // The simulators know nothing of this phone: the carrier answers 503, which must read as not_available.
        // A phone and document of this test's own: other tests script the simulators with theirs.
        String unique = String.valueOf(System.nanoTime() % 100_000_000L);
        Applicant applicant = new Applicant("Wang Fang", "11010119900101" + unique.substring(0, 4), "+86139" + unique, null, null);
        List<Factor> factors = verifications.collect("T-NA", applicant, Instant.now()).factors();
        assertTrue(factors.stream().noneMatch(f -> f instanceof Factor.KycMatch k && k.idDocumentMatch() != CheckAnswer.NOT_AVAILABLE));
        List<Factor> withPassword = new java.util.ArrayList<>(factors);
        withPassword.add(new Factor.PaymentPassword(true));
        withPassword.add(new Factor.OneTimeCode(true, true));
        DecisionRecord record = verifications.decide(attempt("T-NA", "A-TNA", Instant.now()), withPassword, null);
        assertFalse(record.outcome() instanceof VerificationOutcome.Approved, record.outcome().toString());
        assertInstanceOf(VerificationOutcome.Review.class, record.outcome(), "unanswered checks go to a person");

        // Four eyes: the maker cannot confirm their own proposal; a second person can, and a new decision is sealed.
        ReviewCase review = reviews.waiting(1000).stream().filter(r -> r.decisionId().equals(record.decisionId()))
                .findFirst().orElseThrow();
        assertInstanceOf(ReviewStep.NotAllowed.class, reviews.confirm(review.id(), "bo.wang"), "nothing proposed yet");
        assertInstanceOf(ReviewStep.Proposed.class, reviews.propose(review.id(), "bo.wang", "APPROVED",
                "carrier record checked by phone with the branch; document seen at the counter"));
        ReviewStep own = reviews.confirm(review.id(), "bo.wang");
        assertInstanceOf(ReviewStep.NotAllowed.class, own);
        ReviewStep.Decided decided = assertInstanceOf(ReviewStep.Decided.class, reviews.confirm(review.id(), "compliance.zhao"));
        assertEquals("APPROVED", decided.outcome());
        Map<String, Object> finalDecision = Sql.rows("SELECT outcome, channel, evidence_package_id FROM identity_verification_decision WHERE id = ?",
                decided.decisionId().toString()).get(0);
        assertEquals("STAFF_REVIEW", finalDecision.get("channel"));
        String sealed = evidence.forDecision(decided.decisionId()).get(0).content();
        assertTrue(sealed.contains("\"maker\":{\"staff\":\"bo.wang\"") && sealed.contains("\"checker\":{\"staff\":\"compliance.zhao\"")
                && sealed.contains(record.decisionId().toString()), sealed);
        assertEquals("REVIEW", Sql.rows("SELECT outcome FROM identity_verification_decision WHERE id = ?",
                record.decisionId().toString()).get(0).get("outcome"), "the reviewed decision is never changed");
        assertTrue(evidence.verify().intact());
    }

    @Test
    void aChangedEvidencePackageIsFoundAndNamed() {
        DecisionRecord first = verifications.decide(attempt("T-A", "A-TA", OPENING_2019), seedCaseChecks(), null);
        DecisionRecord second = verifications.decide(attempt("T-B", "A-TB", OPENING_2019), seedCaseChecks(), null);
        verifications.decide(attempt("T-C", "A-TC", OPENING_2019), seedCaseChecks(), null);
        assertTrue(evidence.verify().intact());

        String original = (String) Sql.rows("SELECT content FROM identity_evidence_package WHERE chain_position = ?",
                second.evidencePosition()).get(0).get("content");
        Sql.update("UPDATE identity_evidence_package SET content = ? WHERE chain_position = ?",
                original.replace("\"outcome\":\"REFUSED\"", "\"outcome\":\"APPROVED\""), second.evidencePosition());
        try {
            ChainVerification broken = evidence.verify();
            assertFalse(broken.intact());
            assertEquals(second.evidencePosition(), broken.firstBrokenPosition());
            assertEquals("content was changed after sealing", broken.problem());
        } finally {
            Sql.update("UPDATE identity_evidence_package SET content = ? WHERE chain_position = ?", original, second.evidencePosition());
        }
        assertTrue(evidence.verify().intact(), "restored");
        assertTrue(first.evidencePosition() < second.evidencePosition());
    }
}
