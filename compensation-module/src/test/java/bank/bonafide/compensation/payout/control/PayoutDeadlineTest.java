package bank.bonafide.compensation.payout.control;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.platform.rules.RulePacks;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When the bank must have paid, per pack and its business-day calendar. */
class PayoutDeadlineTest {

    static LocalDate due(String jurisdiction, Instant claimed, Instant accountOpened) {
        return PayoutDeadline.of(RulePacks.shipped().inForce(jurisdiction, claimed), claimed, accountOpened).dueDate();
    }

    @Test
    void euRefundsByTheEndOfTheNextBusinessDayPastGermanHolidays() {
        // Thursday 17 April 2025: Good Friday and Easter Monday are German holidays.
        assertThat(due("EU", Instant.parse("2025-04-17T09:00:00Z"), null)).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    @Test
    void ukReimbursesWithinFiveBusinessDays() {
        // Wednesday 20 August 2025; Monday 25 August is the summer bank holiday.
        assertThat(due("UK", Instant.parse("2025-08-20T09:00:00Z"), null)).isEqualTo(LocalDate.of(2025, 8, 28));
    }

    @Test
    void usGivesTenBusinessDaysOrTwentyForANewAccount() {
        Instant claimed = Instant.parse("2025-06-30T14:00:00Z");  // Monday; 4 July is a federal holiday
        assertThat(due("US", claimed, Instant.parse("2024-01-10T14:00:00Z"))).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(due("US", claimed, Instant.parse("2025-06-20T14:00:00Z"))).isEqualTo(LocalDate.of(2025, 7, 29));
    }

    @Test
    void cnPaysWithinTheBanksPublishedSevenDaysRolledPastTheHoliday() {
        // 25 September 2025 + 7 days = 2 October, inside the National Day holiday (1-8 October 2025).
        assertThat(due("CN", Instant.parse("2025-09-25T02:00:00Z"), null)).isEqualTo(LocalDate.of(2025, 10, 9));
    }
}
