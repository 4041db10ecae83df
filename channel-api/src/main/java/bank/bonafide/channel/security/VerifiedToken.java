package bank.bonafide.channel.security;

import bank.bonafide.platform.web.KeycloakTokens;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The caller a verified bearer token speaks for. {@code customerId} is null for staff logins. */
public record VerifiedToken(String subject, String username, String customerId, Set<String> groups, String acr,
                            List<String> amr, Instant authTime, Instant issuedAt) {

    static VerifiedToken of(JWTClaimsSet claims) {
        String username = KeycloakTokens.stringClaim(claims, "preferred_username");
        return new VerifiedToken(claims.getSubject(), username == null ? claims.getSubject() : username,
                KeycloakTokens.stringClaim(claims, "customer_id"), KeycloakTokens.groups(claims),
                KeycloakTokens.stringClaim(claims, "acr"), amr(claims), authTime(claims),
                claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant());
    }

    private static List<String> amr(JWTClaimsSet claims) {
        try {
            List<String> amr = claims.getStringListClaim("amr");
            return amr == null ? List.of() : amr;
        } catch (java.text.ParseException e) {
            return List.of();
        }
    }

    private static Instant authTime(JWTClaimsSet claims) {
        Object value = claims.getClaim("auth_time");
        return value instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
    }
}
