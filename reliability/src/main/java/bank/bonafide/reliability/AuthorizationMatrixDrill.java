package bank.bonafide.reliability;

import bank.bonafide.reliability.ApiCaller.Answer;
import jakarta.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * R4: every API endpoint and every page, asked by each kind of caller (anonymous, two customers, four kinds of staff,
 * an admin), against the declared table {@code authorization-matrix.txt}. Alice's own complaint, attachment and loan
 * application are asked for by Bob too: he must get "not found" and nothing of hers. A cell is a violation when the
 * answer is not what the table says; the drill prints every one.
 */
final class AuthorizationMatrixDrill {

    /** The callers in the table's column order; null is anonymous. */
    static final List<String> CALLERS = java.util.Arrays.asList(null, "alice", "bob", "bo.wang", "handler.li", "approver.chen",
            "compliance.zhao", "admin.sun");

    /** One row of the table: where (API or PAGE), how, and what each caller must get. */
    record Rule(String where, String method, String path, List<Character> expected) {
    }

    private final Suite suite;
    private final ApiCaller api;

    AuthorizationMatrixDrill(Suite suite) {
        this.suite = suite;
        this.api = new ApiCaller(suite);
    }

    Verdict run() throws Exception {
        List<Rule> rules = rules();
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, WebSession> browsers = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            if (caller != null) {
                tokens.put(caller, suite.tokens().user(caller));
            }
        }
        // Alice's records, marked so that a leak of any of them to Bob is recognisable in whatever he is shown.
        String marker = "R4-" + UUID.randomUUID();
        Map<String, String> places = alicesRecords(tokens, marker);

        List<String> violations = new ArrayList<>();
        int cells = 0;
        for (Rule rule : rules) {
            String path = fill(rule.path(), places);
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                char expected = rule.expected().get(i);
                cells++;
                String got;
                if (rule.where().equals("API")) {
                    got = apiOutcome(send(caller == null ? null : tokens.get(caller), rule.method(), path, body(rule, path)), marker, caller);
                } else {
                    got = pageOutcome(browser(browsers, caller, path), path, marker, caller);
                }
                // A record made up for the row (L-R4-NONE) is not found by those allowed to look: that is access.
                boolean madeUp = !rule.path().contains("{");
                if (got.charAt(0) != expected && !(expected == 'A' && madeUp && got.startsWith("H"))) {
                    violations.add(rule.where() + " " + rule.method() + " " + rule.path() + " as " + (caller == null ? "anonymous" : caller)
                            + ": expected " + expected + ", got " + got);
                }
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("rows (endpoints and pages) x callers", rules.size() + " x " + CALLERS.size() + " = " + cells + " requests");
        figures.put("API rows, page rows", rules.stream().filter(r -> r.where().equals("API")).count() + ", "
                + rules.stream().filter(r -> r.where().equals("PAGE")).count());
        figures.put("cells where another customer's record was asked for", rules.stream()
                .mapToLong(r -> r.expected().stream().filter(c -> c == 'H').count()).sum());
        figures.put("violations", violations.size());
        return new Verdict("R4", "authorization matrix: every endpoint and page x 8 kinds of caller against the declared table",
                figures, violations);
    }

    /**
     * A for an answer that reached the application, D 403, L 401, H 404 without the marker; a 5xx or a 404 showing
     * the marker is neither, and reads as its status so that it is a violation of any row.
     */
    static String apiOutcome(Answer answer, String marker, String caller) {
        boolean leaks = answer.body() != null && answer.body().contains(marker) && outsider(caller);
        if (leaks) {
            return "leak of alice's record (" + answer.status() + ")";
        }
        return switch (answer.status()) {
            case 401 -> "L";
            case 403 -> "D";
            case 404 -> "H (404)";
            default -> answer.status() >= 500 || answer.status() < 0 ? "error " + answer.describe() : "A (" + answer.status() + ")";
        };
    }

    /** Whom alice's records must never reach: another customer, or nobody signed in (staff may read them, logged). */
    static boolean outsider(String caller) {
        return caller == null || "bob".equals(caller);
    }

