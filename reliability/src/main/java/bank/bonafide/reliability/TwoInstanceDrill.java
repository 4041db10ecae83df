package bank.bonafide.reliability;

import bank.bonafide.reliability.ApiCaller.Answer;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * R8: a second Payara Server (domain2, ports 9100 and up) with the same EAR on the same database, beside the first.
 * Both relay the outbox and run the timers. Three things happen at once on both servers:
 * <ol>
 *   <li>customers file complaints that deny authorship through either server, while the complaint clock sweep is set
 *   off on both at the same moment over cases made due for it: every 201 is stored, every event is delivered once
 *   (both servers deliver, neither repeats the other's effect: one liability assessment per complaint), every due case
 *   escalated once;</li>
 *   <li>two members of staff, one on each server, press "propose payout" for the same loss at the same moment: one
 *   waiting payout per loss;</li>
 *   <li>two checkers, one on each server, approve that payout at the same moment: it is paid once, with one journal in
 *   the fund's ledger.</li>
 * </ol>
 * No answer may be a 5xx. The second server is stopped afterwards; its logs stay for R7's scan.
 */
final class TwoInstanceDrill {

    static final int PORT_BASE = 9100;
    private static final String SECOND_URL = "http://127.0.0.1:" + (PORT_BASE + 80);
    private static final String MARK = "Reliability R8";
    private static final String PASSWORD_SUFFIX = "-demo";

    private final Suite suite;

    TwoInstanceDrill(Suite suite) {
        this.suite = suite;
    }

    Verdict run() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Timestamp started = outboxHighWater();
        long serverStart = System.nanoTime();
        SecondServer second = new SecondServer(suite.payaraHome());
        KeycloakAdmin keycloak = new KeycloakAdmin(suite.realmUrl());
        List<String> redirects = null;
        try {
            second.start();
            figures.put("second server up with the EAR after (s)", seconds(serverStart));
            redirects = keycloak.allowRedirect("bonafide-backoffice", SECOND_URL + "/backoffice/*");
            Suite other = suite.at(SECOND_URL);
            intake(suite, other, started, figures, problems);
            List<String> losses = payoutRace(suite, other, figures, problems);
            approvalRace(suite, other, losses, figures, problems);
        } finally {
            if (redirects != null) {
                keycloak.setRedirects("bonafide-backoffice", redirects);
            }
            second.stop();
        }
        return new Verdict("R8", "two Payara servers on one database: outbox, timers and staff at once", figures, problems);
    }

    /** Part 1: complaints through both servers, both relays delivering, clock sweeps set off on both at once. */
    private void intake(Suite first, Suite second, Timestamp started, Map<String, Object> figures, List<String> problems) throws Exception {
        int submissions = suite.small() ? 300 : 1_000;
        int clients = 20;
        ApiCaller[] servers = {new ApiCaller(first), new ApiCaller(second)};
        String alice = suite.tokens().user("alice");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger[] acknowledgedBy = {new AtomicInteger(), new AtomicInteger()};
        List<Answer> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < submissions; n = next.getAndIncrement()) {
                    Answer answer = servers[n % 2].send(alice, "POST", "complaints", complaint(n));
                    if (answer.status() == 201) {
                        acknowledged.add(field(answer.body(), "reference"));
                        acknowledgedBy[n % 2].incrementAndGet();
                    } else {
                        refused.add(answer);
                    }
                }
            });
        }
        // While the complaints arrive: cases made due, then the sweep on both servers at the same moment, a few times.
        int sweepRounds = 5;
        int madeDue = 0;
        int escalatedByAnswers = 0;
        List<Answer> sweepFailures = new ArrayList<>();
        String admin = suite.tokens().user("admin.sun");
        for (int round = 0; round < sweepRounds; round++) {
            Thread.sleep(1_000);
            madeDue += makeDue(3);
            List<Answer> both = atOnce(List.<Callable<Answer>>of(
                    () -> servers[0].send(admin, "POST", "operations/complaint-clock-sweep", null),
                    () -> servers[1].send(admin, "POST", "operations/complaint-clock-sweep", null)));
            for (Answer a : both) {
                if (a.ok()) {
                    escalatedByAnswers += Json.createReader(new StringReader(a.body())).readObject().getInt("escalated");
                } else {
                    sweepFailures.add(a);
                }
            }
        }
        pool.shutdown();
        if (!pool.awaitTermination(600, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            problems.add("the submissions did not finish within 600 s");
        }
        long undelivered = awaitDelivered(started);
        try (Connection db = suite.database()) {
            FiledComplaints filed = new FiledComplaints(db, MARK);
            long stored = filed.stored();
            long missing = filed.notStored(acknowledged);
            long withoutAssessment = filed.withoutAssessment();
            long repeated = filed.withRepeatedAssessment();
            Map<String, Long> deliveredBy = new LinkedHashMap<>();
            try (PreparedStatement q = db.prepareStatement("SELECT claimed_by, COUNT(*) FROM platform_outbox_event "
                    + "WHERE recorded_at > ? AND delivered_at IS NOT NULL GROUP BY claimed_by")) {
                q.setTimestamp(1, started);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String by = rs.getString(1) == null ? "(unclaimed)" : rs.getString(1).replaceAll("@.*", "");
                        deliveredBy.merge(by, rs.getLong(2), Long::sum);
                    }
                }
            }
            long retried = countSince(db, "SELECT COUNT(*) FROM platform_outbox_event WHERE recorded_at > ? AND attempts > 0", started);
            long escalatedTwice = FiledComplaints.count(db, "SELECT COUNT(*) FROM (SELECT t.complaint_id FROM complaints_timeline_entry t "
                    + "JOIN complaints_complaint c ON c.id = t.complaint_id WHERE c.description LIKE '" + MARK
                    + "%' AND t.kind = 'BREACH_ESCALATED' GROUP BY t.complaint_id HAVING COUNT(*) > 1) d");
            long dueLeft = FiledComplaints.count(db, "SELECT COUNT(*) FROM complaints_complaint WHERE description LIKE '" + MARK
                    + "%' AND clock_deadline < UTC_TIMESTAMP() AND breach_escalated_at IS NULL AND decided_at IS NULL");
            figures.put("complaints submitted (half to each server)", submissions);
            figures.put("answered 201 by server 1 / server 2", acknowledgedBy[0].get() + " / " + acknowledgedBy[1].get());
            figures.put("complaints stored", stored);
            figures.put("lost (201 but not stored)", missing);
            figures.put("events delivered, by server", deliveredBy.toString());
            figures.put("events undelivered after 300 s", undelivered);
            figures.put("events that needed a retry", retried);
            figures.put("effects missing / repeated", withoutAssessment + " / " + repeated);
            figures.put("clock sweeps on both servers at once", sweepRounds + " x 2");
            figures.put("cases made due / escalated (answers) / escalated twice / left due", madeDue + " / " + escalatedByAnswers
                    + " / " + escalatedTwice + " / " + dueLeft);
            if (missing > 0) {
                problems.add(missing + " complaints answered 201 are not stored");
            }
            if (undelivered > 0) {
                problems.add(undelivered + " outbox events still undelivered 300 s after the load");
            }
            if (withoutAssessment > 0 || repeated > 0) {
                problems.add(withoutAssessment + " complaints without their assessment, " + repeated + " with more than one");
            }
            if (deliveredBy.keySet().stream().filter(k -> k.startsWith("domain")).count() < 2) {
                problems.add("the events were not delivered by both servers: " + deliveredBy);
            }
            // The answers may count more than were made due (demo cases due already, the timers may have taken some):
            // what must hold is that no case was escalated twice and none was left due.
            if (escalatedTwice > 0 || dueLeft > 0) {
                problems.add(madeDue + " cases made due, " + escalatedByAnswers + " escalations answered, " + escalatedTwice
                        + " escalated twice, " + dueLeft + " left due");
            }
        }
        List<Answer> unexpected = refused.stream().filter(a -> a.status() >= 500 || a.status() < 0).toList();
        figures.put("complaint answers other than 201", refused.size());
        if (!refused.isEmpty()) {
            problems.add(refused.size() + " complaints not accepted, e.g. " + refused.get(0).describe());
        }
        if (!sweepFailures.isEmpty()) {
            problems.add(sweepFailures.size() + " clock sweeps failed, e.g. " + sweepFailures.get(0).describe());
        }
        if (!unexpected.isEmpty()) {
            problems.add(unexpected.size() + " 5xx or unanswered complaint submissions");
        }
    }

    /**
     * Part 2: for some of the complaints just filed (their assessment has read the evidence), handler.li on server 1 and
     * bo.wang on server 2 propose the payout at the same moment. Returns the complaints that got their one payout.
     */
    private List<String> payoutRace(Suite first, Suite second, Map<String, Object> figures, List<String> problems) throws Exception {
        int races = suite.small() ? 3 : 10;
        List<String[]> losses = new ArrayList<>();
        try (Connection db = suite.database();
             Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT c.reference, c.id FROM complaints_complaint c JOIN compensation_liability_assessment a "
                     + "ON a.complaint_id = c.id WHERE c.description LIKE '" + MARK + "%' AND a.finding IS NOT NULL "
                     + "AND c.status <> 'CLOSED' AND NOT EXISTS (SELECT 1 FROM compensation_payout p WHERE p.complaint_id = c.id) "
                     + "ORDER BY c.reference LIMIT " + races)) {
            while (rs.next()) {
                losses.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        if (losses.size() < races) {
            problems.add("only " + losses.size() + " of the R8 complaints had an assessment that read the evidence, " + races + " wanted");
        }
        WebSession handler = signedIn(first, "handler.li");
        WebSession backOffice = signedIn(second, "bo.wang");
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<String> paid = new ArrayList<>();
        long twice = 0;
        long none = 0;
        for (String[] loss : losses) {
            String path = "/backoffice/complaint.xhtml?ref=" + loss[0];
            Map<String, String> fields = Map.of("loss", "800.00", "costs", "");
            WebSession.PreparedPost one = handler.prepare(first.bonafideUrl() + path, "payout", fields, "propose");
            WebSession.PreparedPost other = backOffice.prepare(second.bonafideUrl() + path, "payout", fields, "propose");
            for (HttpResponse<String> answer : atOnce(List.<Callable<HttpResponse<String>>>of(() -> handler.send(one), () -> backOffice.send(other)))) {
                statuses.merge(answer.statusCode(), 1, Integer::sum);
            }
            long waiting = countFor(loss[1], "SELECT COUNT(*) FROM compensation_payout WHERE complaint_id = ? AND status = 'PROPOSED' "
                    + "AND returns_repayment = FALSE");
            if (waiting > 1) {
                twice++;
            } else if (waiting == 0) {
                none++;
            } else {
                paid.add(loss[1]);
            }
        }
        figures.put("payout proposals at once on both servers (losses)", losses.size() + " x 2");
        figures.put("proposal answers by status", statuses.toString());
        figures.put("losses with two waiting payouts / none", twice + " / " + none);
        if (twice > 0) {
            problems.add(twice + " losses got two waiting payouts from proposals made at the same moment");
        }
        if (none > 0) {
            problems.add(none + " losses got no payout although both proposals were made");
        }
        statuses.keySet().stream().filter(status -> status >= 500).findFirst()
                .ifPresent(status -> problems.add("a proposal was answered " + status));
        return paid;
    }

    /** Part 3: approver.chen on server 1 and compliance.zhao on server 2 approve each payout at the same moment. */
    private void approvalRace(Suite first, Suite second, List<String> losses, Map<String, Object> figures, List<String> problems)
            throws Exception {
        WebSession approver = signedIn(first, "approver.chen");
        WebSession compliance = signedIn(second, "compliance.zhao");
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        long paidOnce = 0;
        List<String> wrong = new ArrayList<>();
        for (String complaintId : losses) {
            String reference = payoutOf(complaintId);
            String path = "/backoffice/compensation.xhtml";
            Map<String, String> fields = Map.of("payout", reference);
            WebSession.PreparedPost one = approver.prepare(first.bonafideUrl() + path, "decide", fields, "approve");
            WebSession.PreparedPost other = compliance.prepare(second.bonafideUrl() + path, "decide", fields, "approve");
            for (HttpResponse<String> answer : atOnce(List.<Callable<HttpResponse<String>>>of(() -> approver.send(one), () -> compliance.send(other)))) {
                statuses.merge(answer.statusCode(), 1, Integer::sum);
            }
            long journals = countFor(reference, "SELECT COUNT(DISTINCT journal_id) FROM compensation_ledger_entry WHERE reference = ? "
                    + "AND memo = 'advance compensation paid'");
            long paidRows = countFor(reference, "SELECT COUNT(*) FROM compensation_payout WHERE reference = ? AND status = 'PAID'");
            if (journals == 1 && paidRows == 1) {
                paidOnce++;
            } else {
                wrong.add(reference + ": " + journals + " journals, paid " + paidRows);
            }
        }
        figures.put("approvals at once on both servers (payouts)", losses.size() + " x 2");
        figures.put("approval answers by status", statuses.toString());
        figures.put("payouts paid exactly once with one journal", paidOnce + " of " + losses.size());
        if (!wrong.isEmpty()) {
            problems.add("payouts not paid exactly once: " + wrong);
        }
        statuses.keySet().stream().filter(status -> status >= 500).findFirst()
                .ifPresent(status -> problems.add("an approval was answered " + status));
    }

    private static WebSession signedIn(Suite server, String user) throws Exception {
        WebSession session = new WebSession();
        HttpResponse<String> home = session.signIn(server.bonafideUrl() + "/backoffice/home.xhtml", user, user + PASSWORD_SUFFIX);
        if (home.statusCode() != 200) {
            throw new IllegalStateException(user + " could not sign in at " + server.bonafideUrl() + ": " + home.statusCode());
        }
        return session;
    }

    /** Runs the calls at the same moment (released together) and returns their answers in order. */
    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Moves the regulatory deadline of {@code n} open R8 complaints an hour into the past; how many it moved. */
    private int makeDue(int n) throws SQLException {
        try (Connection db = suite.database(); Statement s = db.createStatement()) {
            return s.executeUpdate("UPDATE complaints_complaint SET clock_deadline = TIMESTAMPADD(HOUR, -1, UTC_TIMESTAMP()) "
                    + "WHERE description LIKE '" + MARK + "%' AND breach_escalated_at IS NULL AND decided_at IS NULL "
                    + "AND clock_deadline > UTC_TIMESTAMP() AND status <> 'CLOSED' LIMIT " + n);
        }
    }

    /**
     * The newest event's recording time as the database holds it: events recorded after it are the drill's (read and
     * compared in the database's own terms, whatever the time zones of the JVM and the connection).
     */
    private Timestamp outboxHighWater() throws SQLException {
        try (Connection db = suite.database(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(recorded_at), TIMESTAMP '2000-01-01 00:00:00') FROM platform_outbox_event")) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    private String payoutOf(String complaintId) throws SQLException {
        try (Connection db = suite.database();
             PreparedStatement q = db.prepareStatement("SELECT reference FROM compensation_payout WHERE complaint_id = ? AND status = 'PROPOSED'")) {
            q.setString(1, complaintId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no waiting payout for complaint " + complaintId);
                }
                return rs.getString(1);
            }
        }
    }

    private long countFor(String value, String sql) throws SQLException {
        try (Connection db = suite.database(); PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Undelivered events recorded since {@code since}, once all are delivered or 300 s have passed. */
    private long awaitDelivered(Timestamp since) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        try (Connection db = suite.database()) {
            while (true) {
                long undelivered = countSince(db, "SELECT COUNT(*) FROM platform_outbox_event WHERE recorded_at > ? AND delivered_at IS NULL", since);
                if (undelivered == 0 || System.nanoTime() > deadline) {
                    return undelivered;
                }
                Thread.sleep(500);
            }
        }
    }

    private static long countSince(Connection db, String sql, Timestamp since) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setTimestamp(1, since);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String seconds(long since) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    private static String complaint(int n) {
        return "{\"category\":\"UNAUTHORIZED_TRANSACTION\",\"itemKind\":\"PAYMENT\",\"itemReference\":\"PAY-R8-" + n + "\","
                + "\"description\":\"" + MARK + ": a payment I never made (" + n + ").\"}";
    }

    private static String field(String json, String name) {
        return Json.createReader(new StringReader(json)).readObject().getString(name);
    }

    /**
     * The second server: a domain of its own in the same Payara installation ({@code asadmin create-domain --portbase}),
     * hardened as the first (HTTP/2 off), started with the same environment (the application's configuration) and
     * given the same EAR.
     */
    private static final class SecondServer {

        private final Path payaraHome;
        private final String asadmin;
        private boolean started;

        SecondServer(Path payaraHome) {
            this.payaraHome = payaraHome;
            this.asadmin = payaraHome.resolve("bin/asadmin").toString();
        }

        void start() throws Exception {
            Path domain = payaraHome.resolve("glassfish/domains/domain2");
            if (!Files.isDirectory(domain)) {
                Suite.run(List.of(asadmin, "create-domain", "--nopassword=true", "--portbase", String.valueOf(PORT_BASE), "domain2"), 180);
                Path config = domain.resolve("config/domain.xml");
                Files.writeString(config, Files.readString(config).replace("-Xmx512m", "-Xmx1g"));
                Suite.run(List.of("bash", "scripts/payara-harden.sh", config.toString()), 60);
            }
            started = true;
            Suite.run(List.of(asadmin, "start-domain", "domain2"), 240);
            Suite.run(List.of(asadmin, "--port", String.valueOf(PORT_BASE + 48), "deploy", "--name", "bonafide", "ear/target/bonafide.ear"), 600);
        }

        void stop() {
            if (started) {
                Suite.run(List.of(asadmin, "stop-domain", "domain2"), 120);
            }
        }
    }
}
