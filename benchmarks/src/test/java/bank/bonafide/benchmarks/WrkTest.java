package bank.bonafide.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real wrk against a small local server, so the generated Lua and the parsing are what CI relies on. */
class WrkTest {

    private HttpServer server;
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();

    @TempDir
    Path work;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", exchange -> {
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + " " + exchange.getRequestHeaders().getFirst("Authorization");
            seen.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            bodies.put(key, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = (exchange.getRequestURI().getPath().equals("/broken") ? "{\"title\":\"Server \\\"error\\\"\"}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/broken") ? 503 : 201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void cyclesThroughEveryCallWithItsHeadersAndBody() {
        LoadRound round = wrk().run(List.of(
                HttpCall.postJson("/complaints", "token-a", "{\"description\":\"it's [a] \\\"quote\\\"\"}"),
                HttpCall.get("/complaints", "token-b")), 2, 1, 0);

        assertThat(round.failed()).isZero();
        assertThat(round.requests()).isPositive();
        assertThat(round.p50Millis()).isPositive().isLessThanOrEqualTo(round.p95Millis());
        assertThat(seen).containsOnlyKeys("POST /complaints Bearer token-a", "GET /complaints Bearer token-b");
        assertThat(bodies.get("POST /complaints Bearer token-a")).isEqualTo("{\"description\":\"it's [a] \\\"quote\\\"\"}");
    }

    @Test
    void everyResponseOutside2xxIsAFailureAndTheFirstOneSaysWhy() {
        LoadRound round = wrk().run(List.of(HttpCall.get("/fine", "t"), HttpCall.get("/broken", "t")), 1, 1, 0);

        assertThat(round.failed()).as("every second call").isBetween(round.requests() / 2 - 1, round.requests() / 2 + 1).isPositive();
        assertThat(round.firstFailure()).as("quotes and backslashes blanked, so the result line stays JSON")
                .startsWith("503 ").contains("title", "Server", "error").doesNotContain("\"", "\\");
    }

    @Test
    void thinkTimeSlowsTheClientsDown() {
        LoadRound round = wrk().run(List.of(HttpCall.get("/fine", "t")), 1, 2, 200);

        assertThat(round.requests()).as("one client waiting 200 ms between calls for 2 s").isBetween(5L, 11L);
    }

    private Wrk wrk() {
        return new Wrk("http://127.0.0.1:" + server.getAddress().getPort(), work);
    }
}
