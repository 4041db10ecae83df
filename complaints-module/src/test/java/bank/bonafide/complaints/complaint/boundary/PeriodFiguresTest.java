package bank.bonafide.complaints.complaint.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodFiguresTest {

    @Test
    void theNinetyFifthPercentileIsTheNearestRankNotTheMaximum() {
        List<Duration> hours = new ArrayList<>();
        for (int h = 1; h <= 100; h++) {
            hours.add(Duration.ofHours(h));
        }
        Collections.shuffle(hours, new java.util.Random(1));
        Duration[] figures = PeriodFigures.meanAndP95(hours);
        assertThat(figures[0]).isEqualTo(Duration.ofMinutes(50 * 60 + 30));
        assertThat(figures[1]).isEqualTo(Duration.ofHours(95));
    }

    @Test
    void oneCaseIsItsOwnPercentileAndNoCaseHasNone() {
        assertThat(PeriodFigures.meanAndP95(List.of(Duration.ofHours(7)))).containsExactly(Duration.ofHours(7), Duration.ofHours(7));
        assertThat(PeriodFigures.meanAndP95(List.of())).containsExactly(null, null);
    }

    @Test
    void timelinessIsAShareOfTheCasesClosedUnderTheClock() {
        assertThat(new PeriodFigures.ClockTimeliness("CN-CURRENT/complaintDecision", 3, 2).timelyPercent()).hasToString("66.7");
        assertThat(new PeriodFigures.ClockTimeliness("CN-CURRENT/complaintDecision", 0, 0).timelyPercent()).isNull();
    }
}
