package bank.bonafide.platform.outbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Outbox times are stored as UTC wall-clock values (DATETIME), the same convention Hibernate uses here. */
final class Timestamps {

    private Timestamps() {
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
