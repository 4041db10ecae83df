package bank.bonafide.complaints.complaint.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeriodFiguresTest {

    @Test
    void theNinetyFifthPercentileIsTheNearestRankNotTheMaximum() {
        assertThat(PeriodFigures.p95Rank(100)).isEqualTo(95);
        assertThat(PeriodFigures.p95Rank(21)).as("19.95 rounds up").isEqualTo(20);
        assertThat(PeriodFigures.p95Rank(20)).isEqualTo(19);
    }

    @Test
    void oneCaseIsItsOwnPercentileAndNoCaseHasNone() {
        assertThat(PeriodFigures.p95Rank(1)).isEqualTo(1);
        assertThatThrownBy(() -> PeriodFigures.p95Rank(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timelinessIsAShareOfTheCasesClosedUnderTheClock() {
        assertThat(new PeriodFigures.ClockTimeliness("CN-CURRENT/complaintDecision", 3, 2).timelyPercent()).hasToString("66.7");
        assertThat(new PeriodFigures.ClockTimeliness("CN-CURRENT/complaintDecision", 0, 0).timelyPercent()).isNull();
    }
}