    /** Like {@link #apiOutcome}, for a page: L is a redirect to the sign-in, H a 404. */
    private String pageOutcome(WebSession browser, String path, String marker, String caller) throws IOException, InterruptedException {
        HttpResponse<String> answer = browser.get(suite.bonafideUrl() + path);
        // Redirects inside the application (a welcome page, a trailing slash) are followed; the sign-in one is the answer.
        for (int hops = 0; hops < 3 && answer.statusCode() / 100 == 3
                && !answer.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth"); hops++) {
            answer = browser.get(answer.uri().resolve(answer.headers().firstValue("Location").orElse("/")).toString());
        }
        int status = answer.statusCode();
        String body = answer.body() == null ? "" : answer.body();
        if (body.contains(marker) && outsider(caller)) {
            return "leak of alice's record (" + status + ")";
        }
        if (status / 100 == 3) {
            String location = answer.headers().firstValue("Location").orElse("");
            if (location.contains("/protocol/openid-connect/auth")) {
                return "L";
            }
            return status + " to " + location;
        }
        if (status == 403) {
            return "D";
        }
        if (status == 404) {
            return "H (404)";
        }
        return status >= 500 ? "error " + status : "A (" + status + ")";
    }

    /** A browser signed in as {@code caller} at the application {@code path} belongs to; the anonymous one signs in nowhere. */
    private WebSession browser(Map<String, WebSession> browsers, String caller, String path) throws IOException, InterruptedException {
        String application = path.startsWith("/portal") ? "/portal/" : "/backoffice/";
        String key = caller + " " + application;
        WebSession browser = browsers.get(key);
        if (browser == null) {
            browser = new WebSession();
            if (caller != null) {
                HttpResponse<String> landed = browser.signIn(suite.bonafideUrl() + application, caller, caller + "-demo");
                if (landed.statusCode() >= 500) {
                    throw new IllegalStateException(caller + " could not sign in at " + application + ": " + landed.statusCode());
                }
            }
            browsers.put(key, browser);
        }
        return browser;
    }

