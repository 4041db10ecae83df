package bank.bonafide.complaints.complaint.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ComplaintLifecycleTest {

    @Test
    void aCaseMovesOnlyAlongItsLifecycle() {
        assertThat(ComplaintStatus.RECEIVED.canMoveTo(ComplaintStatus.ACKNOWLEDGED)).isTrue();
        assertThat(ComplaintStatus.RECEIVED.canMoveTo(ComplaintStatus.DECIDED)).as("nobody decides unseen cases").isFalse();
        assertThat(ComplaintStatus.UNDER_INVESTIGATION.canMoveTo(ComplaintStatus.CLOSED)).as("closing needs a decision").isFalse();
        assertThat(ComplaintStatus.DECIDED.canMoveTo(ComplaintStatus.CLOSED)).isTrue();
        assertThat(ComplaintStatus.CLOSED.next()).containsExactly(ComplaintStatus.REOPENED);
        for (ComplaintStatus s : ComplaintStatus.values()) {
            assertThat(s.canMoveTo(s)).as(s + " to itself is no move").isFalse();
            assertThat(s.next()).as(s + " leads somewhere").isNotEmpty();
        }
    }

    @Test
    void theServiceClockPausesWhileWaitingOnTheCustomerAndAccumulates() {
        Instant received = Instant.parse("2026-11-02T01:00:00Z");
        ServiceClock clock = ServiceClock.start(received, Duration.ofDays(10));
        assertThat(clock.targetAt(received)).isEqualTo(Instant.parse("2026-11-12T01:00:00Z"));
        clock.pause(Instant.parse("2026-11-03T01:00:00Z"));
        clock.pause(Instant.parse("2026-11-03T05:00:00Z"));
        assertThat(clock.paused()).isTrue();
        assertThat(clock.targetAt(Instant.parse("2026-11-04T01:00:00Z"))).as("a running pause counts up to now")
                .isEqualTo(Instant.parse("2026-11-13T01:00:00Z"));
        assertThat(clock.resume(Instant.parse("2026-11-05T01:00:00Z"))).isEqualTo(Duration.ofDays(2));
        clock.pause(Instant.parse("2026-11-06T01:00:00Z"));
        clock.resume(Instant.parse("2026-11-06T13:00:00Z"));
        assertThat(clock.pausedTotal(Instant.parse("2026-11-07T00:00:00Z"))).isEqualTo(Duration.ofHours(60));
        assertThat(clock.targetAt(Instant.parse("2026-11-07T00:00:00Z"))).isEqualTo(Instant.parse("2026-11-14T13:00:00Z"));
        assertThat(clock.resume(Instant.parse("2026-11-08T00:00:00Z"))).as("resuming a running clock changes nothing").isZero();
    }

    @Test
    void theAllowedMovesCannotBeChangedFromOutside() {
        ComplaintStatus.RECEIVED.next().add(ComplaintStatus.CLOSED);
        assertThat(ComplaintStatus.RECEIVED.canMoveTo(ComplaintStatus.CLOSED)).isFalse();
    }
}
