package bank.bonafide.compensation.payout.entity;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.compensation.payout.control.PayoutDeadline;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.rules.Deadline;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePacks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UK-01 stop-the-clock: 5 business days become at most 35, counted from the claim in the English calendar; once. */
class StopTheClockTest {

    // Monday 3 March 2025; Good Friday (18 April) and Easter Monday (21 April) are English bank holidays.
    static final Instant CLAIMED = Instant.parse("2025-03-03T10:00:00Z");

    static AdvanceCompensation proposed(RulePack pack) {
        Deadline deadline = PayoutDeadline.of(pack, CLAIMED, null);
        return new AdvanceCompensation("PAY-T1", UUID.randomUUID(), "C-UK1", Money.of("900.00", "GBP"), Money.of("100.00", "GBP"),
                false, false, "UK-01", deadline, "handler.li", CLAIMED).claimedAt(CLAIMED);
    }

    @Test
    void theClockStopsOnceUpToThirtyFiveBusinessDaysPastTheEasterHolidays() {
        RulePack uk = RulePacks.shipped().inForce("UK", CLAIMED);
        AdvanceCompensation payout = proposed(uk);
        assertThat(payout.deadlineClock()).isEqualTo("appReimbursement");
        assertThat(uk.calendar().receivedOn(payout.deadline())).isEqualTo(LocalDate.of(2025, 3, 10));

        int upTo = uk.clock(payout.deadlineClock()).extensions().get(0).upTo();
        Deadline extended = uk.deadline(payout.deadlineClock(), payout.claimedAt(), upTo);
        assertThat(upTo).isEqualTo(35);
        assertThat(extended.dueDate()).as("35 business days, skipping Good Friday and Easter Monday").isEqualTo(LocalDate.of(2025, 4, 23));

        Instant before = payout.deadline();
        assertThat(payout.stopTheClock(extended.dueAt(), "approver.chen", "waiting for the receiving bank's answer")).isNull();
        assertThat(payout.deadline()).isEqualTo(extended.dueAt());
        assertThat(payout.originalDeadline()).isEqualTo(before);
        assertThat(payout.stopTheClock(extended.dueAt().plusSeconds(86_400), "approver.chen", "again")).contains("stopped already");

        payout.approve("bo.wang", extended.dueAt().minusSeconds(3600), false);
        payout.paid(extended.dueAt().minusSeconds(3600));
        assertThat(payout.timely()).as("paid within the stopped clock").isTrue();
    }

    @Test
    void aPaidOrRejectedPayoutsClockCannotBeStopped() {
        AdvanceCompensation payout = proposed(RulePacks.shipped().inForce("UK", CLAIMED));
        payout.reject("bo.wang", "duplicate");
        assertThat(payout.stopTheClock(payout.deadline().plusSeconds(86_400), "approver.chen", "late")).contains("rejected");
    }
}
