package bank.bonafide.compensation.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.compensation.payout.control.Claim;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.identity.IdentityEvidenceDisclosed;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePacks;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BurdenOfProofTest {

    static final Instant OPENED_2019 = Instant.parse("2019-10-20T02:00:00Z");
    static final Instant OPENED_2025 = Instant.parse("2025-06-02T02:00:00Z");

    static IdentityEvidenceDisclosed disclosed(boolean found, String outcome, String packageId, boolean intact, Instant decidedAt,
                                               List<String> checks, List<String> missing) {
        return new IdentityEvidenceDisclosed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                new DisputedItem(DisputedItem.Kind.ACCOUNT, "A-1001"), found, outcome, packageId, decidedAt, checks, List.of(),
                intact, missing, List.of());
    }

    static RulePack cn(Instant at) {
        return RulePacks.shipped().inForce("CN", at);
    }

    @Test
    void theSeedCaseAFaceMatchAloneAndNoEvidencePackageCannotProveTheCustomerActed() {
        BurdenOfProof.Assessment a = BurdenOfProof.of(disclosed(true, "APPROVED", null, false, OPENED_2019,
                List.of("FACE_MATCH"), List.of("carrier real-name match of the phone (CN-01)")), cn(OPENED_2019));
        assertThat(a.finding()).isEqualTo(Claim.Finding.BANK_CANNOT_PROVE);
        assertThat(a.factors()).extracting(BurdenOfProof.Factor::line).contains(
                "shown: a verification record of the disputed item (decision APPROVED; CN-18)",
                "NOT shown: a sealed evidence package with an intact chain (no package; CN-02)",
                "NOT shown: more than a face match (a face match alone never authorizes; CN-03)");
        assertThat(a.factors()).anyMatch(f -> !f.shown() && f.name().equals("2 independent authentication factors"));
    }

    @Test
    void withoutAnyRecordTheBankCannotProveAnything() {
        BurdenOfProof.Assessment a = BurdenOfProof.of(disclosed(false, "NONE", null, false, null, List.of(),
                List.of("any verification record for this item")), cn(OPENED_2025));
        assertThat(a.finding()).isEqualTo(Claim.Finding.BANK_CANNOT_PROVE);
        assertThat(a.factors().get(0).line()).startsWith("NOT shown: a verification record");
    }

    @Test
    void completeEvidenceShowsOnlyThatTheCredentialsWereUsedSoTheCaseStaysUndecided() {
        BurdenOfProof.Assessment a = BurdenOfProof.of(disclosed(true, "APPROVED", "pkg-1", true, OPENED_2025,
                List.of("LostDocumentCheck", "KycMatch", "SimSwap", "NumberVerification", "OneTimeCode", "PaymentPassword"), List.of()),
                cn(OPENED_2025));
        assertThat(a.factors()).allMatch(BurdenOfProof.Factor::shown);
        assertThat(a.finding()).as("the use of the instrument alone is no proof (PSD2 Art. 72)").isEqualTo(Claim.Finding.UNDECIDED);

        BurdenOfProof.Assessment broken = BurdenOfProof.of(disclosed(true, "APPROVED", "pkg-1", false, OPENED_2025,
                List.of("OneTimeCode", "PaymentPassword"), List.of()), cn(OPENED_2025));
        assertThat(broken.finding()).isEqualTo(Claim.Finding.BANK_CANNOT_PROVE);
        assertThat(broken.factors()).anyMatch(f -> !f.shown() && f.evidence().equals("chain broken"));
    }
}
