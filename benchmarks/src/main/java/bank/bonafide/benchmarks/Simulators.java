package bank.bonafide.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Scripts the external-check simulators over their HTTP script API (see ExternalChecksSimulator). */
public final class Simulators {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String baseUrl;

    public Simulators(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Every simulated party answers after {@code millis}. */
    public void latency(long millis) {
        put("/script/latency", "{\"millis\":" + millis + "}");
    }

    /** The carrier knows {@code phone} as the line of this document and name, held in the device, not swapped. */
    public void phone(String phone, String idDocument, String name) {
        put("/script/phones/" + phone, "{\"idDocument\":\"" + idDocument + "\",\"name\":\"" + name + "\"}");
    }

    private void put(String path, String json) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("simulator refused " + path + ": " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("simulators not reachable at " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
