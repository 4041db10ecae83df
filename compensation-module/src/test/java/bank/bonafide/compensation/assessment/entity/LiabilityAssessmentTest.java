package bank.bonafide.compensation.assessment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The assessor's conclusion: when it may be made, by whom, and on what. */
class LiabilityAssessmentTest {

    static final Instant CLAIMED = Instant.parse("2026-03-02T02:00:00Z");

    static LiabilityAssessment withEvidence(String finding, String... factorLines) {
        LiabilityAssessment a = new LiabilityAssessment(UUID.randomUUID(), "C-1", "P-1", CLAIMED,
                CLAIMED.plus(Duration.ofDays(7)), CLAIMED);
        a.recordIdentityEvidence(true, "APPROVED", "pkg-1", "OneTimeCode,PaymentPassword", List.of("rev.maker", "rev.checker"), CLAIMED);
        a.judge(finding, List.of(factorLines), "CN-CURRENT", 1);
        return a;
    }

    @Test
    void nothingIsConcludedBeforeTheEvidenceIsRead() {
        LiabilityAssessment a = new LiabilityAssessment(UUID.randomUUID(), "C-1", "P-1", CLAIMED, null, CLAIMED);
        assertThat(a.conclude("BANK_CANNOT_PROVE", false, true, "police report 2026-117", null, "handler.li", CLAIMED))
                .get().asString().contains("not yet disclosed");
        assertThat(a.assessorFinding()).isNull();
    }

    @Test
    void theCustomersFaultCannotBeFoundWhereTheBankCannotProveSheWasAuthenticated() {
        LiabilityAssessment a = withEvidence("BANK_CANNOT_PROVE", "shown: a verification record of the disputed item (decision APPROVED; CN-18)",
                "NOT shown: a sealed evidence package with an intact chain (no package; CN-02)");
        assertThat(a.conclude("GROSS_NEGLIGENCE", true, false, "she wrote her PIN on the card", null, "handler.li", CLAIMED))
                .get().asString().contains("CN-18", "NOT shown: a sealed evidence package");
        assertThat(a.effectiveFinding()).isEqualTo("BANK_CANNOT_PROVE");

        assertThat(a.conclude("BANK_CANNOT_PROVE", false, true, "the signing phone was never hers (carrier letter 2026-03)", null,
                "handler.li", CLAIMED)).isEmpty();
        assertThat(a.status()).isEqualTo(LiabilityAssessment.FRAUD_ESTABLISHED);
        assertThat(a.thirdPartyFraud()).isTrue();
    }

    @Test
    void whereAuthenticationIsProvenAFaultShareNeedsTheEvidenceCitedAndAnUninvolvedAssessorAndIsFinal() {
        LiabilityAssessment a = withEvidence("UNDECIDED", "shown: 2 independent authentication factors (OneTimeCode, PaymentPassword; EU-01)");
        assertThat(a.conclude("CUSTOMER_CONTRIBUTED", true, false, " ", new BigDecimal("30"), "handler.li", CLAIMED))
                .get().asString().contains("Cite the evidence");
        assertThat(a.conclude("CUSTOMER_CONTRIBUTED", true, false, "call recording 2026-03-01: she read the code out", new BigDecimal("30"),
                "rev.checker", CLAIMED)).get().asString().contains("someone else must conclude");

        assertThat(a.conclude("CUSTOMER_CONTRIBUTED", true, false, "call recording 2026-03-01: she read the code out", new BigDecimal("30"),
                "handler.li", CLAIMED.plusSeconds(60))).isEmpty();
        assertThat(a.effectiveFinding()).isEqualTo("CUSTOMER_CONTRIBUTED");
        assertThat(a.finding()).as("what the evidence alone supports is kept").isEqualTo("UNDECIDED");
        assertThat(a.customerFaultPercent()).isEqualByComparingTo("30");
        assertThat(a.concludedBy()).isEqualTo("handler.li");

        assertThat(a.conclude("BANK_CANNOT_PROVE", false, false, "second thoughts", null, "approver.chen", CLAIMED))
                .get().asString().contains("was concluded by handler.li");
        assertThat(a.effectiveFinding()).isEqualTo("CUSTOMER_CONTRIBUTED");
    }

    @Test
    void thePayoutClockEscalatesOnceWithinTheWarning() {
        LiabilityAssessment a = withEvidence("UNDECIDED");
        Instant due = a.payoutDue();
        assertThat(a.escalateIfDue(due.minus(Duration.ofDays(2)), Duration.ofDays(1))).isFalse();
        assertThat(a.escalateIfDue(due.minus(Duration.ofHours(23)), Duration.ofDays(1))).isTrue();
        assertThat(a.escalateIfDue(due.plus(Duration.ofHours(1)), Duration.ofDays(1))).as("once").isFalse();
        assertThat(new LiabilityAssessment(UUID.randomUUID(), "C-1", "L-1", CLAIMED, null, CLAIMED)
                .escalateIfDue(CLAIMED.plus(Duration.ofDays(30)), Duration.ofDays(1))).as("no clock, no escalation").isFalse();
    }
}
