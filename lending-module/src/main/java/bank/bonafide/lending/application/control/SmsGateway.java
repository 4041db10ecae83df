package bank.bonafide.lending.application.control;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends a text message through the bank's SMS gateway ({@code POST /sms/v1/messages}). The message text
 * holds a one-time code: it is never logged here.
 */
public final class SmsGateway {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SmsGateway() {
    }

    /** @return true when the gateway accepted the message */
    public static boolean send(String phoneNumber, String text) {
        String base = ConfigProvider.getConfig().getOptionalValue("bonafide.sms.url", String.class).orElse("http://127.0.0.1:8290");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/sms/v1/messages"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header("x-correlator", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("to", phoneNumber).add("text", text)
                        .build().toString()))
                .build();
        try {
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
