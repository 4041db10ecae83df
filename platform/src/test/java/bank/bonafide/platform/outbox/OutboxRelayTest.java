package bank.bonafide.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    @Test
    void backoffDoublesFromOneSecondAndStopsAtFiveMinutes() {
        assertThat(OutboxRelay.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(OutboxRelay.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxRelay.backoff(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(OutboxRelay.backoff(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(OutboxRelay.backoff(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutboxRelay.backoff(10_000)).isEqualTo(Duration.ofMinutes(5));
    }
}
