package bank.bonafide.complaints.complaint.entity;

import bank.bonafide.platform.rules.Deadline;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * The clock a regulator holds the bank to. It never pauses: the deadline is fixed when it starts, from
 * the rule pack in force at receipt, and the pack id and version are kept so the deadline can be
 * explained later even after the pack changed.
 */
@Embeddable
public class RegulatoryClock {

    @Column(name = "clock_rule", nullable = false, length = 16)
    private String rule;

    /** The pack's name for the clock ({@code complaintDecision}, {@code complaintReply}...), for extensions. */
    @Column(name = "clock_name", nullable = false, length = 40)
    private String name;

    @Column(name = "clock_pack_id", length = 32)
    private String packId;

    @Column(name = "clock_pack_version")
    private Integer packVersion;

    @Column(name = "clock_provisional", nullable = false)
    private boolean provisional;

    @Column(name = "clock_started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "clock_deadline", nullable = false)
    private Instant deadline;

    protected RegulatoryClock() {
    }

    private RegulatoryClock(String rule, String name, String packId, int packVersion, boolean provisional, Instant startedAt,
                            Instant deadline) {
        this.rule = rule;
        this.name = name;
        this.provisional = provisional;
        this.packId = packId;
        this.packVersion = packVersion;
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    public static RegulatoryClock start(Instant receivedAt, Deadline deadline) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        return new RegulatoryClock(deadline.source(), deadline.clock(), deadline.packId(), deadline.packVersion(), deadline.provisional(),
                receivedAt, deadline.dueAt());
    }

    /**
     * An approved extension: the later deadline of the same clock, from the same trigger. Never earlier than
     * the deadline already promised.
     */
    public void extendTo(Deadline extended) {
        if (extended.dueAt().isAfter(deadline)) {
            deadline = extended.dueAt();
            provisional = extended.provisional();
        }
    }

    public String name() {
        return name;
    }

    public String rule() {
        return rule;
    }

    public String packId() {
        return packId;
    }

    public Integer packVersion() {
        return packVersion;
    }

    /** The deadline is the earliest possible one because the pack lacked a year's holiday schedule. */
    public boolean provisional() {
        return provisional;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }
}
