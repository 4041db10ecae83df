package bank.bonafide.identity.access.boundary;

import bank.bonafide.identity.access.entity.LoginBlock;
import bank.bonafide.platform.keycloak.KeycloakRealm;
import bank.bonafide.platform.web.BlockedLogins;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ProcessingException;
import java.time.Instant;
import java.util.List;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Fraud block of a login: disable the user at Keycloak and log out all their Keycloak sessions, so no
 * new token is issued and no refresh succeeds, and revoke the sessions and tokens the app already holds
 * ({@link BlockedLogins}: the next request is refused). Recorded only when Keycloak confirmed it.
 */
@Stateless
public class LoginBlocks {

    @Inject
    KeycloakRealm keycloak;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    public BlockResult block(String username, String reason, String orderedBy) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a block needs a reason");
        }
        try {
            List<UserRepresentation> found = keycloak.realm().users().searchByUsername(username, true);
            if (found.isEmpty()) {
                return new BlockResult.UnknownLogin();
            }
            UserResource user = keycloak.realm().users().get(found.get(0).getId());
            int sessions = user.getUserSessions().size();
            UserRepresentation update = new UserRepresentation();
            update.setEnabled(false);
            user.update(update);
            user.logout();
            Instant now = Instant.now();
            // Keycloak issues nothing more; this ends what it already issued, in every web module, at once.
            BlockedLogins.block(username, now);
            em.persist(new LoginBlock(username, reason.strip(), orderedBy, now, sessions));
            return new BlockResult.Blocked(sessions);
        } catch (WebApplicationException | ProcessingException e) {
            return new BlockResult.IdentityProviderUnavailable(e.getClass().getSimpleName());
        }
    }
}
