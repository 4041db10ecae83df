package bank.bonafide.platform.rules;

import bank.bonafide.platform.money.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real deadlines from the shipped packs, across real holidays and cut-offs. */
class RulePacksTest {

    static final RulePacks PACKS = RulePacks.load(RulePacksTest.class.getClassLoader());

    static Instant at(String localDateTime, String zone) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    @Test
    void germanChristmasEveReportIsRefundedByTheEndOfTheNextBusinessDayAfterTheHolidays() {
        Instant reported = at("2026-12-24T16:00", "Europe/Berlin");
        RulePack eu = PACKS.inForce("EU", reported);
        Deadline refund = eu.deadline("unauthorisedRefund", reported);
        assertThat(refund.dueDate()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(refund.dueAt()).isEqualTo(at("2026-12-28T23:59:59.999999", "Europe/Berlin"));
        assertThat(refund.packId()).isEqualTo("EU-PSD2");
        assertThat(refund.source()).isEqualTo("EU-03");
    }

    @Test
    void aReportAfterTheCutOffCountsFromTheNextBusinessDay() {
        Instant late = at("2026-12-23T18:30", "Europe/Berlin");
        assertThat(PACKS.inForce("EU", late).deadline("unauthorisedRefund", late).dueDate())
                .as("received on the 24th, refunded by the 28th").isEqualTo(LocalDate.of(2026, 12, 28));
        Instant early = at("2026-12-23T09:00", "Europe/Berlin");
        assertThat(PACKS.inForce("EU", early).deadline("unauthorisedRefund", early).dueDate()).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void a2019ChineseComplaintIsJudgedByThe2019PackAndItsLastDayRollsPastTheWeekend() {
        Instant filed = at("2019-12-20T10:00", "Asia/Shanghai");
        RulePack pack = PACKS.inForce("CN", filed);
        assertThat(pack.id()).isEqualTo("CN-2019");
        Deadline decision = pack.deadline("complaintDecision", filed);
        assertThat(decision.dueDate()).as("15 days end on Saturday 2020-01-04").isEqualTo(LocalDate.of(2020, 1, 6));
        assertThat(decision.packVersion()).isEqualTo(1);
        assertThat(PACKS.inForce("CN", at("2026-11-23T10:00", "Asia/Shanghai")).id()).isEqualTo("CN-CURRENT");
    }

    @Test
    void aChineseDeadlineInsideTheSpringFestivalMovesToTheFirstWorkingDayAfterIt() {
        Instant filed = at("2026-02-05T10:00", "Asia/Shanghai");
        RulePack pack = PACKS.inForce("CN", filed);
        assertThat(pack.deadline("complaintDecision", filed).dueDate()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(pack.clock("complaintDecision").extensions()).extracting(ClockRule.Extension::upTo).containsExactly(30, 60);
        assertThat(pack.calendar().isBusinessDay(LocalDate.of(2026, 2, 28))).as("Saturday make-up working day").isTrue();
    }

    @Test
    void aChineseYearWithoutItsOfficialNoticeGetsTheEarliestPossibleDeadlineMarkedProvisional() {
        Instant filed = at("2027-12-20T10:00", "Asia/Shanghai");
        RulePack pack = PACKS.inForce("CN", filed);
        Deadline decision = pack.deadline("complaintDecision", filed);
        assertThat(decision.provisional()).isTrue();
        assertThat(decision.dueDate()).as("15 plain days, not moved past any rest day").isEqualTo(LocalDate.of(2028, 1, 4));
        assertThat(pack.deadline("complaintDecision", at("2026-02-05T10:00", "Asia/Shanghai")).provisional()).isFalse();
        assertThatThrownBy(() -> pack.calendar().isBusinessDay(LocalDate.of(2027, 3, 1)))
                .isInstanceOf(CalendarNotCovered.class).hasMessageContaining("2027");
    }

    @Test
    void usErrorNoticeGetsTenBusinessDaysAnd45Or90CalendarDays() {
        Instant notice = at("2026-11-20T10:00", "America/New_York");
        RulePack us = PACKS.inForce("US", notice);
        assertThat(us.deadline("errorInvestigation", notice).dueDate()).as("Thanksgiving is skipped").isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(us.deadline("errorResolution", notice).dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(us.deadline("errorResolutionNewAccount", notice).dueDate()).isEqualTo(LocalDate.of(2027, 2, 18));
        assertThat(us.parameter("newAccountDays").value()).isEqualByComparingTo("30");
        assertThat(us.amount("liabilityTier1").value().amount()).isEqualByComparingTo("50");
        assertThat(us.amount("liabilityTier2").value().amount()).isEqualByComparingTo("500");
    }

    @Test
    void ukAppClaimGetsFiveBusinessDaysAndTheCaps() {
        Instant claim = at("2026-12-23T12:00", "Europe/London");
        RulePack uk = PACKS.inForce("UK", claim);
        assertThat(uk.deadline("appReimbursement", claim).dueDate())
                .as("Christmas, the Boxing Day substitute and New Year are not business days").isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(uk.deadline("appReimbursement", claim, 35).dueDate()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(uk.amount("appReimbursementCap").value()).isEqualTo(new Money(new BigDecimal("85000.00"), "GBP"));
        assertThat(uk.amount("appMaximumExcess").value().amount()).isEqualByComparingTo("100");
    }

    @Test
    void everyShippedValueCitesARuleOfTheCatalogue() {
        for (RulePack pack : PACKS.all()) {
            pack.clocks().values().forEach(c -> assertThat(c.source()).matches("(CN|EU|US|UK)-\\d{2}"));
            pack.amounts().values().forEach(a -> assertThat(a.source()).matches("(CN|EU|US|UK)-\\d{2}"));
        }
        assertThat(PACKS.all()).extracting(RulePack::id)
                .containsExactlyInAnyOrder("CN-2019", "CN-CURRENT", "EU-PSD2", "US-REG-E", "UK-PSR-APP");
    }

    @Test
    void policySectionsAreTypedAndThe2019PackHoldsThe2019RulesNotThe2019Practice() {
        RulePack now = PACKS.inForce("CN", at("2026-11-23T10:00", "Asia/Shanghai"));
        assertThat(now.policy().authentication().faceOnlyAllowed()).isFalse();
        assertThat(now.policy().authentication().faceThreshold()).isEqualByComparingTo("0.85");
        assertThat(now.policy().identityChecks().lostIdRegistry()).isTrue();
        assertThat(now.policy().dataClasses().get("C3").neverLogged()).isTrue();
        assertThat(now.policy().staffAccess().bulkAlertRecords()).isEqualTo(25);
        assertThat(now.policy().advanceCompensationRule()).hasValueSatisfying(a ->
                assertThat(now.clock(a.deadlineClock()).source()).isEqualTo("CN-17"));

        RulePack then = PACKS.inForce("CN", at("2019-11-25T14:12", "Asia/Shanghai"));
        assertThat(then.id()).isEqualTo("CN-2019");
        assertThat(then.policy().authentication().faceThreshold())
                .as("the 72% match of the 2019 opening fails the 2019 rules too").isGreaterThan(new BigDecimal("0.72"));
        assertThat(then.policy().identityChecks().lostIdRegistry()).isTrue();
        assertThat(then.policy().identityChecks().phoneRealNameMatch()).isTrue();
        assertThat(then.policy().advanceCompensationRule()).as("no advance compensation before the 2020 convention").isEmpty();
    }

    @Test
    void aSectionPointingAtAMissingClockIsRefused() {
        String json = valid().replace("\"clocks\":", "\"advanceCompensation\": { \"trigger\": \"t\", \"deadlineClock\": \"nope\", "
                + "\"fundingAccount\": \"F\", \"source\": \"EU-03\" }, \"clocks\":");
        assertThatThrownBy(() -> read(json))
                .hasMessage("rulepacks/broken.json: advanceCompensation.deadlineClock: names no clock of this pack (nope)");
    }

    @Test
    void aBrokenPackIsRefusedWithFileFieldAndProblem() {
        assertThatThrownBy(() -> read(valid().replace("\"BUSINESS_DAYS\"", "\"WORKING_DAYS\"")))
                .hasMessage("rulepacks/broken.json: clocks.refund.unit: must be CALENDAR_DAYS or BUSINESS_DAYS");
        assertThatThrownBy(() -> read(valid().replace("\"source\": \"EU-05\"", "\"source\": \"PSD2\"")))
                .hasMessageStartingWith("rulepacks/broken.json: clocks.refund.source: must cite a rule id");
        assertThatThrownBy(() -> read(valid().replace("\"duration\": 1", "\"duraton\": 1")))
                .hasMessageStartingWith("rulepacks/broken.json: clocks.refund.duraton: unknown field");
        assertThatThrownBy(() -> read(valid().replace("Europe/Berlin", "Europe/Atlantis")))
                .hasMessage("rulepacks/broken.json: calendar.timeZone: unknown time zone");
        assertThatThrownBy(() -> read("{ not json"))
                .hasMessageStartingWith("rulepacks/broken.json: not valid JSON");
    }

    @Test
    void aNewVersionTakesOverFromItsStartAndTheOldOneStaysForEverythingBefore() {
        RulePack v1 = read(valid());
        RulePack v2 = read(valid().replace("\"version\": 1", "\"version\": 2").replace("2018-01-13", "2030-01-01")
                .replace("\"duration\": 1", "\"duration\": 3"));
        RulePacks packs = new RulePacks(List.of(v1, v2));
        Instant before = at("2029-12-31T10:00", "Europe/Berlin");
        Instant after = at("2030-01-02T10:00", "Europe/Berlin");
        assertThat(packs.inForce("EU", before).version()).isEqualTo(1);
        assertThat(packs.inForce("EU", before).effectiveTo()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(packs.inForce("EU", after).version()).isEqualTo(2);
        assertThat(packs.inForce("EU", after).clock("refund").duration()).isEqualTo(3);

        RulePack backdated = read(valid().replace("\"version\": 1", "\"version\": 3").replace("2018-01-13", "2017-01-01"));
        assertThatThrownBy(() -> new RulePacks(List.of(v1, backdated)))
                .hasMessageContaining("version 3 of EU-TEST must start after version 1");
        assertThatThrownBy(() -> new RulePacks(List.of(v1, read(valid()))))
                .hasMessageContaining("EU-TEST v1 exists already");
    }

    @Test
    void twoPacksOfOneJurisdictionInForceOnTheSameDayAreRefused() {
        RulePack a = read(valid());
        RulePack b = read(valid().replace("\"EU-TEST\"", "\"EU-TEST-2\"").replace("2018-01-13", "2020-01-01"));
        assertThatThrownBy(() -> new RulePacks(List.of(a, b)))
                .hasMessageContaining("EU-TEST and EU-TEST-2 are both in force on 2020-01-01 for EU");
    }

    /** What the rule-pack screen may be sent (R3's hostile form values): each a refusal with a reason, never a fault. */
    @Test
    void anythingThatIsNotAPackIsRefusedWithAReason() {
        String deep = "{\"id\":".repeat(20_000) + "1" + "}".repeat(20_000);
        for (String json : List.of("", " ", "\u0000", "null", "[]", "42", "\"text\"", "{", "{}", "{\"id\":1}", deep, "[".repeat(50_000),
                valid().replace("\"version\": 1", "\"version\": 1e308"),
                valid().replace("\"version\": 1", "\"version\": 99999999999999999999999999999"),
                valid().replace("\"2018-01-13\"", "\"2018-02-30\""),
                valid().replace("\"Europe/Berlin\"", "\"../../etc/passwd\""),
                valid().replace("\"duration\": 1", "\"duration\": -1"),
                valid().replace("\"BUSINESS_DAYS\"", "[]"))) {
            assertThatThrownBy(() -> read(json)).as(json.length() > 60 ? json.substring(0, 60) : json)
                    .isInstanceOf(RulePackException.class).hasMessageContaining("rulepacks/broken.json");
        }
    }

    private static RulePack read(String json) {
        return RulePackReader.read("rulepacks/broken.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String valid() {
        return """
                { "id": "EU-TEST", "jurisdiction": "EU", "version": 1, "effectiveFrom": "2018-01-13", "effectiveTo": null,
                  "description": "test",
                  "calendar": { "timeZone": "Europe/Berlin", "holidays": "GERMANY", "source": "EU-03" },
                  "clocks": { "refund": { "trigger": "report", "duration": 1, "unit": "BUSINESS_DAYS",
                                          "breachAction": "escalate", "source": "EU-05" } } }
                """;
    }
}
