package bank.bonafide.systemtest.support;

import bank.bonafide.platform.keycloak.KeycloakRealm;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** In-container: a throwaway Keycloak login created through the app's own admin client (its service account). */
public final class ProvisionedLogins {

    private ProvisionedLogins() {
    }

    /** Creates an enabled login with this password; returns its Keycloak id (delete it when done). */
    public static String provision(KeycloakRealm keycloak, String username, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setFirstName("Provisioned");
        user.setLastName("Test");
        user.setEmail(username + "@example.invalid");
        user.setEmailVerified(true);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        try (Response created = keycloak.realm().users().create(user)) {
            if (created.getStatus() != 201) {
                throw new AssertionError("the service account may create users: HTTP " + created.getStatus());
            }
        }
        return keycloak.realm().users().searchByUsername(username, true).get(0).getId();
    }

    /** Whether Keycloak still lets this login in. */
    public static boolean enabled(KeycloakRealm keycloak, String id) {
        return Boolean.TRUE.equals(keycloak.realm().users().get(id).toRepresentation().isEnabled());
    }

    public static void delete(KeycloakRealm keycloak, String id) {
        keycloak.realm().users().delete(id).close();
    }
}
