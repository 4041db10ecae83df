package bank.bonafide.channel.security;

import bank.bonafide.platform.web.KeycloakTokens;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Set;

/** The caller a verified bearer token speaks for. {@code customerId} is null for staff logins. */
public record VerifiedToken(String subject, String username, String customerId, Set<String> groups) {

    static VerifiedToken of(JWTClaimsSet claims) {
        String username = KeycloakTokens.stringClaim(claims, "preferred_username");
        return new VerifiedToken(claims.getSubject(), username == null ? claims.getSubject() : username,
                KeycloakTokens.stringClaim(claims, "customer_id"), KeycloakTokens.groups(claims));
    }
}
