package bank.bonafide.benchmarks;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * P4: the complaint clock sweep ({@code POST /channel-api/api/operations/complaint-clock-sweep}, the timer's own
 * sweep) with 100 cases due, first among 10,000 open cases, then among 1,000,000. Before each sweep the 100 are made
 * due again; each sweep must escalate exactly them. Target: the sweep at a million open cases at most twice as long
 * as at ten thousand, which only an index over what is due can give.
 */
public final class ClockSweepBenchmark {

    static final int DUE = 100;
    private final Bench bench;

    public ClockSweepBenchmark(Bench bench) {
        this.bench = bench;
    }

    public Outcome run() {
        long small = bench.smoke() ? 1_000 : 10_000;
        long large = bench.smoke() ? 10_000 : 1_000_000;
        int sweeps = Math.max(3, bench.rounds() + 2);
        sql("TRUNCATE TABLE complaints_complaint");
        addOpen(1, small, false);
        addOpen(small + 1, small + DUE, true);
        sql("ANALYZE TABLE complaints_complaint");
        String admin = bench.tokens().user("admin.sun");
        Rounds few = sweeps(admin, sweeps);
        addOpen(small + DUE + 1, large + DUE, false);
        sql("ANALYZE TABLE complaints_complaint");
        Rounds many = sweeps(bench.tokens().user("admin.sun"), sweeps);
        double ratio = many.medianLatency() / few.medianLatency();
        return new Outcome("P4", "clock sweep, " + DUE + " due among " + large + " open cases vs among " + small, many.medianLatency(),
                few.medianLatency(), "ms (median)", ratio, "<= 2 x with " + small + " open", ratio <= 2, 0,
                Json.createObjectBuilder().add("amongFew", few.json()).add("amongMany", many.json()).add("openFew", small)
                        .add("openMany", large).add("sweepsEach", sweeps).add("firstFailure", "").build());
    }

    /** One warm-up sweep, then {@code count} timed ones, each after making the same cases due again. */
    private Rounds sweeps(String adminToken, int count) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            sql("UPDATE complaints_complaint SET breach_escalated_at = NULL, service_breach_at = NULL, status = 'UNDER_INVESTIGATION' "
                    + "WHERE reference LIKE 'DUE-%'");
            long t0 = System.nanoTime();
            int escalated = sweep(adminToken);
            double took = (System.nanoTime() - t0) / 1e6;
            if (escalated != DUE) {
                throw new IllegalStateException("the sweep escalated " + escalated + " cases, not the " + DUE + " due");
            }
            if (i > 0) {
                millis.add(took);
            }
        }
        Rounds rounds = new Rounds();
        for (double m : millis) {
            rounds.add(new LoadRound(1, m / 1000, m, m, 0, ""));
        }
        return rounds;
    }

    private int sweep(String token) {
        String answer = bench.call("POST", "/channel-api/api/operations/complaint-clock-sweep", token);
        return Json.createReader(new StringReader(answer)).readObject().getInt("escalated");
    }

    /**
     * Open cases {@code first..last} under investigation, received within the last nine days (so neither deadline nor
     * service target has passed), or, when {@code due}, received twenty days ago: both passed.
     */
    private void addOpen(long first, long last, boolean due) {
        sql("INSERT INTO complaints_complaint (id, reference, customer_id, category, disputed_kind, disputed_reference, description, "
                + "status, received_at, clock_rule, clock_name, clock_pack_id, clock_pack_version, clock_started_at, clock_deadline, "
                + "sla_target_at, channel, owner_department, owner_person, assigned_to, version) "
                + "SELECT UUID(), CONCAT('" + (due ? "DUE-" : "OPEN-") + "', seq), CONCAT('C-', 1 + seq % 200000), 'SERVICE', 'ACCOUNT', "
                + "CONCAT('A-', seq), 'Generated open case for the clock sweep benchmark.', 'UNDER_INVESTIGATION', received, 'CN-15', "
                + "'complaintDecision', 'CN-CURRENT', 1, received, received + INTERVAL 15 DAY, received + INTERVAL 10 DAY, 'APP', "
                + "'Consumer Protection Department', 'Head of Consumer Protection', CONCAT('handler.', LPAD(1 + seq % 40, 2, '0')), 0 "
                + "FROM (SELECT seq, " + (due ? "NOW(6) - INTERVAL 20 DAY" : "NOW(6) - INTERVAL (seq % 777600) SECOND")
                + " AS received FROM seq_" + first + "_to_" + last + ") s");
    }

    private void sql(String statement) {
        bench.execute(statement);
    }
}
