package bank.bonafide.identity.access.boundary;

/** What a role-change request or decision achieved. */
public sealed interface GrantStep {

    /** Recorded: applied at Keycloak already, or waiting for a second administrator. */
    record Done(RoleGrantView grant) implements GrantStep {
    }

    /** Nothing changed, and why, in words for the screen. */
    record Refused(String reason) implements GrantStep {
    }
}
