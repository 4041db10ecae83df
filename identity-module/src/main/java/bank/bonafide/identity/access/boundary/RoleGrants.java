package bank.bonafide.identity.access.boundary;

import bank.bonafide.identity.access.entity.RoleGrant;
import bank.bonafide.platform.keycloak.KeycloakRealm;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Staff role changes through the admin client, with maker-checker for privileged roles: an administrator asks (with
 * a reason); an ordinary role is applied at once, a privileged one waits until a second administrator, neither the
 * maker nor the person concerned, approves it. Every request stays on record whatever became of it.
 */
@Stateless
public class RoleGrants {

    static final String ADMIN = "ADMIN";

    private static final Sentences SENTENCES = Sentences.of(RoleGrants.class);

    @Inject
    KeycloakRealm keycloak;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** A person's login and the defined realm roles they hold directly (for the roles screen). */
    public record StaffLogin(String username, boolean enabled, List<String> roles) {
    }

    public GrantStep request(String username, String role, RoleGrant.Change change, String reason, String maker, Set<String> makerRoles) {
        if (!makerRoles.contains(ADMIN)) {
            return new GrantStep.Refused(SENTENCES.say("grant.adminOnly"));
        }
        if (reason == null || reason.isBlank()) {
            return new GrantStep.Refused(SENTENCES.say("grant.reasonNeeded"));
        }
        if (username == null || username.isBlank() || change == null) {
            return new GrantStep.Refused(SENTENCES.say("grant.chooseLoginAndChange"));
        }
        Optional<StaffRoleDefinition.Role> defined = StaffRoleDefinition.load().role(role);
        if (defined.isEmpty()) {
            return new GrantStep.Refused(SENTENCES.say("grant.unknownRole", role));
        }
        boolean privileged = defined.get().privileged();
        if (!privileged && username.strip().equals(maker)) {
            return new GrantStep.Refused(SENTENCES.say("grant.ownRoles"));
        }
        try {
            Optional<UserResource> user = user(username.strip());
            if (user.isEmpty()) {
                return new GrantStep.Refused(SENTENCES.say("grant.noLogin", username.strip()));
            }
            boolean holds = holds(user.get(), role);
            if (change == RoleGrant.Change.GRANT && holds) {
                return new GrantStep.Refused(SENTENCES.say("grant.alreadyHolds", username.strip(), role));
            }
            if (change == RoleGrant.Change.WITHDRAW && !holds) {
                return new GrantStep.Refused(SENTENCES.say("grant.doesNotHold", username.strip(), role));
            }
            Instant now = Instant.now();
            RoleGrant grant = new RoleGrant(username.strip(), role, change, privileged, reason.strip(), maker, now);
            if (!privileged) {
                apply(user.get(), grant);
                grant.applied(maker, now);
            }
            em.persist(grant);
            return new GrantStep.Done(RoleGrantView.of(grant));
        } catch (WebApplicationException | ProcessingException e) {
            return new GrantStep.Refused(SENTENCES.say("grant.keycloakUnreachable"));
        }
    }

    /** A second administrator applies a pending privileged change at Keycloak. */
    public GrantStep approve(UUID id, String checker, Set<String> checkerRoles) {
        RoleGrant grant = em.find(RoleGrant.class, id);
        Optional<String> refusal = decidable(grant, checker, checkerRoles);
        if (refusal.isPresent()) {
            return new GrantStep.Refused(refusal.get());
        }
        try {
            Optional<UserResource> user = user(grant.username());
            if (user.isEmpty()) {
                return new GrantStep.Refused(SENTENCES.say("grant.loginGone", grant.username()));
            }
            apply(user.get(), grant);
            grant.applied(checker, Instant.now());
            return new GrantStep.Done(RoleGrantView.of(grant));
        } catch (WebApplicationException | ProcessingException e) {
            return new GrantStep.Refused(SENTENCES.say("grant.keycloakUnreachableStillWaits"));
        }
    }

    public GrantStep reject(UUID id, String checker, Set<String> checkerRoles) {
        RoleGrant grant = em.find(RoleGrant.class, id);
        Optional<String> refusal = decidable(grant, checker, checkerRoles);
        if (refusal.isPresent()) {
            return new GrantStep.Refused(refusal.get());
        }
        grant.rejected(checker, Instant.now());
        return new GrantStep.Done(RoleGrantView.of(grant));
    }

    public List<RoleGrantView> pending() {
        return em.createNamedQuery(RoleGrant.PENDING, RoleGrant.class).getResultStream().map(RoleGrantView::of).toList();
    }

    public List<RoleGrantView> recent(int max) {
        return em.createNamedQuery(RoleGrant.RECENT, RoleGrant.class).setMaxResults(max).getResultStream().map(RoleGrantView::of).toList();
    }

    /**
     * Who holds which defined role, by username (service accounts left out), those containing {@code search} only:
     * one call per role, not one per login, so the list costs the same for ten staff or ten thousand.
     */
    public List<StaffLogin> logins(String search, int max) {
        String wanted = search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.Map<String, List<String>> held = new java.util.TreeMap<>();
        java.util.Map<String, Boolean> enabled = new java.util.HashMap<>();
        for (StaffRoleDefinition.Role role : StaffRoleDefinition.load().roles()) {
            for (UserRepresentation u : keycloak.realm().roles().get(role.name()).getUserMembers(0, 10_000)) {
                if (u.getUsername().startsWith("service-account-") || !u.getUsername().contains(wanted)) {
                    continue;
                }
                held.computeIfAbsent(u.getUsername(), k -> new java.util.ArrayList<>()).add(role.name());
                enabled.put(u.getUsername(), Boolean.TRUE.equals(u.isEnabled()));
            }
        }
        return held.entrySet().stream().limit(max)
                .map(e -> new StaffLogin(e.getKey(), enabled.get(e.getKey()), e.getValue().stream().sorted().toList()))
                .toList();
    }

    private Optional<String> decidable(RoleGrant grant, String checker, Set<String> checkerRoles) {
        if (grant == null) {
            return Optional.of(SENTENCES.say("grant.noSuchRequest"));
        }
        if (!checkerRoles.contains(ADMIN)) {
            return Optional.of(SENTENCES.say("grant.adminDecidesOnly"));
        }
        return grant.refusalFor(checker);
    }

    private Optional<UserResource> user(String username) {
        List<UserRepresentation> found = keycloak.realm().users().searchByUsername(username, true);
        return found.isEmpty() ? Optional.empty() : Optional.of(keycloak.realm().users().get(found.get(0).getId()));
    }

    private boolean holds(UserResource user, String role) {
        return user.roles().realmLevel().listAll().stream().anyMatch(r -> r.getName().equals(role));
    }

    private void apply(UserResource user, RoleGrant grant) {
        RoleRepresentation role = keycloak.realm().roles().get(grant.role()).toRepresentation();
        if (grant.change() == RoleGrant.Change.GRANT) {
            user.roles().realmLevel().add(List.of(role));
        } else {
            user.roles().realmLevel().remove(List.of(role));
        }
    }
}
