package bank.bonafide.reliability;

import bank.bonafide.reliability.ApiCaller.Answer;
import jakarta.json.Json;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * R1: Payara Server is killed (SIGKILL) while customers submit complaints that deny authorship, each of which opens
 * a liability assessment in another context through the outbox. After a restart: every complaint that was answered
 * 2xx exists; every outbox event is delivered; and every complaint that exists, acknowledged or not, has exactly one
 * assessment (its effect happened once, neither lost with the crash nor repeated by the redelivery).
 */
final class CrashDrill {

    /** How long the outbox may take to deliver the backlog after the restart. */
    static final int DELIVERY_LIMIT_SECONDS = 300;
    private static final String MARK = "Reliability R1";

    private final Suite suite;
    private final ApiCaller api;

    CrashDrill(Suite suite) {
        this.suite = suite;
        this.api = new ApiCaller(suite);
    }

    Verdict run() throws Exception {
        int submissions = suite.small() ? 300 : 1_000;
        int clients = 20;
        String alice = suite.tokens().user("alice");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        List<Answer> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < submissions; n = next.getAndIncrement()) {
                    Answer answer = api.send(alice, "POST", "complaints", complaint(n));
                    if (answer.status() == 201) {
                        acknowledged.add(reference(answer.body()));
                    } else {
                        failures.add(answer);
                    }
                    answered.incrementAndGet();
                }
            });
        }
        // The crash comes in the middle of the stream, with requests in every stage of their life.
        while (answered.get() < submissions * 2 / 5) {
            Thread.sleep(20);
        }
        long killedAt = System.nanoTime();
        suite.killServer();
        int acknowledgedBeforeCrash = acknowledged.size();
        pool.shutdown();
        pool.awaitTermination(120, TimeUnit.SECONDS);

        suite.startServer();
        long serving = awaitServing(alice);
        double restartSeconds = (serving - killedAt) / 1e9;
        long undelivered = awaitDelivered();

        List<String> problems = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        try (Connection db = suite.database()) {
            FiledComplaints filed = new FiledComplaints(db, MARK);
            long missing = filed.notStored(acknowledged);
            long stored = filed.stored();
            long withoutAssessment = filed.withoutAssessment();
            long repeated = filed.withRepeatedAssessment();
            figures.put("submitted", submissions);
            figures.put("answered 201", acknowledged.size());
            figures.put("answered 201 before the kill", acknowledgedBeforeCrash);
            figures.put("not accepted (server down, refused)", failures.size());
            figures.put("complaints stored", stored);
            figures.put("serving again after kill (s)", String.format(java.util.Locale.ROOT, "%.1f", restartSeconds));
            figures.put("events undelivered " + DELIVERY_LIMIT_SECONDS + " s after restart", undelivered);
            figures.put("lost (201 but not stored)", missing);
            figures.put("effects missing", withoutAssessment);
            figures.put("effects repeated", repeated);
            if (missing > 0) {
                problems.add(missing + " complaints answered 201 are not stored");
            }
            if (undelivered > 0) {
                problems.add(undelivered + " outbox events still undelivered " + DELIVERY_LIMIT_SECONDS + " s after the restart");
            }
            if (withoutAssessment > 0 || repeated > 0) {
                problems.add(withoutAssessment + " stored complaints without their assessment, " + repeated + " with more than one");
            }
            if (stored < acknowledged.size()) {
                problems.add("fewer complaints stored (" + stored + ") than acknowledged (" + acknowledged.size() + ")");
            }
        }
        List<Answer> unexpected = failures.stream().filter(a -> a.status() >= 0 && a.status() != 503).toList();
        if (!unexpected.isEmpty()) {
            problems.add(unexpected.size() + " answers other than 201, 503 or no connection, e.g. " + unexpected.get(0).describe());
        }
        if (acknowledgedBeforeCrash == 0 || failures.isEmpty()) {
            problems.add("the kill did not fall inside the stream (" + acknowledgedBeforeCrash + " acknowledged before, "
                    + failures.size() + " refused)");
        }
        return new Verdict("R1", "Payara killed (SIGKILL) during " + submissions + " concurrent complaint submissions", figures, problems);
    }

    /** When the restarted server first filed nothing but answered a customer's list (nanos). */
    private long awaitServing(String token) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (api.send(token, "GET", "complaints/channels", null).ok()) {
                return System.nanoTime();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara was not serving 300 s after the restart");
    }

    /** Undelivered outbox events once all are delivered or the limit has passed. */
    private long awaitDelivered() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DELIVERY_LIMIT_SECONDS);
        try (Connection db = suite.database()) {
            while (true) {
                long undelivered = FiledComplaints.count(db, "SELECT COUNT(*) FROM platform_outbox_event WHERE delivered_at IS NULL");
                if (undelivered == 0 || System.nanoTime() > deadline) {
                    return undelivered;
                }
                Thread.sleep(500);
            }
        }
    }

    private static String complaint(int n) {
        return "{\"category\":\"UNAUTHORIZED_TRANSACTION\",\"itemKind\":\"PAYMENT\",\"itemReference\":\"PAY-R1-" + n + "\","
                + "\"description\":\"" + MARK + ": a payment I never made (" + n + ").\"}";
    }

    private static String reference(String body) {
        return Json.createReader(new StringReader(body)).readObject().getString("reference");
    }
}
