package bank.bonafide.reliability;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Keycloak's admin REST API as the suite's operator uses it (the dev server's bootstrap admin, KC_BOOTSTRAP_ADMIN_*):
 * to create a throwaway customer login a drill may block, and to remove it again.
 */
final class KeycloakAdmin {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String server;
    private final String realm;

    KeycloakAdmin(String realmUrl) {
        int at = realmUrl.indexOf("/realms/");
        this.server = realmUrl.substring(0, at);
        this.realm = realmUrl.substring(at + "/realms/".length());
    }

    /** An enabled customer login (realm role CUSTOMER, attribute customerId); its Keycloak id. */
    String createCustomer(String username, String password, String customerId) throws Exception {
        String user = Json.createObjectBuilder().add("username", username).add("enabled", true).add("firstName", "Reliability")
                .add("lastName", "Drill").add("email", username + "@example.invalid").add("emailVerified", true)
                .add("attributes", Json.createObjectBuilder().add("customerId", Json.createArrayBuilder().add(customerId)))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false))).build().toString();
        HttpResponse<String> created = send("POST", "/users", user);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not create " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String role = send("GET", "/roles/CUSTOMER", null).body();
        HttpResponse<String> granted = send("POST", "/users/" + id + "/role-mappings/realm", "[" + role + "]");
        if (granted.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak did not grant CUSTOMER to " + username + ": " + granted.statusCode());
        }
        return id;
    }

    boolean disabled(String id) throws Exception {
        HttpResponse<String> user = send("GET", "/users/" + id, null);
        return user.statusCode() == 200 && !Json.createReader(new StringReader(user.body())).readObject().getBoolean("enabled", true);
    }

    void delete(String id) throws Exception {
        send("DELETE", "/users/" + id, null);
    }

    /**
     * Lets client {@code clientId} redirect to {@code uri} as well (a second server's screens); the redirect URIs it had
     * before, for {@link #setRedirects} to put back.
     */
    java.util.List<String> allowRedirect(String clientId, String uri) throws Exception {
        jakarta.json.JsonObject client = client(clientId);
        java.util.List<String> before = client.getJsonArray("redirectUris").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        java.util.List<String> after = new java.util.ArrayList<>(before);
        after.add(uri);
        setRedirects(clientId, after);
        return before;
    }

    void setRedirects(String clientId, java.util.List<String> uris) throws Exception {
        jakarta.json.JsonObject client = client(clientId);
        jakarta.json.JsonArrayBuilder list = Json.createArrayBuilder();
        uris.forEach(list::add);
        String changed = Json.createObjectBuilder(client).add("redirectUris", list).build().toString();
        HttpResponse<String> put = send("PUT", "/clients/" + client.getString("id"), changed);
        if (put.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak did not change the redirects of " + clientId + ": " + put.statusCode());
        }
    }

    private jakarta.json.JsonObject client(String clientId) throws Exception {
        HttpResponse<String> found = send("GET", "/clients?clientId=" + java.net.URLEncoder.encode(clientId, java.nio.charset.StandardCharsets.UTF_8), null);
        jakarta.json.JsonArray clients = Json.createReader(new StringReader(found.body())).readArray();
        if (clients.isEmpty()) {
            throw new IllegalStateException("Keycloak has no client " + clientId);
        }
        return clients.getJsonObject(0);
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + "/admin/realms/" + realm + path))
                .header("Authorization", "Bearer " + adminToken());
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + env("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                + "&password=" + env("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the Keycloak admin cannot sign in: " + answer.statusCode());
        }
        return Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
