package bank.bonafide.identity.verification.control;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.identity.verification.entity.CheckAnswer;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.Factor.FaceComparison.Liveness;
import bank.bonafide.identity.verification.entity.FactorCategory;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationOutcome;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePacks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy under the shipped packs: the 2019 case is refused, and no shortcut ever approves. */
class VerificationPolicyTest {

    static final RulePack CN_2019 = RulePacks.shipped().inForce("CN",
            LocalDateTime.parse("2019-11-25T14:12").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    static final RulePack CN_NOW = RulePacks.shipped().byId("CN-CURRENT");

    static Factor face(String score) {
        return new Factor.FaceComparison(new BigDecimal(score), Liveness.PASSED, "vendor-model-7", "sha256:ab12");
    }

    static final Factor NOT_LOST = new Factor.LostDocumentCheck(CheckAnswer.FALSE, null);
    static final Factor PHONE_IS_HERS = new Factor.KycMatch(CheckAnswer.TRUE, CheckAnswer.TRUE);
    static final Factor NO_SWAP = new Factor.SimSwap(CheckAnswer.FALSE);
    static final Factor CODE_TO_HER_PHONE = new Factor.OneTimeCode(true, true);

    @Test
    void theStolenIdOpeningOf2019IsRefusedUnderThe2019RulesWithEveryReason() {
        VerificationOutcome outcome = VerificationPolicy.decide(Purpose.ACCOUNT_OPENING, List.of(
                face("0.72"),
                new Factor.LostDocumentCheck(CheckAnswer.TRUE, LocalDate.of(2019, 10, 18)),
                new Factor.KycMatch(CheckAnswer.FALSE, CheckAnswer.FALSE),
                new Factor.OneTimeCode(true, true)), CN_2019);
        assertThat(outcome).isInstanceOfSatisfying(VerificationOutcome.Refused.class, refused -> {
            assertThat(refused.reasons()).containsExactlyInAnyOrder(
                    "document reported lost on 2019-10-18",
                    "phone number not registered to the applicant",
                    "face score 0.72 below threshold 0.80");
            assertThat(refused.packId()).isEqualTo("CN-2019");
        });
    }

    @Test
    void aDocumentTheCustomerReportedLostToTheBankRefusesAnOtherwisePerfectOpening() {
        VerificationOutcome outcome = VerificationPolicy.decide(Purpose.ACCOUNT_OPENING,
                List.of(face("0.93"), NOT_LOST, PHONE_IS_HERS, NO_SWAP, CODE_TO_HER_PHONE,
                        new Factor.LostReportedToBank(LocalDate.of(2026, 11, 20))), CN_NOW);
        assertThat(outcome).isInstanceOfSatisfying(VerificationOutcome.Refused.class, refused ->
                assertThat(refused.reasons()).containsExactly("document reported lost to the bank on 2026-11-20"));
    }

    @Test
    void aNameThatDiffersAtTheCarrierUnderHerOwnIdIsARedFlagForAPersonNotABlock() {
        VerificationOutcome outcome = VerificationPolicy.decide(Purpose.ACCOUNT_OPENING,
                List.of(face("0.93"), NOT_LOST, new Factor.KycMatch(CheckAnswer.TRUE, CheckAnswer.FALSE), NO_SWAP,
                        CODE_TO_HER_PHONE, new Factor.PaymentPassword(true)), CN_NOW);
        assertThat(outcome).isInstanceOfSatisfying(VerificationOutcome.Review.class, review ->
                assertThat(review.toCheck()).anyMatch(c -> c.startsWith("red flag, inconsistent data")));
        assertThat(VerificationPolicy.decide(Purpose.ACCOUNT_OPENING,
                List.of(face("0.93"), NOT_LOST, new Factor.KycMatch(CheckAnswer.FALSE, CheckAnswer.TRUE), NO_SWAP,
                        CODE_TO_HER_PHONE, new Factor.PaymentPassword(true)), CN_NOW))
                .as("a number under another ID is someone else's phone").isInstanceOf(VerificationOutcome.Refused.class);
    }

    @Test
    void aProperlyCrossVerifiedOpeningIsApprovedWithItsFactors() {
        VerificationOutcome outcome = VerificationPolicy.decide(Purpose.ACCOUNT_OPENING,
                List.of(face("0.93"), NOT_LOST, PHONE_IS_HERS, NO_SWAP, CODE_TO_HER_PHONE), CN_NOW);
        assertThat(outcome).isInstanceOfSatisfying(VerificationOutcome.Approved.class, approved ->
                assertThat(approved.factors()).containsExactlyInAnyOrder(FactorCategory.INHERENCE, FactorCategory.POSSESSION));
        assertThat(outcome.packId()).isEqualTo("CN-CURRENT");
    }

    @Test
    void aFaceAloneNeverApprovesHoweverGoodTheScore() {
        VerificationOutcome outcome = VerificationPolicy.decide(Purpose.PAYMENT, List.of(face("0.99")), CN_NOW);
        assertThat(outcome).isInstanceOfSatisfying(VerificationOutcome.Refused.class, refused ->
                assertThat(refused.reasons()).contains("a face match alone never authorizes"));
    }

    @Test
    void notAvailableIsNeverAPass() {
        VerificationOutcome outcome = VerificationPolicy.decide(Purpose.ACCOUNT_OPENING, List.of(face("0.93"),
                new Factor.LostDocumentCheck(CheckAnswer.NOT_AVAILABLE, null),
                new Factor.KycMatch(CheckAnswer.NOT_AVAILABLE, CheckAnswer.TRUE), NO_SWAP,
                new Factor.PaymentPassword(true)), CN_NOW);
        assertThat(outcome).isInstanceOfSatisfying(VerificationOutcome.Review.class, review ->
                assertThat(review.toCheck()).hasSize(2));
    }

    @Test
    void aCodeSentToAPhoneThatIsNotProvenTheirsProvesNothing() {
        VerificationOutcome outcome = VerificationPolicy.decide(Purpose.LOAN_SIGNING, List.of(face("0.93"), NOT_LOST,
                new Factor.KycMatch(CheckAnswer.TRUE, CheckAnswer.NOT_AVAILABLE), NO_SWAP, CODE_TO_HER_PHONE), CN_NOW);
        assertThat(outcome).as("the name match is missing, so the phone is not proven hers and the code does not count")
                .isInstanceOf(VerificationOutcome.Review.class);
    }

    @Test
    void aRecentSimSwapRefuses() {
        VerificationOutcome outcome = VerificationPolicy.decide(Purpose.LOAN_SIGNING, List.of(face("0.93"), NOT_LOST,
                PHONE_IS_HERS, new Factor.SimSwap(CheckAnswer.TRUE), CODE_TO_HER_PHONE), CN_NOW);
        assertThat(outcome).isInstanceOfSatisfying(VerificationOutcome.Refused.class, refused ->
                assertThat(refused.reasons()).containsExactly("SIM swapped within the last 72 hours"));
    }

    @Test
    void withoutBiometricConsentOtherFactorsCanStillApprove() {
        VerificationOutcome outcome = VerificationPolicy.decide(Purpose.ACCOUNT_OPENING, List.of(NOT_LOST, PHONE_IS_HERS,
                NO_SWAP, CODE_TO_HER_PHONE, new Factor.CounterOfficerCheck("E-1002", true)), CN_NOW);
        assertThat(outcome).isInstanceOfSatisfying(VerificationOutcome.Approved.class, approved ->
                assertThat(approved.factors()).containsExactlyInAnyOrder(FactorCategory.POSSESSION, FactorCategory.DOCUMENT));
    }
}
