package bank.bonafide.reliability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import bank.bonafide.reliability.ApiCaller.Answer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * R2: the database stops for 10 seconds under load. While it is away every request fails fast with a 503
 * problem+json that says to come back ({@code Retry-After}) and shows no internals; no 500. When it is back, the
 * system serves again by itself (no redeploy, no restart) within {@value #RECOVERY_LIMIT_SECONDS} seconds, and every
 * complaint it accepted, before or after, is there.
 */
final class DatabaseOutageDrill {

    static final int RECOVERY_LIMIT_SECONDS = 30;
    /** A 503 must come at least this fast: the pool waits 5 s at most for a connection. */
    static final long FAIL_FAST_MILLIS = 6_000;
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]|java\\.|jakarta\\.|org\\.hibernate|com\\.mysql|SQL|Payara|GlassFish", Pattern.CASE_INSENSITIVE);

    private final Suite suite;
    private final ApiCaller api;

    DatabaseOutageDrill(Suite suite) {
        this.suite = suite;
        this.api = new ApiCaller(suite);
    }

    Verdict run() throws InterruptedException {
        String alice = suite.tokens().user("alice");
        int workers = suite.small() ? 4 : 12;
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            pool.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    boolean file = (i + worker) % 2 == 0;
                    Answer answer = file ? api.send(alice, "POST", "complaints", complaint(worker, i)) : api.send(alice, "GET", "complaints", null);
                    answers.add(answer);
                    if (file && answer.status() == 201) {
                        accepted.add(reference(answer.body()));
                    }
                }
            });
        }

        Thread.sleep(suite.small() ? 3_000 : 10_000);
        long stopAsked = System.nanoTime();
        suite.stopDatabase();
        long stopped = System.nanoTime();
        Thread.sleep(10_000);
        suite.startDatabase();
        long back = System.nanoTime();
        long recovered = awaitRecovery(answers, back);
        Thread.sleep(suite.small() ? 3_000 : 10_000);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);

        List<Answer> all;
        synchronized (answers) {
            all = List.copyOf(answers);
        }
        List<String> failures = new ArrayList<>();
        long unavailable = all.stream().filter(a -> a.status() == 503).count();
        List<Answer> otherFailures = all.stream().filter(a -> a.status() / 100 != 2 && a.status() != 503).toList();
        if (!otherFailures.isEmpty()) {
            failures.add(otherFailures.size() + " answers neither 2xx nor 503, e.g. " + otherFailures.get(0).describe());
        }
        List<Answer> badUnavailable = all.stream().filter(a -> a.status() == 503).filter(a ->
                !"application/problem+json".equals(a.contentType()) || a.retryAfter() == null || INTERNALS.matcher(a.body()).find()).toList();
        if (!badUnavailable.isEmpty()) {
            failures.add(badUnavailable.size() + " 503 answers without problem+json, Retry-After or with internals, e.g. "
                    + badUnavailable.get(0).describe());
        }
        if (unavailable == 0) {
            failures.add("no request was answered 503 while the database was stopped: was it stopped?");
        }
        long slowest = all.stream().filter(a -> a.status() == 503).mapToLong(Answer::millis).max().orElse(0);
        if (slowest > FAIL_FAST_MILLIS) {
            failures.add("a 503 took " + slowest + " ms (fail fast: at most " + FAIL_FAST_MILLIS + " ms)");
        }
        if (recovered < 0) {
            failures.add("not serving again " + RECOVERY_LIMIT_SECONDS + " s after the database was back");
        }
        long lost = accepted.stream().filter(reference -> api.send(alice, "GET", "complaints/" + reference, null).status() != 200).count();
        if (lost > 0) {
            failures.add(lost + " accepted complaints not found afterwards");
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("requests", all.size());
        figures.put("2xx", all.stream().filter(a -> a.status() / 100 == 2).count());
        figures.put("503 problem+json", unavailable - badUnavailable.size());
        figures.put("other failures", otherFailures.size() + badUnavailable.size());
        figures.put("slowest 503 (ms)", slowest);
        figures.put("database stop took (s)", seconds(stopped - stopAsked));
        figures.put("serving again after (s)", recovered < 0 ? "never" : seconds(recovered - back));
        figures.put("complaints accepted", accepted.size());
        figures.put("lost", lost);
        return new Verdict("R2", "database outage of 10 s under load", figures, failures);
    }

    /** The moment (nanos) of the first 2xx sent after the database was back, or -1 if none came within the limit. */
    private long awaitRecovery(List<Answer> answers, long back) throws InterruptedException {
        long deadline = back + TimeUnit.SECONDS.toNanos(RECOVERY_LIMIT_SECONDS);
        while (System.nanoTime() < deadline) {
            synchronized (answers) {
                for (Answer a : answers) {
                    if (a.sentAtNanos() >= back && a.status() / 100 == 2) {
                        return a.sentAtNanos() + TimeUnit.MILLISECONDS.toNanos(a.millis());
                    }
                }
            }
            Thread.sleep(200);
        }
        return -1;
    }

    private static String complaint(int worker, int i) {
        return "{\"category\":\"SERVICE\",\"itemKind\":\"ACCOUNT\",\"itemReference\":\"A-1001\","
                + "\"description\":\"Reliability R2: the queue at the counter was long (" + worker + "-" + i + ").\"}";
    }

    private static String reference(String body) {
        JsonObject filed = Json.createReader(new StringReader(body)).readObject();
        return filed.getString("reference");
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
