package bank.bonafide.complaints.complaint.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * The bank's own target for a complaint, unlike the regulatory clock, may pause while the bank waits on the
 * customer. The time paused is accumulated and pushes the target out; the regulatory deadline never moves
 * for it.
 */
@Embeddable
public class ServiceClock {

    @Column(name = "sla_target_at")
    private Instant targetAt;

    @Column(name = "sla_paused_since")
    private Instant pausedSince;

    @Column(name = "sla_paused_seconds", nullable = false)
    private long pausedSeconds;

    protected ServiceClock() {
    }

    public static ServiceClock start(Instant receivedAt, Duration target) {
        ServiceClock clock = new ServiceClock();
        clock.targetAt = receivedAt.plus(target);
        return clock;
    }

    public void pause(Instant at) {
        if (pausedSince == null) {
            pausedSince = at;
        }
    }

    /** Resumes and moves the target out by the time paused. Returns the pause just ended. */
    public Duration resume(Instant at) {
        if (pausedSince == null) {
            return Duration.ZERO;
        }
        Duration paused = Duration.between(pausedSince, at);
        pausedSeconds += paused.toSeconds();
        targetAt = targetAt.plus(paused);
        pausedSince = null;
        return paused;
    }

    public boolean paused() {
        return pausedSince != null;
    }

    /** The target as it stands, counting a pause still running up to {@code now}. */
    public Instant targetAt(Instant now) {
        return pausedSince == null ? targetAt : targetAt.plus(Duration.between(pausedSince, now));
    }

    public Duration pausedTotal(Instant now) {
        return Duration.ofSeconds(pausedSeconds).plus(pausedSince == null ? Duration.ZERO : Duration.between(pausedSince, now));
    }
}
