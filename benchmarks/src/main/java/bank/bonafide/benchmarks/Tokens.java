package bank.bonafide.benchmarks;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Access tokens from Keycloak as the field's clients get them: a terminal by client credentials, a customer by the
 * mobile app's password grant. They live five minutes, so every round asks for fresh ones.
 */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String realmUrl;

    public Tokens(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    public String terminal() {
        return token("grant_type=client_credentials&client_id=bonafide-terminal&client_secret=bonafide-terminal-dev-secret");
    }

    /** A demo login (password = user + "-demo"). */
    public String user(String user) {
        return token("grant_type=password&client_id=bonafide-channel&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user + "-demo", StandardCharsets.UTF_8));
    }

    private String token(String form) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + realmUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
