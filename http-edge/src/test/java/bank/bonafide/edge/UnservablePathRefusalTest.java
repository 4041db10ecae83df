package bank.bonafide.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.TransportFilter;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.ServerFilterConfiguration;
import org.glassfish.grizzly.utils.DelayedExecutor;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The add-on in a real Grizzly listener on a loopback port, spoken to in raw HTTP/1.1 as a hostile client would. */
class UnservablePathRefusalTest {

    private static HttpServer server;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        server = new HttpServer();
        NetworkListener listener = new NetworkListener("edge-test", "127.0.0.1", 0);
        listener.registerAddOn(new UnservablePathAddOn());
        server.addListener(listener);
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws Exception {
                response.setContentType("text/plain");
                response.getWriter().write("served " + request.getRequestURI());
            }
        });
        server.start();
        port = listener.getPort();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @Test
    void refusesWithProblemJsonAndCloses() throws IOException {
        String answer = exchange("GET /api/%00 HTTP/1.1\r\nHost: x\r\n\r\n");
        assertProblem(answer);
        assertTrue(answer.endsWith("\"detail\":\"The request path holds a NUL character.\"}"), answer);
    }

    /** Java's HttpClient offers h2c on every plain request; Grizzly then writes none of its usual headers itself. */
    @Test
    void refusalOfAnUpgradeRequestStillSaysWhatItIs() throws IOException {
        String answer = exchange("GET /a\\b HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                + "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n");
        assertProblem(answer);
        assertTrue(answer.contains("backslash"), answer);
    }

    @Test
    void passesOrdinaryRequestsAndKeepsTheConnection() throws IOException {
        String answers = exchange("GET /api/complaints HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /a/./b/../c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(2, answers.split("HTTP/1.1 200 ", -1).length - 1, answers);
        assertTrue(answers.contains("served /api/complaints"), answers);
    }

    @Test
    void nothingAfterARefusedRequestReachesTheServer() throws IOException {
        String answers = exchange("POST /%ff%fe HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                + "GET /api/after HTTP/1.1\r\nHost: x\r\n\r\n");
        assertProblem(answers);
        assertFalse(answers.contains("served"), answers);
    }

    /** Payara's GenericGrizzlyListener calls setup(null, builder): the add-on must not need the listener. */
    @Test
    void goesRightBeforeTheServerFilterWithoutAListener() {
        ExecutorService timers = Executors.newSingleThreadExecutor();
        try {
            FilterChainBuilder chain = FilterChainBuilder.stateless()
                    .add(new TransportFilter())
                    .add(new HttpServerFilter(new ServerFilterConfiguration(), new DelayedExecutor(timers)));
            new UnservablePathAddOn().setup(null, chain);
            assertEquals(1, chain.indexOfType(UnservablePathRefusal.class));
            assertEquals(2, chain.indexOfType(HttpServerFilter.class));
        } finally {
            timers.shutdownNow();
        }
    }

    /** A 400 that says what it is and when it was, and closes the connection, whatever Grizzly writes itself. */
    private static void assertProblem(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.contains("\r\nContent-Type: application/problem+json\r\n"), answer);
        assertTrue(answer.contains("\r\nDate: "), answer);
        assertTrue(answer.contains("\r\nConnection: close\r\n"), answer);
    }

    /** Sends the bytes (one char per byte), then reads until the server closes the connection. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
