package bank.bonafide.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Calls the channel API as an app or terminal would and records every answer, including the ones that never came
 * (timeouts, refused connections), so that a drill counts them instead of dying on them.
 */
final class ApiCaller {

    /**
     * Status -1: no answer within the time limit; -2: no connection (server down); -3: interrupted; -4: not sent,
     * because the HTTP client itself refuses the address (a client-side limit, not the server's answer).
     */
    record Answer(long sentAtNanos, long millis, int status, String contentType, String retryAfter, String body) {

        boolean ok() {
            return status / 100 == 2;
        }

        String describe() {
            String text = body == null ? "" : body;
            return status + " " + contentType + " after " + millis + " ms: " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    private final Suite suite;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiCaller(Suite suite) {
        this.suite = suite;
    }

    Answer send(String token, String method, String path, String json) {
        return send(token, method, path, json == null ? null : "application/json",
                json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Any body of any declared type; {@code token} null sends no Authorization header. */
    Answer send(String token, String method, String path, String contentType, byte[] body) {
        long start = System.nanoTime();
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(suite.api(path))).timeout(Duration.ofSeconds(30));
        } catch (IllegalArgumentException e) {
            return new Answer(start, 0, -4, null, null, "not a URI the client sends: " + e.getMessage());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(start, since(start), response.statusCode(),
                    response.headers().firstValue("Content-Type").map(t -> t.split(";")[0].trim()).orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (HttpTimeoutException e) {
            return new Answer(start, since(start), -1, null, null, "no answer within 30 s");
        } catch (IOException e) {
            return new Answer(start, since(start), -2, null, null, "connection: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(start, since(start), -3, null, null, "interrupted");
        }
    }

    private static long since(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
