package bank.bonafide.benchmarks;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * Access tokens from Keycloak as the field's clients get them: a terminal by client credentials, a customer by the
 * mobile app's password grant. They live five minutes, so every round asks for fresh ones.
 */
public final class Tokens {

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
        String body = Http.expectOk(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return Json.createReader(new StringReader(body)).readObject().getString("access_token");
    }
}
