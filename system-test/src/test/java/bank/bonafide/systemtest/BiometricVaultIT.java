package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.complaints.complaint.boundary.ComplaintHandling;
import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.HandlingResult;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.ComplaintStatus;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.identity.consent.boundary.BiometricConsents;
import bank.bonafide.identity.consent.boundary.ConsentChange;
import bank.bonafide.identity.evidence.boundary.EvidenceBook;
import bank.bonafide.identity.vault.boundary.BiometricVault;
import bank.bonafide.identity.verification.boundary.DecisionRecord;
import bank.bonafide.identity.verification.boundary.Verifications;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.LoginAssurance;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationAttempt;
import bank.bonafide.identity.verification.entity.VerificationOutcome;
import bank.bonafide.platform.digest.Sha256;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Eventually;
import bank.bonafide.systemtest.support.Sql;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Biometric consent and the vault in the deployed EAR, on the real database: no face is kept or counted
 * without a separate consent; a face alone never approves; a kept image is encrypted, opens again and
 * sits in a table that says nothing of whose it is; withdrawal and the end of retention delete it.
 * Every test uses customers of its own, so the order of tests does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class BiometricVaultIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(BiometricVaultIT.class);
    }

    @Inject
    Verifications verifications;

    @Inject
    BiometricConsents consents;

    @Inject
    BiometricVault vault;

    @Inject
    EvidenceBook evidence;

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintHandling handling;

    static String customer(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** A stand-in photo whose bytes carry a marker no ciphertext may contain. */
    static byte[] photo(String marker) {
        return ("\u00ff\u00d8\u00ff\u00e0JFIF face pixels " + marker + " end").getBytes(StandardCharsets.ISO_8859_1);
    }

    static VerificationAttempt attempt(String customerId, Purpose purpose) {
        return new VerificationAttempt(customerId, "A-" + customerId, purpose, "STM", "STM-7", Instant.now(),
                LoginAssurance.NOT_STATED, "terminal@STM-7", null);
    }

    static Factor strongFace(String imageSha256) {
        return new Factor.FaceComparison(new BigDecimal("0.97"), Factor.FaceComparison.Liveness.PASSED, "vendor-9", imageSha256);
    }

    static long vaultRows() {
        return Sql.count("SELECT COUNT(*) FROM identity_vault_record");
    }

    @Test
    void withoutConsentNoImageIsKeptAndTheFaceDoesNotCount() {
        String customer = customer("NOC");
        byte[] image = photo("NOC-" + customer);
        long before = vaultRows();

        DecisionRecord record = verifications.decide(attempt(customer, Purpose.PAYMENT),
                List.of(strongFace(Sha256.hex(image)), new Factor.PaymentPassword(true)), image);

        assertThat(vaultRows()).as("no consent: nothing stored").isEqualTo(before);
        assertThat(Sql.count("SELECT COUNT(*) FROM identity_biometric_capture WHERE image_sha256 = ?", Sha256.hex(image))).isZero();
        String content = evidence.forDecision(record.decisionId()).get(0).content();
        assertThat(content).contains("\"separateConsent\":false", "\"storedImageSha256\":\"none\"")
                .doesNotContain("FaceComparison");
        assertThat(record.outcome()).as("the password alone is one factor: not enough").isNotInstanceOf(VerificationOutcome.Approved.class);
    }

    @Test
    void aFaceAloneNeverApprovesEvenAStrongOneUnderConsent() {
        String customer = customer("FO");
        assertThat(consents.give(customer, "terminal:STM-7")).isInstanceOf(ConsentChange.Given.class);
        for (Purpose purpose : Purpose.values()) {
            DecisionRecord record = verifications.decide(attempt(customer, purpose), List.of(strongFace("sha")), null);
            assertThat(record.outcome()).as(purpose.name()).isNotInstanceOf(VerificationOutcome.Approved.class);
        }
        DecisionRecord withPassword = verifications.decide(attempt(customer, Purpose.PAYMENT),
                List.of(strongFace("sha"), new Factor.PaymentPassword(true)), null);
        assertThat(withPassword.outcome()).as("face plus payment password (CN-03) is two independent factors")
                .isInstanceOf(VerificationOutcome.Approved.class);
    }

    @Test
    void aConsentedImageIsKeptEncryptedOpensAgainAndWithdrawalDeletesIt() {
        String customer = customer("CON");
        byte[] image = photo("CON-" + customer);
        String hash = Sha256.hex(image);
        consents.give(customer, "app:test");
        long before = vaultRows();

        DecisionRecord record = verifications.decide(attempt(customer, Purpose.PAYMENT),
                List.of(strongFace(hash), new Factor.PaymentPassword(true)), image);

        assertThat(vaultRows()).isEqualTo(before + 1);
        Map<String, Object> capture = Sql.rows("SELECT vault_reference, purged_at FROM identity_biometric_capture WHERE image_sha256 = ?", hash).get(0);
        String reference = (String) capture.get("vault_reference");
        byte[] ciphertext = (byte[]) Sql.rows("SELECT ciphertext FROM identity_vault_record WHERE reference = ?", reference).get(0).get("ciphertext");
        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("CON-" + customer, "JFIF");
        assertThat(vault.open(reference)).isEqualTo(image);
        assertThat(evidence.forDecision(record.decisionId()).get(0).content())
                .contains("\"storedImageSha256\":\"" + hash + "\"", "\"separateConsent\":true");
        assertThat(consents.status(customer).facesKept()).isEqualTo(1);

        ConsentChange withdrawn = consents.withdraw(customer, "app:test");

        assertThat(withdrawn).isEqualTo(new ConsentChange.Withdrawn(1, 0));
        assertThat(Sql.count("SELECT COUNT(*) FROM identity_vault_record WHERE reference = ?", reference)).isZero();
        assertThat(Sql.rows("SELECT purge_reason FROM identity_biometric_capture WHERE vault_reference = ?", reference).get(0))
                .containsEntry("purge_reason", "consent withdrawn");
        assertThat(Sql.count("SELECT COUNT(*) FROM identity_biometric_consent WHERE customer_id = ? AND withdrawn_at IS NOT NULL",
                customer)).as("the consent record stays, as proof").isEqualTo(1);
        assertThat(consents.status(customer).active()).isFalse();

        long afterWithdrawal = vaultRows();
        DecisionRecord later = verifications.decide(attempt(customer, Purpose.PAYMENT),
                List.of(strongFace(hash), new Factor.PaymentPassword(true)), image);
        assertThat(vaultRows()).as("after withdrawal nothing new is kept").isEqualTo(afterWithdrawal);
        assertThat(later.outcome()).isNotInstanceOf(VerificationOutcome.Approved.class);
    }

    @Test
    void retentionEndDeletesTheImage() {
        String customer = customer("RET");
        byte[] image = photo("RET-" + customer);
        consents.give(customer, "terminal:STM-7");
        verifications.decide(attempt(customer, Purpose.PAYMENT), List.of(strongFace(Sha256.hex(image))), image);
        String reference = (String) Sql.rows("SELECT vault_reference FROM identity_biometric_capture WHERE image_sha256 = ?",
                Sha256.hex(image)).get(0).get("vault_reference");
        Sql.update("UPDATE identity_vault_record SET purge_after = ? WHERE reference = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(2))), reference);

        assertThat(consents.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(Sql.count("SELECT COUNT(*) FROM identity_vault_record WHERE reference = ?", reference)).isZero();
        assertThat(Sql.rows("SELECT purge_reason FROM identity_biometric_capture WHERE vault_reference = ?", reference).get(0))
                .containsEntry("purge_reason", "retention ended");
    }

    @Test
    void aFaceBehindADisputedDecisionIsKeptAsEvidenceThroughWithdrawalAndRetention() {
        String customer = customer("HOLD");
        byte[] image = photo("HOLD-" + customer);
        consents.give(customer, "terminal:STM-7");
        DecisionRecord record = verifications.decide(attempt(customer, Purpose.ACCOUNT_OPENING),
                List.of(strongFace(Sha256.hex(image)), new Factor.PaymentPassword(true)), image);
        String reference = (String) Sql.rows("SELECT vault_reference FROM identity_biometric_capture WHERE decision_id = ?",
                record.decisionId().toString()).get(0).get("vault_reference");

        FilingResult result = intake.file(customer, DisputeCategory.ACCOUNT_OPENED_WITHOUT_ME,
                new DisputedItem(DisputedItem.Kind.ACCOUNT, "A-" + customer), "That was not me.", "customer:" + customer);
        assertThat(result).isInstanceOf(FilingResult.Filed.class);
        FilingResult.Filed filed = (FilingResult.Filed) result;
        Eventually.awaitTrue("the face behind the disputed opening to be put under legal hold", Duration.ofSeconds(30), () ->
                Sql.count("SELECT COUNT(*) FROM identity_biometric_capture WHERE decision_id = ? AND held_for_complaint IS NOT NULL",
                        record.decisionId().toString()) == 1);

        assertThat(consents.withdraw(customer, "app:test")).isEqualTo(new ConsentChange.Withdrawn(0, 1));
        Sql.update("UPDATE identity_vault_record SET purge_after = ? WHERE reference = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(2))), reference);
        consents.purgeExpired();
        assertThat(vault.open(reference)).as("still the complete image source for the court (%s)", filed.reference()).isEqualTo(image);

        // The dispute ends: the hold ends with it, and the withdrawn consent now takes the face. (Handling waits
        // for identity's disclosure to reach the case: it names who may not handle it.)
        Eventually.awaitTrue("the disclosure on the case", Duration.ofSeconds(30), () -> Sql.count(
                "SELECT COUNT(*) FROM complaints_disputed_evidence e JOIN complaints_complaint c ON c.id = e.complaint_id "
                        + "WHERE c.reference = ?", filed.reference()) == 1);
        assertThat(handling.move(filed.reference(), ComplaintStatus.ACKNOWLEDGED, "handler.li")).isInstanceOf(HandlingResult.Done.class);
        assertThat(handling.move(filed.reference(), ComplaintStatus.UNDER_INVESTIGATION, "handler.li")).isInstanceOf(HandlingResult.Done.class);
        assertThat(handling.decide(filed.reference(), "The bank cannot show it was you; the account is closed.", null, null, "handler.li"))
                .isInstanceOf(HandlingResult.Done.class);
        assertThat(handling.close(filed.reference(), Complaint.Outcome.NON_MONETARY_RELIEF, "identity-verification-gap", "handler.li"))
                .isInstanceOf(HandlingResult.Done.class);
        Eventually.awaitTrue("the face to be deleted once the dispute is closed", Duration.ofSeconds(30), () ->
                Sql.count("SELECT COUNT(*) FROM identity_vault_record WHERE reference = ?", reference) == 0);
        assertThat(Sql.rows("SELECT purge_reason, held_for_complaint FROM identity_biometric_capture WHERE vault_reference = ?", reference).get(0))
                .containsEntry("purge_reason", "consent withdrawn").containsEntry("held_for_complaint", null);
    }

    @Test
    void theVaultTablesHoldNoIdentityColumnsAndNoPlaintextImage() {
        String customer = customer("SCAN");
        byte[] image = photo("SCAN-" + customer);
        consents.give(customer, "terminal:STM-7");
        verifications.decide(attempt(customer, Purpose.PAYMENT), List.of(strongFace(Sha256.hex(image))), image);

        List<String> columns = new ArrayList<>();
        Sql.rows("SELECT column_name AS c FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name LIKE 'identity_vault%'").forEach(r -> columns.add(String.valueOf(r.get("c")).toLowerCase(Locale.ROOT)));
        assertThat(columns).contains("reference", "ciphertext", "wrapped_data_key");
        assertThat(columns).noneMatch(c -> c.matches(".*(customer|account|name|phone|document|id_number|subject|decision|consent).*"));

        List<Map<String, Object>> rows = Sql.rows("SELECT * FROM identity_vault_record");
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            for (Object value : row.values()) {
                String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
                assertThat(text).doesNotContain("face pixels", "JFIF", customer, Sha256.hex(image));
            }
        }
    }
}
