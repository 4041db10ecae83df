package bank.bonafide.identity.access.boundary;

/** What a block request achieved. */
public sealed interface BlockResult {

    /** Disabled at Keycloak, with the number of sessions ended there. */
    record Blocked(int sessionsEnded) implements BlockResult {
    }

    record UnknownLogin() implements BlockResult {
    }

    /** Keycloak could not be reached or refused; nothing was recorded, try again. */
    record IdentityProviderUnavailable(String detail) implements BlockResult {
    }
}
