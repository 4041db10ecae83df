package bank.bonafide.systemtest.support;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Gets tokens from the test Keycloak the way the mobile app does (public client bonafide-channel). */
public final class Keycloak {

    public static final String REALM = System.getProperty("bonafide.oidc.provider-uri", "http://127.0.0.1:8180/realms/bonafide");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Keycloak() {
    }

    /** An access token for a demo user (password = user + "-demo"), or empty if Keycloak refuses. */
    public static Optional<String> accessToken(String user) {
        return accessToken(user, user + "-demo");
    }

    /** A terminal's token (client credentials of bonafide-terminal, role TERMINAL). */
    public static Optional<String> terminalToken() {
        return token("grant_type=client_credentials&client_id=bonafide-terminal&client_secret=bonafide-terminal-dev-secret");
    }

    public static Optional<String> accessToken(String user, String password) {
        return token("grant_type=password&client_id=bonafide-channel&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    private static Optional<String> token(String form) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(jakarta.json.Json.createReader(new StringReader(response.body())).readObject()
                    .getString("access_token"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + REALM, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
