package bank.bonafide.benchmarks;

import java.util.Map;

/** One request wrk sends again and again: method, absolute path, headers and body (may be null). */
public record HttpCall(String method, String path, Map<String, String> headers, String body) {

    public HttpCall {
        headers = Map.copyOf(headers);
    }

    public static HttpCall get(String path, String bearer) {
        return new HttpCall("GET", path, Map.of("Authorization", "Bearer " + bearer), null);
    }

    public static HttpCall postJson(String path, String bearer, String json) {
        return new HttpCall("POST", path, bearer == null ? Map.of("Content-Type", "application/json")
                : Map.of("Authorization", "Bearer " + bearer, "Content-Type", "application/json"), json);
    }
}
