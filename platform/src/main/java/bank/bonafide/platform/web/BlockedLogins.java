package bank.bonafide.platform.web;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logins blocked for fraud, for every web module of this server at once (this class lives in the EAR's
 * shared library). Keycloak stops issuing tokens when a user is disabled, but sessions and access tokens
 * already issued would live on for up to a token lifetime; each request checks here instead, so a block
 * ends them with the next request. A login signed in again after it was unblocked is not affected.
 *
 * <p>One server only: a cluster would have to spread the block to every member (noted in the README).
 */
public final class BlockedLogins {

    private static final Map<String, Instant> BLOCKED_AT = new ConcurrentHashMap<>();

    private BlockedLogins() {
    }

    public static void block(String username, Instant at) {
        BLOCKED_AT.merge(username, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    /** True when {@code username} was blocked at or after the moment its token or session was issued. */
    public static boolean revoked(String username, Instant issuedAt) {
        Instant blocked = username == null ? null : BLOCKED_AT.get(username);
        return blocked != null && (issuedAt == null || !issuedAt.isAfter(blocked));
    }
}
