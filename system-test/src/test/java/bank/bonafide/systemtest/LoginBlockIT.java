package bank.bonafide.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bank.bonafide.identity.access.boundary.BlockResult;
import bank.bonafide.identity.access.boundary.LoginBlocks;
import bank.bonafide.platform.keycloak.KeycloakRealm;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Keycloak;
import bank.bonafide.systemtest.support.Sql;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The app's own Keycloak admin client (service account, keycloak-admin-client on Payara's Jersey)
 * against the real Keycloak: a login provisioned through it can sign in; after a fraud block it cannot,
 * and the block is on record.
 */
@ExtendWith(ArquillianExtension.class)
class LoginBlockIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(LoginBlockIT.class, Keycloak.class);
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

    @Test
    void unknownLoginIsReportedNotRecorded() {
        String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        assertInstanceOf(BlockResult.UnknownLogin.class, blocks.block(username, "test", "handler.li"));
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM identity_login_block WHERE username = ?", username));
    }

    private String provision(String username, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setFirstName("Block");
        user.setLastName("Test");
        user.setEmail(username + "@example.invalid");
        user.setEmailVerified(true);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        try (Response created = keycloak.realm().users().create(user)) {
            assertEquals(201, created.getStatus(), "the service account may create users");
        }
        return keycloak.realm().users().searchByUsername(username, true).get(0).getId();
    }
}
