package bank.bonafide.benchmarks;

/**
 * What one timed wrk round measured.
 *
 * @param requests     responses received (any status)
 * @param seconds      the round's duration
 * @param p50Millis    median latency of the round
 * @param p95Millis    95th percentile latency of the round
 * @param failed       responses outside 2xx plus socket errors and time-outs
 * @param firstFailure status and start of the body of the first failed response, or empty
 */
public record LoadRound(long requests, double seconds, double p50Millis, double p95Millis, long failed, String firstFailure) {

    public double perSecond() {
        return requests / seconds;
    }
}
