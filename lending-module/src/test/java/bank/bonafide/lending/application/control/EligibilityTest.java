package bank.bonafide.lending.application.control;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.lending.application.entity.AccountOpening;
import bank.bonafide.lending.application.entity.ApplicationCheck.Result;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePacks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static final RulePack CN_NOW = RulePacks.shipped().byId("CN-CURRENT");
    static final RulePack CN_2019 = RulePacks.shipped().byId("CN-2019");
    static final Instant APPLIED = Instant.parse("2026-11-24T04:00:00Z");

    static AccountOpening opening(String channel, String outcome, Instant at, String reasons) {
        return new AccountOpening(UUID.randomUUID(), "C-9", "A-9", channel, outcome, at, UUID.randomUUID(), reasons);
    }

    static Eligibility.Check check(List<Eligibility.Check> checks, String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aCounterOpeningPastTheCoolingOffIsEligible() {
        List<Eligibility.Check> checks = Eligibility.judge("A-9", Optional.of(opening("COUNTER", "APPROVED",
                APPLIED.minus(Duration.ofDays(8)), null)), true, APPLIED, CN_NOW);
        assertThat(checks).extracting(Eligibility.Check::result).containsOnly(Result.PASSED);
        assertThat(check(checks, "ACCOUNT_VERIFIED").detail()).contains("verified in person at the counter");
        assertThat(check(checks, "COOLING_OFF").detail()).contains("8 days before", "CN-CURRENT asks for 7");
    }

    @Test
    void aRemoteCrossVerifiedOpeningCountsButNotWithinTheCoolingOff() {
        List<Eligibility.Check> checks = Eligibility.judge("A-9", Optional.of(opening("STM", "APPROVED",
                Instant.parse("2026-11-21T04:00:00Z"), null)), true, APPLIED, CN_NOW);
        assertThat(check(checks, "ACCOUNT_VERIFIED").detail()).contains("full cross-verification (STM)");
        assertThat(check(checks, "COOLING_OFF").result()).isEqualTo(Result.FAILED);
        assertThat(check(checks, "COOLING_OFF").detail()).contains("opened on 2026-11-21", "after 7 days, from 2026-11-28");
    }

    @Test
    void aRefusedOrUnknownOpeningAndNoConsentRefuse() {
        List<Eligibility.Check> refused = Eligibility.judge("A-9", Optional.of(opening("STM", "REFUSED",
                Instant.parse("2019-11-25T06:12:40Z"), "document reported lost on 2019-10-18\nphone number not registered to the applicant")),
                false, Instant.parse("2019-12-18T12:31:05Z"), CN_2019);
        assertThat(check(refused, "ACCOUNT_VERIFIED").detail()).contains("on 2019-11-25 was refused by identity",
                "document reported lost on 2019-10-18;phone number not registered to the applicant");
        assertThat(check(refused, "COOLING_OFF").result()).as("CN-2019 had no cooling-off rule").isEqualTo(Result.NOT_REQUIRED);
        assertThat(check(refused, "CREDIT_REPORT_CONSENT").result()).isEqualTo(Result.FAILED);

        List<Eligibility.Check> unknown = Eligibility.judge("A-9", Optional.empty(), true, APPLIED, CN_NOW);
        assertThat(check(unknown, "ACCOUNT_VERIFIED").detail()).contains("no opening verified in person or by full cross-verification");
        assertThat(check(unknown, "COOLING_OFF").result()).isEqualTo(Result.FAILED);
    }

    @Test
    void theCreditReportDecidesOnlyWhenTheBureauAnswered() {
        UUID consent = UUID.randomUUID();
        Instant t = Instant.now();
        assertThat(Eligibility.creditReport(new CreditBureau.Query("c1", t, t, 0, "R-1", "{}"), consent).result()).isEqualTo(Result.PASSED);
        assertThat(Eligibility.creditReport(new CreditBureau.Query("c2", t, t, 1, "R-2", "{}"), consent).detail())
                .contains("1 current delinquencies", consent.toString());
        Eligibility.Check silent = Eligibility.creditReport(new CreditBureau.Query("c3", t, null, null, null, "bureau answered 503 {}"), consent);
        assertThat(silent.result()).isEqualTo(Result.FAILED);
        assertThat(silent.detail()).contains("no answer", "503");
    }
}
