package bank.bonafide.benchmarks;

import jakarta.json.Json;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * P2: complaints filed through the API ({@code POST /channel-api/api/complaints}, a customer's token) by a fixed
 * number of clients at once, against {@link IntakeBaseline} inserting the same rows with plain JDBC at the same
 * concurrency. Rounds alternate between the two, and each waits until the outbox relay has delivered what the
 * previous one announced, so neither measures the other's leftovers. Target: the API's throughput at least 40% of
 * the baseline's.
 */
public final class ComplaintIntakeBenchmark {

    static final int CLIENTS = 8;
    private static final String BODY = "{\"category\":\"SERVICE\",\"itemKind\":\"ACCOUNT\",\"itemReference\":\"A-1001\","
            + "\"description\":\"The branch in Tianhe kept me waiting for two hours on 12 November and then closed the counter.\"}";
    private final Bench bench;

    public ComplaintIntakeBenchmark(Bench bench) {
        this.bench = bench;
    }

    public Outcome run() {
        Wrk payara = bench.bonafide();
        Tokens tokens = bench.tokens();
        payara.run(List.of(file(tokens)), CLIENTS, bench.warmupSeconds(), 0);
        Rounds warming = warmUntilSteady(payara, tokens);
        List<Double> drains = new ArrayList<>();
        drains.add(waitForOutbox());
        Rounds api = new Rounds();
        Rounds jdbc = new Rounds();
        try (IntakeBaseline baseline = new IntakeBaseline(bench)) {
            baseline.prepare(latestReference(tokens.user("alice")));
            baseline.run(CLIENTS, Math.max(1, bench.warmupSeconds() / 2));
            for (int r = 0; r < bench.rounds(); r++) {
                api.add(payara.run(List.of(file(tokens)), CLIENTS, bench.roundSeconds(), 0));
                drains.add(waitForOutbox());
                jdbc.add(baseline.run(CLIENTS, bench.roundSeconds()));
            }
        }
        // What the server's HTTP, token and JAX-RS path alone allow at this concurrency: an authenticated call that
        // reads no database. Intake cannot be faster than this, whatever the database does.
        Rounds ceiling = new Rounds();
        for (int r = 0; r < bench.rounds(); r++) {
            ceiling.add(payara.run(List.of(HttpCall.get("/channel-api/api/complaints/channels", tokens.user("alice"))), CLIENTS,
                    Math.max(2, bench.roundSeconds() / 2), 0));
        }
        double ratio = api.medianPerSecond() / jdbc.medianPerSecond();
        return new Outcome("P2", "complaint intake, " + CLIENTS + " clients at once", api.medianPerSecond(), jdbc.medianPerSecond(),
                "complaints/s", ratio, ">= 0.4 x plain JDBC", ratio >= 0.4 && api.failed() + ceiling.failed() == 0,
                api.failed() + ceiling.failed(),
                Json.createObjectBuilder().add("api", api.json()).add("jdbc", jdbc.json())
                        .add("authenticatedCallWithoutDatabase", ceiling.json())
                        .add("warmUpRoundsUntilSteady", warming.json())
                        .add("outboxDrainSecondsAfterEachApiRound", Json.createArrayBuilder(drains.stream().map(Rounds::round).toList()))
                        .add("firstFailure", api.failed() > 0 ? api.firstFailure() : ceiling.firstFailure()).build());
    }

    /**
     * Intake warms up slower than the other paths (JPA, JSON-B, the outbox relay and the JIT all compete for two
     * cores): 60 s of warm-up still left rounds climbing from 207 to 420 per second. So after the fixed warm-up, 10 s
     * rounds go on until two in a row differ by less than 10%, at most 24 of them (4 minutes); the smoke run skips
     * this. The rounds are kept in the results so a reader sees how long warming took.
     */
    private Rounds warmUntilSteady(Wrk payara, Tokens tokens) {
        Rounds warming = new Rounds();
        if (bench.smoke()) {
            return warming;
        }
        double previous = -1;
        for (int i = 0; i < 24; i++) {
            LoadRound round = payara.run(List.of(file(tokens)), CLIENTS, 10, 0);
            warming.add(round);
            double now = round.perSecond();
            if (previous > 0 && Math.abs(now - previous) < 0.1 * previous) {
                break;
            }
            previous = now;
        }
        return warming;
    }

    /**
     * Filing as alice with a token fetched now: a token lives five minutes, and warming up plus the rounds take longer
     * (one token for the whole of P2 measured 401s for its last rounds).
     */
    private static HttpCall file(Tokens tokens) {
        return HttpCall.postJson("/channel-api/api/complaints", tokens.user("alice"), BODY);
    }

    /**
     * Seconds until every outbox event is delivered or has failed once (a failing observer retries for minutes). The
     * backlog of a round may take minutes; the relay is given up on only when it has stopped making progress.
     */
    private double waitForOutbox() {
        long start = System.nanoTime();
        long lastProgress = start;
        long fewest = Long.MAX_VALUE;
        try (Connection c = bench.connect();
             Statement s = c.createStatement()) {
            while (true) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM platform_outbox_event WHERE delivered_at IS NULL AND last_error IS NULL")) {
                    rs.next();
                    long waiting = rs.getLong(1);
                    if (waiting == 0) {
                        return (System.nanoTime() - start) / 1e9;
                    }
                    if (waiting < fewest) {
                        fewest = waiting;
                        lastProgress = System.nanoTime();
                    }
                }
                if (System.nanoTime() - lastProgress > 60_000_000_000L) {
                    throw new IllegalStateException("the outbox relay made no progress for a minute, " + fewest + " events waiting");
                }
                Thread.sleep(250);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The reference of the customer's newest complaint, as the API lists it. */
    private String latestReference(String token) {
        return Json.createReader(new StringReader(bench.call("GET", "/channel-api/api/complaints", token))).readArray()
                .getJsonObject(0).getString("reference");
    }
}