    /** Alice's complaint (with a file) and loan application, and a verification session of bo.wang's. */
    private Map<String, String> alicesRecords(Map<String, String> tokens, String marker) {
        String alice = tokens.get("alice");
        Answer filed = api.send(alice, "POST", "complaints", "{\"category\":\"SERVICE\",\"itemKind\":\"ACCOUNT\",\"itemReference\":\"A-1001\","
                + "\"description\":\"Reliability R4, alice's own complaint " + marker + "\"}");
        require(filed, 201, "alice files a complaint");
        String complaint = field(filed.body(), "reference");
        Answer attached = api.send(alice, "POST", "complaints/" + complaint + "/attachments?fileName=r4-" + marker + ".pdf", "application/pdf",
                ("%PDF-1.4\n% " + marker + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
        require(attached, 201, "alice attaches a file");
        var files = Json.createReader(new StringReader(attached.body())).readObject().getJsonArray("attachments");
        String attachment = files == null || files.isEmpty() ? null : files.getJsonObject(files.size() - 1).getString("id");
        Answer applied = api.send(alice, "POST", "loan-applications", "{\"productCode\":\"CASH-12\",\"accountReference\":\"A-1001\","
                + "\"amount\":\"20000.00\",\"termMonths\":12,\"creditReportConsent\":true}");
        require(applied, 201, "alice applies for a loan");
        Answer opened = api.send(tokens.get("bo.wang"), "POST", "verifications/sessions", "{\"purpose\":\"LOAN_SIGNING\",\"channel\":\"COUNTER\","
                + "\"terminalId\":\"BR-R4\",\"customerId\":\"C-0001\",\"subjectReference\":\"L-R4\"}");
        require(opened, 201, "bo.wang opens a verification session");
        Map<String, String> places = new LinkedHashMap<>();
        places.put("{complaint}", complaint);
        places.put("{attachment}", Objects.requireNonNull(attachment, "the upload answer names no attachment id: " + attached.body()));
        places.put("{application}", field(applied.body(), "reference"));
        places.put("{session}", field(opened.body(), "sessionId"));
        return places;
    }

    /** A valid body for the row, so that an allowed caller is judged on access, not on a malformed request. */
    private static String body(Rule rule, String path) {
        String p = path.replaceAll("[?].*", "");
        if (rule.method().equals("GET") || rule.method().equals("DELETE")) {
            return null;
        }
        if (p.equals("complaints")) {
            return "{\"category\":\"SERVICE\",\"itemKind\":\"ACCOUNT\",\"itemReference\":\"A-1001\",\"description\":\"Reliability R4 check.\"}";
        }
        if (p.endsWith("/messages")) {
            return "{\"text\":\"Reliability R4 message.\"}";
        }
        if (p.endsWith("/attachments")) {
            return "%PDF-1.4\n%%EOF\n";
        }
        if (p.equals("lost-documents")) {
            return "{\"documentNumber\":\"1101011990030" + (10_000 + (int) (Math.random() * 89_999)) + "\",\"customerId\":\"C-0001\"}";
        }
        if (p.equals("loan-applications")) {
            return "{\"productCode\":\"CASH-12\",\"accountReference\":\"A-1001\",\"amount\":\"20000.00\",\"termMonths\":12,"
                    + "\"creditReportConsent\":true,\"customerId\":\"C-0001\"}";
        }
        if (p.endsWith("/terms")) {
            return "{\"amount\":\"21000.00\",\"termMonths\":12}";
        }
        if (p.endsWith("/signing-code")) {
            return "{\"phoneNumber\":\"+8613800000001\"}";
        }
        if (p.endsWith("/signature")) {
            return "{\"code\":\"000000\",\"paymentPasswordMatched\":true,\"applicant\":{\"name\":\"Li Na\","
                    + "\"idDocumentNumber\":\"440106198801011234\",\"phoneNumber\":\"+8613800000001\"}}";
        }
        if (p.endsWith("/repayments")) {
            return "{\"kind\":\"EARLY\",\"principal\":\"100.00\"}";
        }
        if (p.equals("verifications")) {
            return "{\"purpose\":\"ACCOUNT_OPENING\",\"channel\":\"STM\",\"terminalId\":\"STM-R4\",\"customerId\":\"C-0001\","
                    + "\"subjectReference\":\"A-1001\",\"applicant\":{\"name\":\"Li Na\",\"idDocumentNumber\":\"440106198801011234\","
                    + "\"phoneNumber\":\"+8613800000001\"},\"channelFactors\":{\"oneTimeCodeMatched\":true}}";
        }
        if (p.equals("verifications/sessions")) {
            return "{\"purpose\":\"LOAN_SIGNING\",\"channel\":\"COUNTER\",\"terminalId\":\"BR-R4\",\"customerId\":\"C-0001\",\"subjectReference\":\"L-R4\"}";
        }
        if (p.endsWith("/factors")) {
            return "{\"oneTimeCodeMatched\":true}";
        }
        return null;
    }

    private Answer send(String token, String method, String path, String body) {
        if (body != null && body.startsWith("%PDF")) {
            return api.send(token, method, path, "application/pdf", body.getBytes(StandardCharsets.UTF_8));
        }
        return api.send(token, method, path, body);
    }

    /** The declared table, read from the classpath. */
    static List<Rule> rules() throws IOException {
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                AuthorizationMatrixDrill.class.getResourceAsStream("/authorization-matrix.txt"), "authorization-matrix.txt"),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                String[] cells = row.split("\\s+");
                if (cells.length != 3 + CALLERS.size() || !cells[0].matches("API|PAGE")) {
                    throw new IllegalStateException("authorization-matrix.txt: not a row of " + (3 + CALLERS.size()) + " cells: " + line);
                }
                List<Character> expected = new ArrayList<>();
                for (int i = 3; i < cells.length; i++) {
                    if (!cells[i].matches("[ADLH]")) {
                        throw new IllegalStateException("authorization-matrix.txt: " + cells[i] + " is not A, D, L or H in: " + line);
                    }
                    expected.add(cells[i].charAt(0));
                }
                rules.add(new Rule(cells[0], cells[1], cells[2], expected));
            }
        }
        return rules;
    }

    private static String fill(String path, Map<String, String> places) {
        String filled = path;
        for (Map.Entry<String, String> place : places.entrySet()) {
            filled = filled.replace(place.getKey(), place.getValue());
        }
        return filled;
    }

    private static void require(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": " + answer.describe());
        }
    }

    private static String field(String json, String name) {
        return Json.createReader(new StringReader(json)).readObject().getString(name);
    }
}
