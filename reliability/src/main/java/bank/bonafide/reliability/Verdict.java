package bank.bonafide.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one drill found: its figures in the order they are printed, and the failures (empty when it passed). A
 * failure names the expectation and an example, never just "false".
 */
public record Verdict(String id, String title, Map<String, Object> figures, List<String> failures) {

    public Verdict {
        figures = new LinkedHashMap<>(figures);
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
