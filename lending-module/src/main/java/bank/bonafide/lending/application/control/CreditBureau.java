package bank.bonafide.lending.application.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The credit reference centre. A query always names the customer's consent and the application it serves
 * (CN-06), so the bureau and an auditor can see its live purpose; there is no other way to ask.
 */
public final class CreditBureau {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * One query and what came back.
     *
     * @param delinquencies current delinquencies at any lender, or null when the bureau gave no answer
     * @param answer        the raw answer, or why there was none
     */
    public record Query(String correlationId, Instant askedAt, Instant answeredAt, Integer delinquencies, String reportId,
                        String answer) {

        public boolean answered() {
            return delinquencies != null;
        }
    }

    private CreditBureau() {
    }

    public static Query query(String customerId, UUID consentId, String applicationReference) {
        String base = ConfigProvider.getConfig().getOptionalValue("bonafide.credit-bureau.url", String.class)
                .orElse("http://127.0.0.1:8290");
        String correlation = UUID.randomUUID().toString();
        Instant asked = Instant.now();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/credit-reports/v1/queries"))
                .timeout(Duration.ofSeconds(3))
                .header("Content-Type", "application/json")
                .header("x-correlator", correlation)
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("customerReference", customerId)
                        .add("consentId", consentId.toString()).add("applicationReference", applicationReference)
                        .add("purpose", "LOAN_APPROVAL").build().toString()))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String raw = response.body().length() > 1900 ? response.body().substring(0, 1900) : response.body();
            if (response.statusCode() != 200) {
                return new Query(correlation, asked, Instant.now(), null, null, "bureau answered " + response.statusCode() + " " + raw);
            }
            JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
            return new Query(correlation, asked, Instant.now(), body.getInt("currentDelinquencies"), body.getString("reportId", null), raw);
        } catch (IOException | RuntimeException e) {
            return new Query(correlation, asked, null, null, null, "no answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Query(correlation, asked, null, null, null, "interrupted");
        }
    }
}
