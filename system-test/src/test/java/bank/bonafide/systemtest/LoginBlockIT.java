package bank.bonafide.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bank.bonafide.identity.access.boundary.BlockResult;
import bank.bonafide.identity.access.boundary.LoginBlocks;
import bank.bonafide.platform.keycloak.KeycloakRealm;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Keycloak;
import bank.bonafide.systemtest.support.ProvisionedLogins;
import bank.bonafide.systemtest.support.Sql;
import jakarta.inject.Inject;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The app's own Keycloak admin client (service account, keycloak-admin-client on Payara's Jersey)
 * against the real Keycloak: a login provisioned through it can sign in; after a fraud block it cannot,
 * and the block is on record.
 */
@ExtendWith(ArquillianExtension.class)
class LoginBlockIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(LoginBlockIT.class, Keycloak.class, ProvisionedLogins.class);
    }

    @Inject
    KeycloakRealm keycloak;

    @Inject
    LoginBlocks blocks;

    @Test
    void blockedLoginGetsNoMoreTokens() {
        String username = "blocktest-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        String id = provision(username, password);
        try {
            assertTrue(Keycloak.accessToken(username, password).isPresent(), "a provisioned login signs in");

            BlockResult result = blocks.block(username, "stolen ID card reported", "handler.li");

            assertEquals(1, assertInstanceOf(BlockResult.Blocked.class, result).sessionsEnded(),
                    "the session of the sign-in above was ended");
            assertTrue(Keycloak.accessToken(username, password).isEmpty(), "a blocked login gets no token");
            assertEquals(1, Sql.count("SELECT COUNT(*) FROM identity_login_block WHERE username = ? AND ordered_by = ?",
                    username, "handler.li"));
        } finally {
            keycloak.realm().users().delete(id).close();
        }
    }

    /**
     * A customer signed in to the portal, with a token for the app: the block ends both with the very next
     * request, not when the tokens expire (PLATFORM.md: a Keycloak logout alone leaves app sessions alive).
     */
    @Test
    void aBlockEndsTheOpenPortalSessionAndTheAppTokenWithinASecond() throws Exception {
        String username = "blocksession-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        String id = provision(username, password);
        try {
            keycloak.realm().users().get(id).roles().realmLevel()
                    .add(List.of(keycloak.realm().roles().get("CUSTOMER").toRepresentation()));
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieJar())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            assertEquals(200, signIn(browser, username, password).statusCode(), "signed in to the portal");
            String token = Keycloak.accessToken(username, password).orElseThrow();
            assertEquals(200, api(token).statusCode(), "the app's token works");

            assertInstanceOf(BlockResult.Blocked.class, blocks.block(username, "account taken over", "handler.li"));
            Instant blocked = Instant.now();

            HttpResponse<String> next = get(browser, PORTAL);
            HttpResponse<String> apiAfter = api(token);
            Duration took = Duration.between(blocked, Instant.now());
            assertEquals(302, next.statusCode(), "the portal session is gone: back to sign-in");
            assertTrue(next.headers().firstValue("Location").orElse("").contains("/realms/"), next.headers().map().toString());
            assertEquals(401, apiAfter.statusCode(), "the app's token is refused although it has not expired");
            assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "both ended within a second, took " + took);
        } finally {
            keycloak.realm().users().delete(id).close();
        }
    }

    static final String BASE = System.getProperty("bonafide.base-url", "http://127.0.0.1:8080");
    static final String PORTAL = BASE + "/portal/index.xhtml";

    /** The browser's sign-in by code flow: portal, Keycloak's login form, the callback, the page. */
    private static HttpResponse<String> signIn(HttpClient browser, String username, String password) throws Exception {
        HttpResponse<String> toLogin = get(browser, PORTAL);
        assertEquals(302, toLogin.statusCode());
        HttpResponse<String> form = get(browser, toLogin.headers().firstValue("Location").orElseThrow());
        Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                .matcher(form.body());
        assertTrue(action.find(), "Keycloak's login form");
        String url = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; response.statusCode() == 302 && hops < 5; hops++) {
            response = get(browser, URI.create(url).resolve(response.headers().firstValue("Location").orElseThrow()).toString());
        }
        return response;
    }

    /**
     * Cookies per host, as a browser keeps them for http://127.0.0.1 (a secure context there): Keycloak marks
     * its login cookies Secure, which java.net.CookieManager would never send over plain http.
     */
    static final class CookieJar extends CookieHandler {
        private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = byHost.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of());
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            Map<String, String> cookies = byHost.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), h -> new ConcurrentHashMap<>());
            responseHeaders.entrySet().stream().filter(e -> "Set-Cookie".equalsIgnoreCase(e.getKey()))
                    .flatMap(e -> e.getValue().stream()).forEach(header -> {
                        String pair = header.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        String name = pair.substring(0, eq).strip();
                        String value = pair.substring(eq + 1).strip();
                        if (value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, value);
                        }
                    });
        }
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> api(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/channel-api/api/complaints"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownLoginIsReportedNotRecorded() {
        String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        assertInstanceOf(BlockResult.UnknownLogin.class, blocks.block(username, "test", "handler.li"));
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM identity_login_block WHERE username = ?", username));
    }

    private String provision(String username, String password) {
        return ProvisionedLogins.provision(keycloak, username, password);
    }
}
