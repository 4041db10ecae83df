package bank.bonafide.platform.web;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Claims of bearer tokens whose signature and claims were already verified, until each token expires. A client sends
 * the same token with every call for minutes, and checking its RSA signature every time was a tenth of complaint
 * intake's CPU (benchmark P2).
 *
 * <p>Invariants: a token is found only by its exact bytes (kept as a SHA-256, never in clear) and audience, and never
 * at or after its expiry. Revocation (a fraud block) is not decided here: callers check it on every call.
 */
final class VerifiedTokens {

    private final int capacity;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    Optional<JWTClaimsSet> find(String audience, String token, Instant now) {
        String key = key(audience, token);
        Verified v = verified.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!now.isBefore(v.expires())) {
            verified.remove(key);
            return Optional.empty();
        }
        return Optional.of(v.claims());
    }

    /** Remembers verified claims; a token without expiry is not kept. When full, starts afresh (cheaper than LRU). */
    void remember(String audience, String token, JWTClaimsSet claims) {
        if (claims.getExpirationTime() == null) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(key(audience, token), new Verified(claims, claims.getExpirationTime().toInstant()));
    }

    int size() {
        return verified.size();
    }

    private static String key(String audience, String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(audience.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return Base64.getEncoder().encodeToString(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private record Verified(JWTClaimsSet claims, Instant expires) {
    }
}
