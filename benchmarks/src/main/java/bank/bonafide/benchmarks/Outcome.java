package bank.bonafide.benchmarks;

import jakarta.json.JsonObject;

/**
 * One benchmark's verdict: the measured figure, the baseline it is compared with (measured in the same run), their
 * ratio and the target the ratio must meet.
 *
 * @param id        P1..P5
 * @param title     what was measured, in a few words
 * @param measured  the application's figure, in {@code unit}
 * @param baseline  the baseline's figure, in {@code unit}
 * @param unit      for example "ms" or "complaints/s"
 * @param ratio     measured / baseline
 * @param target    the rule, for example "ratio <= 1.3"
 * @param met       whether the ratio meets the target
 * @param errors    failed responses (any non-2xx, socket error or time-out); a benchmark with errors never counts as met
 * @param details   everything else measured, per round
 */
public record Outcome(String id, String title, double measured, double baseline, String unit, double ratio, String target,
                      boolean met, long errors, JsonObject details) {
}
