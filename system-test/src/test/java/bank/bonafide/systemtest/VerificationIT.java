package bank.bonafide.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bank.bonafide.identity.evidence.boundary.ChainVerification;
import bank.bonafide.identity.evidence.boundary.EvidenceBook;
import bank.bonafide.identity.verification.boundary.DecisionRecord;
import bank.bonafide.identity.verification.boundary.Verifications;
import bank.bonafide.identity.verification.entity.Applicant;
import bank.bonafide.identity.verification.entity.CheckAnswer;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationOutcome;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Sql;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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

    static final Instant OPENING_2019 = LocalDateTime.parse("2019-11-25T14:12:40").atZone(ZoneId.of("Asia/Shanghai")).toInstant();

    static List<Factor> seedCaseChecks() {
        return List.of(new Factor.FaceComparison(new BigDecimal("0.72"), Factor.FaceComparison.Liveness.PASSED, "stm-face-3.1", "sha256:seed"),
                new Factor.LostDocumentCheck(CheckAnswer.TRUE, LocalDate.of(2019, 10, 18)),
                new Factor.KycMatch(CheckAnswer.FALSE, CheckAnswer.FALSE),
                new Factor.OneTimeCode(true, true));
    }

    @Test
    void theStolenIdOpeningIsRefusedAndItsEvidenceIsSealed() {
        DecisionRecord record = verifications.decide("T-2019", "A-T2019", Purpose.ACCOUNT_OPENING, "STM", OPENING_2019,
                seedCaseChecks(), "terminal:STM-0042");

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
        assertTrue(evidence.verify().intact());
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM platform_outbox_event WHERE event_type = ? AND payload LIKE ?",
                "bank.bonafide.platform.event.identity.VerificationDecided", "%" + record.decisionId() + "%"),
                "the decision is announced through the outbox, with references only");
    }

    @Test
    void checksThatCannotAnswerNeverApprove() {
        // The simulators know nothing of this phone: the carrier answers 503, which must read as not_available.
        // A phone and document of this test's own: other tests script the simulators with theirs.
        String unique = String.valueOf(System.nanoTime() % 100_000_000L);
        Applicant applicant = new Applicant("Wang Fang", "11010119900101" + unique.substring(0, 4), "+86139" + unique, null, null);
        List<Factor> factors = verifications.collect(applicant, Instant.now());
        assertTrue(factors.stream().noneMatch(f -> f instanceof Factor.KycMatch k && k.idDocumentMatch() != CheckAnswer.NOT_AVAILABLE));
        List<Factor> withPassword = new java.util.ArrayList<>(factors);
        withPassword.add(new Factor.PaymentPassword(true));
        withPassword.add(new Factor.OneTimeCode(true, true));
        DecisionRecord record = verifications.decide("T-NA", "A-TNA", Purpose.ACCOUNT_OPENING, "MOBILE", Instant.now(),
                withPassword, "app");
        assertFalse(record.outcome() instanceof VerificationOutcome.Approved, record.outcome().toString());
    }

    @Test
    void aChangedEvidencePackageIsFoundAndNamed() {
        DecisionRecord first = verifications.decide("T-A", "A-TA", Purpose.ACCOUNT_OPENING, "STM", OPENING_2019, seedCaseChecks(), "t");
        DecisionRecord second = verifications.decide("T-B", "A-TB", Purpose.ACCOUNT_OPENING, "STM", OPENING_2019, seedCaseChecks(), "t");
        verifications.decide("T-C", "A-TC", Purpose.ACCOUNT_OPENING, "STM", OPENING_2019, seedCaseChecks(), "t");
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
