package bank.bonafide.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void percentilesAreValuesThatWereMeasuredNearestRank() {
        List<Double> values = List.of(9.0, 1.0, 5.0, 3.0, 7.0);
        assertThat(Figures.median(values)).isEqualTo(5.0);
        assertThat(Figures.percentile(values, 95)).isEqualTo(9.0);
        assertThat(Figures.percentile(values, 20)).isEqualTo(1.0);
        assertThat(Figures.median(List.of(2.0, 4.0))).as("no interpolation between two rounds").isEqualTo(2.0);
    }

    @Test
    void thereIsNoMedianOfNothing() {
        assertThatThrownBy(() -> Figures.median(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figures.percentile(List.of(1.0), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
