package bank.bonafide.platform.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Keycloak realm as the web modules see it: its endpoints (from OpenID discovery, fetched once) and
 * token verification. Realm URL from {@code bonafide.oidc.provider-uri} (README "Configuration").
 *
 * <p>Invariant: a token is accepted only with an RS256 signature by a key the realm publishes, the
 * realm as issuer, the expected audience, and a future expiry. Anything else is treated as no token.
 */
public final class KeycloakTokens {

    static final String DEFAULT_PROVIDER = "http://127.0.0.1:8180/realms/bonafide";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private static final Map<String, DefaultJWTProcessor<SecurityContext>> PROCESSORS = new ConcurrentHashMap<>();
    private static final VerifiedTokens VERIFIED = new VerifiedTokens(10_000);
    private static volatile JsonObject discovery;
    private static volatile JWKSource<SecurityContext> keys;

    private KeycloakTokens() {
    }

    public static String providerUri() {
        return ConfigProvider.getConfig().getOptionalValue("bonafide.oidc.provider-uri", String.class)
                .orElse(DEFAULT_PROVIDER);
    }

    /**
     * The verified claims of {@code token} issued for {@code audience}, or empty. A token verified before is taken from
     * {@link VerifiedTokens} until it expires; a key the realm withdraws therefore stops tokens signed with it only when
     * they expire (Keycloak's access tokens live minutes).
     */
    public static Optional<JWTClaimsSet> verify(String token, String audience) {
        Optional<JWTClaimsSet> known = VERIFIED.find(audience, token, Instant.now());
        if (known.isPresent()) {
            return known;
        }
        try {
            JWTClaimsSet claims = processor(audience).process(token, null);
            VERIFIED.remember(audience, token, claims);
            return Optional.of(claims);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    public static Set<String> groups(JWTClaimsSet claims) {
        try {
            List<String> groups = claims.getStringListClaim("groups");
            return groups == null ? Set.of() : Set.copyOf(groups);
        } catch (java.text.ParseException e) {
            return Set.of();
        }
    }

    public static String stringClaim(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    static String endpoint(String name) {
        String value = discovery().getString(name, null);
        if (value == null) {
            throw new IllegalStateException("the OpenID provider does not announce " + name);
        }
        return value;
    }

    /** POSTs a form to the token endpoint; the JSON answer, or empty on any refusal or failure. */
    static Optional<JsonObject> tokenRequest(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(Json.createReader(new StringReader(response.body())).readObject());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static DefaultJWTProcessor<SecurityContext> processor(String audience) {
        return PROCESSORS.computeIfAbsent(audience, aud -> {
            DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
            p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys()));
            p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(aud,
                    new JWTClaimsSet.Builder().issuer(endpoint("issuer")).build(),
                    new HashSet<>(List.of("sub", "exp", "iat"))));
            return p;
        });
    }

    private static JWKSource<SecurityContext> keys() {
        JWKSource<SecurityContext> k = keys;
        if (k == null) {
            try {
                k = JWKSourceBuilder.create(URI.create(endpoint("jwks_uri")).toURL()).retrying(true).build();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException("bad jwks_uri", e);
            }
            keys = k;
        }
        return k;
    }

    private static JsonObject discovery() {
        JsonObject d = discovery;
        if (d == null) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                                URI.create(providerUri() + "/.well-known/openid-configuration")).timeout(TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("OpenID discovery answered " + response.statusCode());
                }
                d = Json.createReader(new StringReader(response.body())).readObject();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the OpenID provider " + providerUri() + " is not reachable", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            discovery = d;
        }
        return d;
    }
}
