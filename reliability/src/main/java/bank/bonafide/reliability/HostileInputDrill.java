package bank.bonafide.reliability;

import bank.bonafide.reliability.ApiCaller.Answer;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * R3: generated hostile requests against every endpoint of the channel API and the screens' main forms, as the
 * callers allowed to use them: injection strings (SQL, script, JNDI, templates, path traversal), unicode edge cases and
 * 70,000-character strings in every field; every field of the wrong JSON type; malformed, deeply nested, empty and
 * 6 MB bodies; wrong content types; hostile path segments and query values; random mixtures of them up to
 * {@value #REQUESTS} requests ({@value #REQUESTS_SHORT} short). Then forged cross-site form posts to a state-changing
 * screen. Every answer must be below 500, must not show internals (stack traces, class names, SQL, the server's
 * version) and, at the API, a 4xx must be {@code application/problem+json}. A forged post must change nothing.
 *
 * <p>The generator is seeded, so a failure found once is found again with the same requests.
 */
final class HostileInputDrill {

    static final int REQUESTS = 10_000;
    static final int REQUESTS_SHORT = 3_000;
    private static final int THREADS = 4;
    private static final int CHUNK = 250;

    /** What an answer must never show: the server's machinery rather than a message for the caller. */
    static final Pattern INTERNALS = Pattern.compile(
            "(?i)(exception|\\bat (java|jakarta|org|com|bank|sun)\\.[\\w.$]+\\(|stack ?trace|org\\.hibernate|java\\.(lang|sql|io)\\."
                    + "|jakarta\\.(ejb|persistence|faces)\\.|sqlstate|you have an error in your sql|mariadb|mysql"
                    + "|payara server|glassfish|grizzly|jersey|yasson|parsson|caused by: [\\w$]+(\\.[\\w$]+)+)");

    static final List<String> HOSTILE = List.of(
            "' OR '1'='1", "1; DROP TABLE complaint_case; --", "\" OR 1=1 -- ", "') UNION SELECT password FROM mysql.user --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1:1389/a}", "#{1+1}", "${7*7}", "{{7*7}}", "%{(#a=1)}",
            "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/etc/passwd\u0000.pdf",
            "\u0000", "\uFEFF\u202Eevil\u202C", "\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD800", "\u0130\u0131\u00DF\uFB01",
            "Ａ－１００１", "𝐀-1001", "\r\nSet-Cookie: evil=1", "%00%0d%0a", "", " ", "-1", "0", "99999999999999999999999999999",
            "1e308", "NaN", "-0.0000000001", "null", "true", "[]", "{}", "A".repeat(70_000));

    private static final List<String> WRONG_TYPES = List.of("12345", "-1", "1.5e300", "true", "false", "null", "[]", "[1,2,3]",
            "{}", "{\"a\":{\"b\":[null]}}", "\"\"");

    private static final List<String> MALFORMED = List.of("{", "}", "[", "{\"category\":", "{\"category\":\"A\",}", "{'category':'A'}",
            "{\"category\":\"A\" \"x\":1}", "nul", "\"just a string\"", "42", "[]", "[{}]", "{\"a\":1}{\"b\":2}", "\u0000\u0001\u0002",
            "{\"category\":\"\\uD800\"}", "{\"description\":\"\\u0000\"}", "\uFEFF{}", "<xml/>", "a=b&c=d",
            "[".repeat(50_000) + "]".repeat(50_000), "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000));

    /** One endpoint as a caller allowed to use it calls it; {@code body} a valid JSON object, or null when it takes none. */
    record Endpoint(String caller, String method, String path, String body, List<String> queryParameters) {
    }

    /** One generated request and why it was generated. */
    record Probe(String caller, String method, String path, String contentType, byte[] body, String what) {
    }

    private final Suite suite;
    private final ApiCaller api;
    private final Map<String, Supplier<String>> tokens = new LinkedHashMap<>();

    HostileInputDrill(Suite suite) {
        this.suite = suite;
        this.api = new ApiCaller(suite);
        tokens.put("customer", fresh(() -> suite.tokens().user("alice")));
        tokens.put("terminal", fresh(() -> suite.tokens().terminal()));
        tokens.put("staff", fresh(() -> suite.tokens().user("bo.wang")));
        tokens.put("compliance", fresh(() -> suite.tokens().user("compliance.zhao")));
        tokens.put("admin", fresh(() -> suite.tokens().user("admin.sun")));
    }

    Verdict run() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<Endpoint> endpoints = endpoints();
        List<Probe> probes = probes(endpoints, suite.small() ? REQUESTS_SHORT : REQUESTS, new Random(20261207L));

        Counts counts = new Counts();
        Map<String, String> firstPerKind = counts.firstPerKind;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        // In chunks, each followed by an ordinary request on a fresh connection: the server must go on serving everyone
        // else, and if it stops, the chunk names the requests that did it.
        String brokenAfter = null;
        for (int from = 0; from < probes.size() && brokenAfter == null; from += CHUNK) {
            List<Probe> chunk = probes.subList(from, Math.min(probes.size(), from + CHUNK));
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (Probe probe : chunk) {
                sent.add(pool.submit(() -> send(probe, counts)));
            }
            for (java.util.concurrent.Future<?> f : sent) {
                f.get(10, TimeUnit.MINUTES);
            }
            Answer canary = new ApiCaller(suite).send(tokens.get("customer").get(), "GET", "complaints", null);
            if (canary.status() != 200) {
                brokenAfter = "requests " + from + " to " + (from + chunk.size()) + " (" + chunk.stream().map(Probe::what).distinct().limit(12).toList()
                        + ") left the server answering an ordinary request with " + canary.describe();
            }
        }
        pool.shutdown();
        if (brokenAfter != null) {
            problems.add("the server stopped serving ordinary requests: " + brokenAfter);
        }
        figures.put("API requests generated", probes.size() + " over " + endpoints.size() + " endpoints");
        figures.put("API requests sent", counts.sent.get() + " (" + counts.unsendable.get() + " refused by the HTTP client itself)");
        figures.put("API answers by status", new java.util.TreeMap<>(counts.byStatus));
        figures.put("accepted (2xx), refused (4xx)", counts.accepted.get() + ", " + counts.refused.get());
        figures.put("refused by the HTTP server before any application (bare 400)", counts.containerRefusals.get());

        FormProbes forms = new FormProbes(suite, suite.small() ? 4 : HOSTILE.size());
        if (brokenAfter == null) {
            forms.run();
        }
        figures.put("screen form submissions", forms.submitted.get());
        figures.put("forged cross-site posts", forms.forged.get() + ", changes they made: " + forms.forgedChanges.get());
        firstPerKind.putAll(forms.findings);

        figures.put("requests tried in all", counts.sent.get() + forms.requests.get());
        figures.put("failures (5xx, no answer, internals shown, 4xx not problem+json, forgery accepted)", firstPerKind.size() + " kinds");
        firstPerKind.forEach((kind, example) -> problems.add(kind + " e.g. " + example));
        if (counts.sent.get() + forms.requests.get() < (suite.small() ? REQUESTS_SHORT : REQUESTS)) {
            problems.add("fewer requests were tried than the drill promises: " + (counts.sent.get() + forms.requests.get()));
        }
        return new Verdict("R3", "hostile input over every endpoint and the screens' forms", figures, problems);
    }

    /** What the API answered, tallied by the sending threads. */
    private static final class Counts {
        final AtomicLong sent = new AtomicLong();
        final AtomicLong unsendable = new AtomicLong();
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong containerRefusals = new AtomicLong();
        final Map<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        final Map<String, String> firstPerKind = new ConcurrentHashMap<>();
    }

    private void send(Probe probe, Counts counts) {
        Answer answer = api.send(probe.caller() == null ? null : tokens.get(probe.caller()).get(), probe.method(), probe.path(),
                probe.contentType(), probe.body());
        if (answer.status() == -4) {
            counts.unsendable.incrementAndGet();
            return;
        }
        counts.sent.incrementAndGet();
        counts.byStatus.computeIfAbsent(String.valueOf(answer.status()), s -> new AtomicInteger()).incrementAndGet();
        if (answer.ok()) {
            counts.accepted.incrementAndGet();
        } else if (answer.status() / 100 == 4) {
            counts.refused.incrementAndGet();
        }
        String wrong = judgeApi(answer, probe);
        if (CONTAINER_REFUSAL.equals(wrong)) {
            counts.containerRefusals.incrementAndGet();
            counts.firstPerKind.putIfAbsent(wrong, probe.method() + " " + probe.path() + " (" + probe.what() + ")");
        } else if (wrong != null) {
            // One example per endpoint and kind of wrong: the same defect hit 500 times is one finding.
            String kind = probe.method() + " " + probe.path().replaceAll("[?].*", "").replaceAll("/[^/]{24,}", "/…") + ": " + wrong;
            counts.firstPerKind.putIfAbsent(kind, probe.what() + " -> " + answer.describe());
        }
    }

    /** Null when the answer is what a hostile request deserves; otherwise what is wrong with it. */
    static String judgeApi(Answer answer, Probe probe) {
        if (answer.status() < 0) {
            return "no answer (" + answer.status() + ")";
        }
        if (answer.status() >= 500) {
            return "answered " + answer.status();
        }
        if (answer.body() != null && INTERNALS.matcher(withoutEchoes(answer.body())).find()) {
            return "shows internals";
        }
        if (containerRefusal(answer)) {
            return CONTAINER_REFUSAL;
        }
        if (answer.status() / 100 == 4 && !"application/problem+json".equals(answer.contentType())) {
            return answer.status() + " as " + answer.contentType() + " instead of problem+json";
        }
        return null;
    }

    static final String CONTAINER_REFUSAL = "refused by the HTTP server before any application (400 without a body, not problem+json)";

    /**
     * Payara's CoyoteAdapter refuses a request line with NUL, a backslash, invalid UTF-8 or a path climbing out of the
     * server with a bare 400 (no type, no body) before any valve, error page or application runs. The http-edge server
     * module answers those with problem+json first; a bare 400 means it is missing or no longer matches what the
     * container refuses. Counted as one kind whatever the endpoint.
     */
    static boolean containerRefusal(Answer answer) {
        return answer.status() == 400 && answer.contentType() == null && (answer.body() == null || answer.body().isEmpty());
    }

    /**
     * The answer without what the drill itself sent: a stored complaint shows its description, a refusal may quote the
     * value it refused, and "mysql.user" quoted back is no leak.
     */
    static String withoutEchoes(String answer) {
        String rest = answer;
        for (String hostile : HOSTILE) {
            if (hostile.length() > 1) {
                String quoted = quote(hostile);
                String inner = quoted.substring(1, quoted.length() - 1);
                rest = rest.replace(hostile, " ").replace(inner, " ").replace(inner.replace("<", "\\u003c").replace(">", "\\u003e"), " ")
                        .replace(hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;"), " ");
            }
        }
        return rest;
    }

    /** Every endpoint of the channel API, with the resources it needs (a complaint, a loan application, a session). */
    private List<Endpoint> endpoints() {
        String customer = tokens.get("customer").get();
        Answer filed = api.send(customer, "POST", "complaints", "{\"category\":\"SERVICE\",\"itemKind\":\"ACCOUNT\",\"itemReference\":\"A-1001\","
                + "\"description\":\"Reliability R3: the complaint the hostile requests aim at.\"}");
        String complaint = filed.status() == 201 ? reference(filed.body(), "reference") : "CMP-UNKNOWN";
        Answer applied = api.send(customer, "POST", "loan-applications", "{\"productCode\":\"CASH-12\",\"accountReference\":\"A-1001\","
                + "\"amount\":\"20000.00\",\"termMonths\":12,\"creditReportConsent\":true}");
        String application = applied.status() == 201 ? reference(applied.body(), "reference") : "LA-UNKNOWN";
        Answer opened = api.send(tokens.get("terminal").get(), "POST", "verifications/sessions", "{\"purpose\":\"LOAN_SIGNING\",\"channel\":\"STM\","
                + "\"terminalId\":\"STM-R3\",\"customerId\":\"C-0001\",\"subjectReference\":\"L-R3\"}");
        String session = opened.status() == 201 ? reference(opened.body(), "sessionId") : "S-UNKNOWN";
        String applicant = "{\"name\":\"Li Na\",\"idDocumentNumber\":\"440106198801011234\",\"phoneNumber\":\"+8613800000001\","
                + "\"faceReferenceId\":\"face-ref-2019-11-25\",\"capturedImageSha256\":\"sha256-captured\"}";
        String verification = "{\"purpose\":\"ACCOUNT_OPENING\",\"channel\":\"STM\",\"terminalId\":\"STM-R3\",\"customerId\":\"C-0001\","
                + "\"subjectReference\":\"A-1001\",\"applicant\":" + applicant + ",\"channelFactors\":{\"oneTimeCodeMatched\":true}}";
        return List.of(
                new Endpoint("customer", "POST", "complaints", "{\"category\":\"SERVICE\",\"itemKind\":\"ACCOUNT\",\"itemReference\":\"A-1001\","
                        + "\"description\":\"Hostile input drill.\"}", List.of()),
                new Endpoint("customer", "GET", "complaints", null, List.of()),
                new Endpoint("customer", "GET", "complaints/channels", null, List.of()),
                new Endpoint("customer", "GET", "complaints/" + complaint, null, List.of()),
                new Endpoint("customer", "POST", "complaints/" + complaint + "/messages", "{\"text\":\"Any news?\"}", List.of()),
                new Endpoint("customer", "POST", "complaints/" + complaint + "/attachments?fileName=receipt.pdf", null, List.of("fileName")),
                new Endpoint("customer", "GET", "complaints/" + complaint + "/attachments/1", null, List.of()),
                new Endpoint("customer", "POST", "lost-documents", "{\"documentNumber\":\"440106198801011234\",\"customerId\":\"C-0001\"}", List.of()),
                new Endpoint("customer", "GET", "biometric-consent", null, List.of("customerId")),
                new Endpoint("staff", "POST", "biometric-consent?customerId=C-0001", null, List.of("customerId")),
                new Endpoint("staff", "DELETE", "biometric-consent?customerId=C-0001", null, List.of("customerId")),
                new Endpoint("customer", "GET", "loan-applications/credit-report-consent", null, List.of()),
                new Endpoint("customer", "POST", "loan-applications", "{\"productCode\":\"CASH-12\",\"accountReference\":\"A-1001\","
                        + "\"amount\":\"20000.00\",\"termMonths\":12,\"creditReportConsent\":true,\"customerId\":\"C-0001\"}", List.of()),
                new Endpoint("customer", "GET", "loan-applications", null, List.of()),
                new Endpoint("staff", "GET", "loan-applications/" + application + "?purpose=customer%20call", null, List.of("purpose")),
                new Endpoint("customer", "PUT", "loan-applications/" + application + "/terms", "{\"amount\":\"21000.00\",\"termMonths\":12}", List.of()),
                new Endpoint("customer", "POST", "loan-applications/" + application + "/signing-code", "{\"phoneNumber\":\"+8613800000001\"}", List.of()),
                new Endpoint("customer", "POST", "loan-applications/" + application + "/signature", "{\"code\":\"123456\",\"paymentPasswordMatched\":true,"
                        + "\"applicant\":" + applicant + "}", List.of()),
                new Endpoint("staff", "GET", "loans/L-UNKNOWN?purpose=customer%20call", null, List.of("purpose")),
                new Endpoint("customer", "POST", "loans/L-UNKNOWN/repayments", "{\"kind\":\"EARLY\",\"principal\":\"100.00\",\"amount\":\"100.00\"}", List.of()),
                new Endpoint("terminal", "POST", "verifications", verification, List.of()),
                new Endpoint("terminal", "POST", "verifications/sessions", "{\"purpose\":\"LOAN_SIGNING\",\"channel\":\"STM\",\"terminalId\":\"STM-R3\","
                        + "\"customerId\":\"C-0001\",\"subjectReference\":\"L-R3\"}", List.of()),
                new Endpoint("terminal", "POST", "verifications/sessions/" + session + "/factors", "{\"oneTimeCodeMatched\":true,\"paymentPasswordMatched\":true}", List.of()),
                new Endpoint("terminal", "POST", "verifications/sessions/" + session + "/decision", "{\"applicant\":" + applicant + "}", List.of()),
                new Endpoint("compliance", "GET", "reports/complaints?month=2026-11", null, List.of("month")),
                new Endpoint("compliance", "POST", "evidence/D-UNKNOWN/exports?format=JSON", null, List.of("format")),
                new Endpoint("admin", "POST", "evidence/exports/X-UNKNOWN/approval", null, List.of()),
                new Endpoint("admin", "POST", "evidence/exports/X-UNKNOWN/rejection", null, List.of()),
                new Endpoint("compliance", "GET", "evidence/exports/X-UNKNOWN", null, List.of()),
                new Endpoint("admin", "POST", "operations/complaint-clock-sweep", null, List.of()));
    }

    /** The systematic probes first (each hostile value in each place), then random mixtures up to {@code total}. */
    static List<Probe> probes(List<Endpoint> endpoints, int total, Random random) {
        List<Probe> probes = new ArrayList<>();
        for (Endpoint e : endpoints) {
            if (e.body() != null) {
                Map<String, String> fields = topLevelFields(e.body());
                for (String field : fields.keySet()) {
                    for (String hostile : HOSTILE) {
                        probes.add(json(e, replace(e.body(), field, quote(hostile)), field + " = " + shorten(hostile)));
                    }
                    for (String wrong : WRONG_TYPES) {
                        probes.add(json(e, replace(e.body(), field, wrong), field + " of the wrong type: " + wrong));
                    }
                }
                for (String malformed : MALFORMED) {
                    probes.add(json(e, malformed, "malformed body " + shorten(malformed)));
                }
                probes.add(new Probe(e.caller(), e.method(), e.path(), "text/plain", e.body().getBytes(StandardCharsets.UTF_8), "JSON sent as text/plain"));
                probes.add(new Probe(e.caller(), e.method(), e.path(), "application/xml", "<a>1</a>".getBytes(StandardCharsets.UTF_8), "XML body"));
            }
            probes.add(new Probe(e.caller(), e.method(), e.path(), "application/json", new byte[0], "empty body"));
            probes.add(new Probe(e.caller(), e.method(), e.path(), "application/json",
                    ("{\"description\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8), "6 MB body"));
            probes.add(new Probe(e.caller(), e.method(), e.path(), "application/octet-stream", randomBytes(random, 4096), "random bytes"));
            for (String segment : segments(e.path())) {
                for (String hostile : HOSTILE) {
                    String path = e.path().replaceFirst("/" + Pattern.quote(segment) + "(?=/|[?]|$)", "/" + java.util.regex.Matcher.quoteReplacement(encode(hostile)));
                    probes.add(new Probe(e.caller(), e.method(), path, contentType(e),
                            body(e), "path segment " + segment + " = " + shorten(hostile)));
                }
            }
            for (String parameter : e.queryParameters()) {
                for (String hostile : HOSTILE) {
                    probes.add(new Probe(e.caller(), e.method(), withQuery(e.path(), parameter, encode(hostile)), contentType(e),
                            body(e), "query " + parameter + " = " + shorten(hostile)));
                }
            }
            // The method nobody documented, and the endpoint asked without any token.
            probes.add(new Probe(e.caller(), "PATCH", e.path(), contentType(e), body(e), "undocumented method"));
            probes.add(new Probe(null, e.method(), e.path(), contentType(e), body(e), "no token"));
        }
        for (String traversal : List.of("../../../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/WEB-INF/web.xml",
                "complaints/..;/..;/WEB-INF/web.xml", "complaints/%00", "complaints/%ff%fe", "complaints//", "complaints/;jsessionid=1",
                "no-such-resource", "complaints/" + "A".repeat(9_000))) {
            probes.add(new Probe("customer", "GET", traversal, null, null, "path " + shorten(traversal)));
        }
        while (probes.size() < total) {
            Endpoint e = endpoints.get(random.nextInt(endpoints.size()));
            if (e.body() == null) {
                String parameter = e.queryParameters().isEmpty() ? "x" : e.queryParameters().get(random.nextInt(e.queryParameters().size()));
                probes.add(new Probe(e.caller(), e.method(), withQuery(e.path(), parameter, encode(mixture(random))), contentType(e), body(e),
                        "random query " + parameter));
                continue;
            }
            String body = e.body();
            List<String> fields = new ArrayList<>(topLevelFields(body).keySet());
            int changes = 1 + random.nextInt(fields.size());
            StringBuilder what = new StringBuilder("random mixture:");
            for (int i = 0; i < changes; i++) {
                String field = fields.get(random.nextInt(fields.size()));
                String value = random.nextInt(3) == 0 ? WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size())) : quote(mixture(random));
                body = replace(body, field, value);
                what.append(' ').append(field);
            }
            if (random.nextInt(10) == 0) {
                body = body.substring(0, random.nextInt(body.length()));
                what.append(", cut short");
            }
            probes.add(json(e, body, what.toString()));
        }
        return probes;
    }

    private static Probe json(Endpoint e, String body, String what) {
        return new Probe(e.caller(), e.method(), e.path(), "application/json", body.getBytes(StandardCharsets.UTF_8), what);
    }

    private static String contentType(Endpoint e) {
        return e.body() == null ? null : "application/json";
    }

    private static byte[] body(Endpoint e) {
        return e.body() == null ? null : e.body().getBytes(StandardCharsets.UTF_8);
    }

    /** Two or three hostile pieces glued together, sometimes with random code points between them. */
    private static String mixture(Random random) {
        StringBuilder s = new StringBuilder();
        int pieces = 2 + random.nextInt(2);
        for (int i = 0; i < pieces; i++) {
            String piece = HOSTILE.get(random.nextInt(HOSTILE.size()));
            s.append(piece.length() > 1000 ? piece.substring(0, 1000 + random.nextInt(5000)) : piece);
            if (random.nextBoolean()) {
                s.appendCodePoint(random.nextInt(0x10FFFF));
            }
        }
        return s.toString();
    }

    private static byte[] randomBytes(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The top-level fields of a JSON object and their raw JSON values. */
    static Map<String, String> topLevelFields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        Json.createReader(new StringReader(body)).readObject().forEach((name, value) -> fields.put(name, value.toString()));
        return fields;
    }

    /** The body with top-level field {@code field} set to the raw JSON {@code value} (which may be no valid JSON at all). */
    static String replace(String body, String field, String value) {
        Map<String, String> fields = topLevelFields(body);
        StringBuilder s = new StringBuilder("{");
        fields.forEach((name, old) -> {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append(quote(name)).append(':').append(name.equals(field) ? value : old);
        });
        return s.append('}').toString();
    }

    /** A JSON string literal for any Java string, lone surrogates included (escaped, as a hostile client may send them). */
    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    /** The path's identifying segments (references, ids), which a hostile caller would replace. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        String[] parts = path.replaceAll("[?].*", "").split("/");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].matches(".*[0-9].*|.*-UNKNOWN")) {
                segments.add(parts[i]);
            }
        }
        return segments;
    }

    private static String withQuery(String path, String parameter, String value) {
        String base = path.replaceAll("[?].*", "");
        return base + "?" + parameter + "=" + value;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + text.length() + " chars)" : printable;
    }

    private static String reference(String json, String field) {
        return Json.createReader(new StringReader(json)).readObject().getString(field);
    }

    /** A token that is fetched again after four minutes, before Keycloak's five-minute lifespan ends. */
    private static Supplier<String> fresh(Supplier<String> fetch) {
        return new Supplier<>() {
            private String token;
            private long fetchedAt;

            @Override
            public synchronized String get() {
                if (token == null || System.nanoTime() - fetchedAt > TimeUnit.MINUTES.toNanos(4)) {
                    token = fetch.get();
                    fetchedAt = System.nanoTime();
                }
                return token;
            }
        };
    }

    /**
     * The screens: hostile values in each text field of the main forms, submitted as a signed-in browser would; then
     * forged posts (a made-up view state, none, another session's, no session at all) to the fraud block on the case
     * screen, which must block nobody.
     */
    static final class FormProbes {

        /** A form, who may use it, the fields to attack (short names) and the button that submits it. */
        record Form(boolean portal, String user, String page, String form, List<String> fields, String button) {
        }

        final AtomicLong requests = new AtomicLong();
        final AtomicLong submitted = new AtomicLong();
        final AtomicLong forged = new AtomicLong();
        final AtomicLong forgedChanges = new AtomicLong();
        final Map<String, String> findings = new LinkedHashMap<>();
        private final Suite suite;
        private final int valuesPerField;

        FormProbes(Suite suite, int valuesPerField) {
            this.suite = suite;
            this.valuesPerField = valuesPerField;
        }

        void run() throws Exception {
            String complaint = fileComplaint();
            List<Form> forms = List.of(
                    new Form(true, "alice", "/portal/lost-id.xhtml", "report", List.of("number"), "submit"),
                    new Form(true, "alice", "/portal/complaint.xhtml?ref=" + complaint, "reply", List.of("text"), "send"),
                    new Form(false, "bo.wang", "/backoffice/complaint-intake.xhtml", "intake",
                            List.of("customer", "channel", "category", "itemKind", "item", "description"), "file"),
                    new Form(false, "bo.wang", "/backoffice/lost-ids.xhtml", "report", List.of("customer", "number"), "submit"),
                    new Form(false, "bo.wang", "/backoffice/loans.xhtml", "apply", List.of("customer", "account", "product", "amount", "term"), "submit"),
                    new Form(false, "bo.wang", "/backoffice/customer.xhtml?id=C-0001", "open", List.of("case", "purpose"), "open"),
                    new Form(false, "bo.wang", "/backoffice/complaint.xhtml?ref=" + complaint, "message", List.of("text"), "send"),
                    new Form(false, "bo.wang", "/backoffice/complaint.xhtml?ref=" + complaint, "extension", List.of("reason"), "request"),
                    new Form(false, "compliance.zhao", "/backoffice/reports.xhtml", "period", List.of("from", "to"), "generate"),
                    new Form(false, "admin.sun", "/backoffice/rulepacks.xhtml", "load-form", List.of("file", "json"), "load"),
                    new Form(false, "admin.sun", "/backoffice/staff-roles.xhtml", "ask", List.of("username", "change", "role", "reason"), "submit"));
            Map<String, WebSession> sessions = new LinkedHashMap<>();
            for (Form f : forms) {
                WebSession session = sessions.get(f.user());
                if (session == null) {
                    session = new WebSession();
                    session.signIn(suite.bonafideUrl() + f.page(), f.user(), f.user() + "-demo");
                    sessions.put(f.user(), session);
                }
                for (String field : f.fields()) {
                    for (String hostile : HOSTILE.subList(0, Math.min(valuesPerField, HOSTILE.size()))) {
                        submit(session, f, Map.of(field, hostile), field + " = " + shorten(hostile));
                    }
                    // Always the longest and the unicode ones, whatever the short version leaves out.
                    submit(session, f, Map.of(field, HOSTILE.get(HOSTILE.size() - 1)), field + " of 70,000 characters");
                    submit(session, f, Map.of(field, "\uD83D\uDE00\u202E\u0000"), field + " with emoji, bidi override and NUL");
                }
            }
            forgery(sessions.get("bo.wang"), complaint);
        }

        private void submit(WebSession session, Form f, Map<String, String> values, String what) {
            String url = suite.bonafideUrl() + f.page();
            try {
                HttpResponse<String> answer = session.submitAsBrowser(url, f.form(), values, f.button(), null);
                requests.addAndGet(2);
                submitted.incrementAndGet();
                String wrong = judgePage(answer);
                if (wrong != null) {
                    findings.putIfAbsent(f.page().replaceAll("[?].*", "") + " form " + f.form() + ": " + wrong, what + " -> "
                            + answer.statusCode() + " " + text(answer.body()));
                }
            } catch (Exception e) {
                findings.putIfAbsent(f.page().replaceAll("[?].*", "") + " form " + f.form() + ": could not be submitted", what + " -> " + e);
            }
        }

        /** Null when a screen's answer is a page for a person; otherwise what is wrong with it. */
        static String judgePage(HttpResponse<String> answer) {
            if (answer.statusCode() >= 500) {
                return "answered " + answer.statusCode();
            }
            // What a person sees: the markup names its own machinery (jakarta.faces.ViewState fields, PrimeFaces scripts).
            if (INTERNALS.matcher(withoutEchoes(WebSession.visibleText(answer.body()))).find()) {
                return "shows internals";
            }
            return null;
        }

        /**
         * The fraud block of the case screen, posted by a page that is not the server's: a made-up view state, none,
         * the view state of another staff member's session, and no session at all. None may block the login, and none
         * may crash the screen.
         */
        private void forgery(WebSession staff, String complaint) throws Exception {
            KeycloakAdmin admin = new KeycloakAdmin(suite.realmUrl());
            String victimLogin = "r3-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            String victimPassword = java.util.UUID.randomUUID().toString();
            String victimId = admin.createCustomer(victimLogin, victimPassword, "C-8" + new Random().nextInt(100_000, 1_000_000));
            try {
                forge(staff, complaint, victimLogin, victimPassword);
            } finally {
                admin.delete(victimId);
            }
        }

        private void forge(WebSession staff, String complaint, String victimLogin, String victimPassword) throws Exception {
            String page = suite.bonafideUrl() + "/backoffice/complaint.xhtml?ref=" + complaint;
            staff.submit(page, "fraud-open", Map.of("confirmed", "on"), "open");
            WebSession other = new WebSession();
            other.signIn(page, "approver.chen", "approver.chen-demo");
            String othersState = other.viewState(page);
            Map<String, String> block = Map.of("login", victimLogin, "block-reason", "Reliability R3: forged request");
            Map<String, String> states = new LinkedHashMap<>();
            states.put("made-up view state", "-1234567890123456789:9876543210987654321");
            states.put("no view state", "");
            states.put("another session's view state", othersState);
            for (Map.Entry<String, String> state : states.entrySet()) {
                HttpResponse<String> answer = staff.submitAsBrowser(page, "block-form", block, "block", state.getValue());
                requests.addAndGet(2);
                forged.incrementAndGet();
                String wrong = judgePage(answer);
                if (wrong != null) {
                    findings.putIfAbsent("forged post (" + state.getKey() + ") to the fraud block: " + wrong, answer.statusCode() + " " + text(answer.body()));
                }
            }
            // No session at all: a cross-site page posting with the victim's cookies absent.
            HttpResponse<String> anonymous = new WebSession().get(page);
            requests.incrementAndGet();
            forged.incrementAndGet();
            if (anonymous.statusCode() == 200 && anonymous.body().contains("block-form")) {
                findings.putIfAbsent("the case screen opened without a session", String.valueOf(anonymous.statusCode()));
            }
            int victim = suite.signInStatus(victimLogin, victimPassword);
            requests.incrementAndGet();
            if (victim != 200) {
                forgedChanges.incrementAndGet();
                findings.putIfAbsent("a forged post blocked a login", "the victim can no longer sign in: " + victim);
            }
        }

        private String fileComplaint() {
            ApiCaller api = new ApiCaller(suite);
            Answer filed = api.send(suite.tokens().user("alice"), "POST", "complaints", "{\"category\":\"SERVICE\",\"itemKind\":\"ACCOUNT\","
                    + "\"itemReference\":\"A-1001\",\"description\":\"Reliability R3: the complaint the hostile forms aim at.\"}");
            if (filed.status() != 201) {
                throw new IllegalStateException("alice could not file the complaint the forms aim at: " + filed.describe());
            }
            return reference(filed.body(), "reference");
        }

        private static String text(String html) {
            String text = html == null ? "" : html.replaceAll("(?s)<(script|style).*?</\\1>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }
}
