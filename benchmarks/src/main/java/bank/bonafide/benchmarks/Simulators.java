package bank.bonafide.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;

/** Scripts the external-check simulators over their HTTP script API (see ExternalChecksSimulator). */
public final class Simulators {

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
        Http.expectOk(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
