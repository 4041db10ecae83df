package bank.bonafide.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in to this browser session, as Keycloak vouched at sign-in (or the last refresh).
 * Kept in the HTTP session; the tokens never leave the server.
 *
 * @param customerId the bank's customer id for customers ({@code customer_id} claim), null for staff
 * @param issuedAt   when Keycloak issued the ID token of the sign-in or last refresh (a fraud block revokes what came before)
 */
public record SignedInUser(String subject, String username, String givenName, String customerId, Set<String> groups,
                           Instant accessExpiresAt, String refreshToken, String idToken, Instant issuedAt) implements Serializable {

    static final String SESSION_KEY = SignedInUser.class.getName();

    public SignedInUser {
        groups = Set.copyOf(groups);
    }

    /** The signed-in user of this request's session, if any. */
    public static Optional<SignedInUser> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SignedInUser) session.getAttribute(SESSION_KEY));
    }

    public String displayName() {
        return givenName == null || givenName.isBlank() ? username : givenName;
    }

    boolean accessExpired(Instant now) {
        return !now.isBefore(accessExpiresAt);
    }
}
