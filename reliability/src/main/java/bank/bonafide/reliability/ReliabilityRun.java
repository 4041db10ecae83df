package bank.bonafide.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the drills against the system scripts/reliability.sh started, prints each one's figures and failures, writes
 * them to {@code results.md}, and exits 1 if any drill failed (2 on wrong arguments).
 *
 * <p>Arguments: {@code --short} for the test command's version, {@code --only R2,...} for some drills.
 */
public final class ReliabilityRun {

    /** The drills in the order they run; each gets a fresh look at the system the previous one left. */
    private interface Drill {
        Verdict run(Suite suite) throws Exception;
    }

    private static final Map<String, Drill> DRILLS = new LinkedHashMap<>();

    static {
        DRILLS.put("R1", suite -> new CrashDrill(suite).run());
        DRILLS.put("R2", suite -> new DatabaseOutageDrill(suite).run());
        DRILLS.put("R3", suite -> new HostileInputDrill(suite).run());
        DRILLS.put("R4", suite -> new AuthorizationMatrixDrill(suite).run());
        DRILLS.put("R5", suite -> new TamperingDrill(suite).run());
        DRILLS.put("R6", suite -> new RevocationDrill(suite).run());
        DRILLS.put("R8", suite -> new TwoInstanceDrill(suite).run());
        // Last: the logs it scans then hold what every other drill made happen.
        DRILLS.put("R7", suite -> new DataAtRestDrill(suite).run());
    }

    private ReliabilityRun() {
    }

    public static void main(String[] args) throws IOException {
        List<String> arguments = Arrays.asList(args);
        boolean small = arguments.contains("--short");
        Set<String> only = DRILLS.keySet();
        int at = arguments.indexOf("--only");
        if (at >= 0) {
            if (at + 1 >= arguments.size()) {
                System.err.println("--only needs a list such as R2");
                System.exit(2);
            }
            only = Arrays.stream(arguments.get(at + 1).split(",")).map(String::trim).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            List<String> unknown = only.stream().filter(id -> !DRILLS.containsKey(id)).toList();
            if (!unknown.isEmpty()) {
                System.err.println("no such drill: " + unknown + "; there are " + DRILLS.keySet());
                System.exit(2);
            }
        }
        Suite suite = Suite.fromEnvironment(small);
        List<Verdict> verdicts = new ArrayList<>();
        for (Map.Entry<String, Drill> drill : DRILLS.entrySet()) {
            if (!only.contains(drill.getKey())) {
                continue;
            }
            log(drill.getKey() + " running");
            Verdict verdict;
            try {
                verdict = drill.getValue().run(suite);
            } catch (Exception | AssertionError e) {
                // A drill that could not finish has not shown anything: that is a failure, with the reason.
                verdict = new Verdict(drill.getKey(), "did not finish", Map.of(), List.of(e.toString()));
            }
            verdicts.add(verdict);
            print(verdict);
        }
        Path report = Path.of(System.getenv().getOrDefault("RELIABILITY_REPORT_DIR", "reliability/target/results"));
        Files.createDirectories(report);
        Files.writeString(report.resolve("results.md"), markdown(verdicts, small));
        long failed = verdicts.stream().filter(v -> !v.passed()).count();
        log(verdicts.size() + " drills, " + failed + " failed; figures in " + report.resolve("results.md"));
        System.exit(failed == 0 ? 0 : 1);
    }

    private static void print(Verdict v) {
        log(v.id() + " " + v.title() + ": " + (v.passed() ? "PASSED" : "FAILED"));
        v.figures().forEach((name, value) -> System.out.println("    " + name + ": " + value));
        v.failures().forEach(f -> System.out.println("    FAILURE " + f));
    }

    private static String markdown(List<Verdict> verdicts, boolean small) {
        StringBuilder md = new StringBuilder("# Reliability suite").append(small ? " (short)" : "").append(", ").append(Instant.now()).append("\n\n");
        for (Verdict v : verdicts) {
            md.append("## ").append(v.id()).append(' ').append(v.title()).append(": ").append(v.passed() ? "passed" : "**failed**").append("\n\n");
            v.figures().forEach((name, value) -> md.append("- ").append(name).append(": ").append(value).append('\n'));
            v.failures().forEach(f -> md.append("- failure: ").append(f).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private static void log(String message) {
        System.out.println("[reliability] " + java.time.LocalTime.now().withNano(0) + " " + message);
    }
}
