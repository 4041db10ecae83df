package bank.bonafide.identity.access.boundary;

import bank.bonafide.platform.keycloak.KeycloakRealm;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.keycloak.admin.client.resource.RolesResource;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Makes the realm's roles what {@link StaffRoleDefinition} says, through the admin client: a missing role is
 * created, one whose description or attributes drifted is corrected, the rest are left alone. Running it again
 * changes nothing (idempotent); it never removes a role nor touches who holds it.
 */
@Stateless
public class RoleProvisioning {

    static final String VERSION_ATTRIBUTE = "bonafide.definition-version";
    static final String PRIVILEGED_ATTRIBUTE = "bonafide.privileged";
    private static final Logger LOG = Logger.getLogger(RoleProvisioning.class.getName());

    @Inject
    KeycloakRealm keycloak;

    /** What one run did. */
    public record Outcome(int definitionVersion, List<String> created, List<String> corrected, List<String> unchanged) {
    }

    public Outcome provision() {
        StaffRoleDefinition definition = StaffRoleDefinition.load();
        RolesResource roles = keycloak.realm().roles();
        List<String> created = new ArrayList<>();
        List<String> corrected = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (StaffRoleDefinition.Role wanted : definition.roles()) {
            Map<String, List<String>> attributes = Map.of(VERSION_ATTRIBUTE, List.of(Integer.toString(definition.version())),
                    PRIVILEGED_ATTRIBUTE, List.of(Boolean.toString(wanted.privileged())));
            RoleRepresentation present = find(roles, wanted.name());
            if (present == null) {
                RoleRepresentation role = new RoleRepresentation(wanted.name(), wanted.description(), false);
                roles.create(role);
                // Keycloak ignores attributes on create; they are set by the update that follows.
                RoleRepresentation stored = roles.get(wanted.name()).toRepresentation();
                stored.setAttributes(attributes);
                roles.get(wanted.name()).update(stored);
                created.add(wanted.name());
            } else if (!Objects.equals(present.getDescription(), wanted.description()) || drifted(present.getAttributes(), attributes)) {
                // Attributes an administrator added for their own purposes stay; only Bonafide's are set.
                Map<String, List<String>> merged = new java.util.HashMap<>(present.getAttributes() == null ? Map.of() : present.getAttributes());
                merged.putAll(attributes);
                present.setDescription(wanted.description());
                present.setAttributes(merged);
                roles.get(wanted.name()).update(present);
                corrected.add(wanted.name());
            } else {
                unchanged.add(wanted.name());
            }
        }
        Outcome outcome = new Outcome(definition.version(), created, corrected, unchanged);
        LOG.info(() -> "realm roles at definition version " + outcome.definitionVersion() + ": created " + created + ", corrected "
                + corrected + ", " + unchanged.size() + " unchanged");
        return outcome;
    }

    private static boolean drifted(Map<String, List<String>> present, Map<String, List<String>> wanted) {
        return wanted.entrySet().stream().anyMatch(e -> present == null || !e.getValue().equals(present.get(e.getKey())));
    }

    private static RoleRepresentation find(RolesResource roles, String name) {
        try {
            return roles.get(name).toRepresentation();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
