package bank.bonafide.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Order statistics over repeated measurements: nearest-rank percentiles, never interpolated values nobody measured. */
public final class Figures {

    private Figures() {
    }

    /** The nearest-rank {@code percent} percentile (1..100) of {@code values}. */
    public static double percentile(List<Double> values, double percent) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public static double median(List<Double> values) {
        return percentile(values, 50);
    }
}
