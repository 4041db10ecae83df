package bank.bonafide.backoffice.complaints;

import bank.bonafide.platform.keycloak.KeycloakRealm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The staff who may be given complaints: members of the realm role COMPLAINT_HANDLER, read from Keycloak.
 * Cached for a minute; when Keycloak cannot be asked, assignment still works by typing the user name.
 */
@ApplicationScoped
public class ComplaintHandlers {

    private static final Logger LOG = Logger.getLogger(ComplaintHandlers.class.getName());
    private static final long CACHE_MILLIS = 60_000;

    @Inject
    KeycloakRealm keycloak;

    private volatile List<String> handlers = List.of();
    private volatile long readAt;

    public List<String> names() {
        if (System.currentTimeMillis() - readAt > CACHE_MILLIS) {
            try {
                handlers = keycloak.realm().roles().get("COMPLAINT_HANDLER").getUserMembers(0, 500).stream()
                        .filter(u -> !Boolean.FALSE.equals(u.isEnabled()))
                        .map(UserRepresentation::getUsername).sorted().toList();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "complaint handlers could not be read from Keycloak: {0}", e.toString());
            }
            readAt = System.currentTimeMillis();
        }
        return handlers;
    }
}
