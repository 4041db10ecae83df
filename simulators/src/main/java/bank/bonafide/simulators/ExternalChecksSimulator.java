package bank.bonafide.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One small HTTP server answering like the external services, from a script the test sets.
 *
 * <ul>
 * <li>{@code PUT /script/phones/{number}} {@code {"idDocument","name","swappedRecently","deviceHolds","available"}}</li>
 * <li>{@code PUT /script/lost-documents/{number}} {@code {"reportedOn":"2019-10-18"}}</li>
 * <li>{@code PUT /script/faces/{referenceId}} {@code {"score":"0.72","liveness":"PASSED","modelVersion"}}</li>
 * <li>{@code PUT /script/latency} {@code {"millis":100}}; {@code DELETE /script} forgets everything</li>
 * <li>Credit bureau: {@code POST /credit-reports/v1/queries} {@code {"customerReference","consentId","applicationReference"}}
 *     answers {@code {"reportId","currentDelinquencies"}}; without consent id or application it refuses (400);
 *     {@code PUT /script/credit-reports/{customerReference}} {@code {"currentDelinquencies":2}} or {@code {"available":false}}</li>
 * <li>SMS gateway: {@code POST /sms/v1/messages} {@code {"to","text"}} delivers; {@code GET /script/sms/{number}}
 *     shows the last message to that number (what the phone's holder would read)</li>
 * </ul>
 * A phone that is not scripted, or scripted {@code "available": false}, gets 503 from the carrier:
 * the bank's client must read that as {@code not_available}, never as a pass.
 */
public final class ExternalChecksSimulator implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, JsonObject> phones = new ConcurrentHashMap<>();
    private final Map<String, String> lostDocuments = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> faces = new ConcurrentHashMap<>();
    private final Map<String, String> lastSms = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> creditReports = new ConcurrentHashMap<>();
    private final AtomicLong latencyMillis = new AtomicLong();
    /** Correlation ids received, newest last (bounded), so a test can see the bank sent its own. */
    private final java.util.Deque<String> correlators = new java.util.concurrent.ConcurrentLinkedDeque<>();

    private ExternalChecksSimulator(HttpServer server) {
        this.server = server;
    }

    /** Starts on 127.0.0.1 (port 0 picks a free one). */
    public static ExternalChecksSimulator start(int port) throws IOException {
        // Headers and body go out as two writes: without TCP_NODELAY the body waits for the client's delayed ACK,
        // about 40 ms on Linux, on every answer, which would pass for the party's own latency.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        ExternalChecksSimulator simulator = new ExternalChecksSimulator(server);
        server.createContext("/", simulator::handle);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
        return simulator;
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv().getOrDefault("SIMULATOR_PORT", args.length > 0 ? args[0] : "8290"));
        start(port);
        System.out.println("external-check simulators listening on http://127.0.0.1:" + port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public java.util.List<String> correlatorsSeen() {
        return java.util.List.copyOf(correlators);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/script")) {
                script(exchange, method, path);
                return;
            }
            // CAMARA: the caller's x-correlator is echoed back, and both sides log it.
            String correlator = exchange.getRequestHeaders().getFirst("x-correlator");
            if (correlator != null) {
                correlators.addLast(correlator);
                while (correlators.size() > 1000) {
                    correlators.pollFirst();
                }
                exchange.getResponseHeaders().set("x-correlator", correlator);
            }
            sleep(latencyMillis.get());
            JsonObject body = "POST".equals(method) ? read(exchange.getRequestBody()) : JsonValue.EMPTY_JSON_OBJECT;
            switch (method + " " + path.replaceAll("^(/lost-documents/).+", "$1*")) {
                case "POST /kyc-match/v0.3/match" -> kycMatch(exchange, body);
                case "POST /number-verification/v1/verify" -> carrier(exchange, body, phone ->
                        Json.createObjectBuilder().add("devicePhoneNumberVerified", phone.getBoolean("deviceHolds", true)));
                case "POST /sim-swap/v1/check" -> carrier(exchange, body, phone ->
                        Json.createObjectBuilder().add("swapped", phone.getBoolean("swappedRecently", false)));
                case "GET /lost-documents/*" -> lostDocument(exchange, path.substring("/lost-documents/".length()));
                case "POST /face/v1/compare" -> face(exchange, body);
                case "POST /credit-reports/v1/queries" -> creditReport(exchange, body);
                case "POST /sms/v1/messages" -> {
                    lastSms.put(body.getString("to"), body.getString("text"));
                    send(exchange, 201, Json.createObjectBuilder().add("status", "DELIVERED").build());
                }
                default -> send(exchange, 404, Json.createObjectBuilder().add("status", 404).add("code", "NOT_FOUND").build());
            }
        } catch (RuntimeException e) {
            send(exchange, 400, Json.createObjectBuilder().add("status", 400).add("code", "INVALID_ARGUMENT").build());
        }
    }

    private void kycMatch(HttpExchange exchange, JsonObject body) throws IOException {
        carrier(exchange, body, phone -> Json.createObjectBuilder()
                .add("idDocumentMatch", matches(phone.getString("idDocument", null), body.getString("idDocument", null)))
                .add("nameMatch", matches(phone.getString("name", null), body.getString("name", null))));
    }

    private static String matches(String registered, String asked) {
        if (registered == null || asked == null) {
            return "not_available";
        }
        return registered.equalsIgnoreCase(asked.strip()) ? "true" : "false";
    }

    private void carrier(HttpExchange exchange, JsonObject body, java.util.function.Function<JsonObject, JsonObjectBuilder> answer)
            throws IOException {
        JsonObject phone = phones.get(body.getString("phoneNumber", ""));
        if (phone == null || !phone.getBoolean("available", true)) {
            send(exchange, 503, Json.createObjectBuilder().add("status", 503).add("code", "UNAVAILABLE").build());
            return;
        }
        send(exchange, 200, answer.apply(phone).build());
    }

    private void lostDocument(HttpExchange exchange, String number) throws IOException {
        String reportedOn = lostDocuments.get(number);
        JsonObjectBuilder answer = Json.createObjectBuilder().add("reportedLost", reportedOn != null);
        if (reportedOn != null) {
            answer.add("reportedOn", reportedOn);
        }
        send(exchange, 200, answer.build());
    }

    /** A bureau answers only a query that names the consent and the application it serves (CN-06). */
    private void creditReport(HttpExchange exchange, JsonObject body) throws IOException {
        if (body.getString("consentId", "").isBlank() || body.getString("applicationReference", "").isBlank()) {
            send(exchange, 400, Json.createObjectBuilder().add("status", 400).add("code", "CONSENT_REQUIRED").build());
            return;
        }
        JsonObject script = creditReports.getOrDefault(body.getString("customerReference", ""), JsonValue.EMPTY_JSON_OBJECT);
        if (!script.getBoolean("available", true)) {
            send(exchange, 503, Json.createObjectBuilder().add("status", 503).add("code", "UNAVAILABLE").build());
            return;
        }
        send(exchange, 200, Json.createObjectBuilder().add("reportId", java.util.UUID.randomUUID().toString())
                .add("currentDelinquencies", script.getInt("currentDelinquencies", 0)).build());
    }

    private void face(HttpExchange exchange, JsonObject body) throws IOException {
        JsonObject answer = faces.get(body.getString("referenceId", ""));
        if (answer == null) {
            send(exchange, 404, Json.createObjectBuilder().add("status", 404).add("code", "NOT_FOUND").build());
            return;
        }
        send(exchange, 200, answer);
    }

    private void script(HttpExchange exchange, String method, String path) throws IOException {
        if ("DELETE".equals(method) && path.equals("/script")) {
            phones.clear();
            lostDocuments.clear();
            faces.clear();
            lastSms.clear();
            creditReports.clear();
            latencyMillis.set(0);
            send(exchange, 204, null);
            return;
        }
        String key = path.substring(path.lastIndexOf('/') + 1);
        if ("GET".equals(method) && path.startsWith("/script/sms/")) {
            String text = lastSms.get(key);
            send(exchange, text == null ? 404 : 200, text == null ? null : Json.createObjectBuilder().add("text", text).build());
            return;
        }
        JsonObject body = read(exchange.getRequestBody());
        if (path.startsWith("/script/phones/")) {
            phones.put(key, body);
        } else if (path.startsWith("/script/lost-documents/")) {
            lostDocuments.put(key, body.getString("reportedOn"));
        } else if (path.startsWith("/script/credit-reports/")) {
            creditReports.put(key, body);
        } else if (path.startsWith("/script/faces/")) {
            faces.put(key, body);
        } else if (path.equals("/script/latency")) {
            latencyMillis.set(body.getJsonNumber("millis").longValue());
        } else {
            send(exchange, 404, null);
            return;
        }
        send(exchange, 204, null);
    }

    private static JsonObject read(InputStream in) {
        try (var reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    private static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
