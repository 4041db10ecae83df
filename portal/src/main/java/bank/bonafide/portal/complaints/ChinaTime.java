package bank.bonafide.portal.complaints;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the bank's customers read them: China Standard Time, to the minute or to the day. */
final class ChinaTime {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(SHANGHAI);

    private ChinaTime() {
    }

    static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }
}
