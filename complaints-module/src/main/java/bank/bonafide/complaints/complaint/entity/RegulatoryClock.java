package bank.bonafide.complaints.complaint.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The clock a regulator holds the bank to. It never pauses: the deadline is fixed when it starts.
 *
 * <p>Until rule packs arrive (issue 3) every complaint runs on CN-14's first period: 15 calendar days.
 */
@Embeddable
public class RegulatoryClock {

    /** CN-14: decide within 15 days of receipt. */
    public static final Duration CN_14_FIRST_PERIOD = Duration.ofDays(15);

    @Column(name = "clock_rule", nullable = false, length = 16)
    private String rule;

    @Column(name = "clock_started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "clock_deadline", nullable = false)
    private Instant deadline;

    protected RegulatoryClock() {
    }

    private RegulatoryClock(String rule, Instant startedAt, Instant deadline) {
        this.rule = rule;
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    public static RegulatoryClock startCn14(Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        return new RegulatoryClock("CN-14", receivedAt, receivedAt.plus(CN_14_FIRST_PERIOD));
    }

    public String rule() {
        return rule;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }
}
