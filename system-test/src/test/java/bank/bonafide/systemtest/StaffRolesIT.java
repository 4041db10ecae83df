package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.identity.access.boundary.GrantStep;
import bank.bonafide.identity.access.boundary.RoleGrants;
import bank.bonafide.identity.access.boundary.RoleProvisioning;
import bank.bonafide.identity.access.boundary.StaffRoleDefinition;
import bank.bonafide.identity.access.entity.RoleGrant;
import bank.bonafide.platform.keycloak.KeycloakRealm;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Eventually;
import bank.bonafide.systemtest.support.Keycloak;
import bank.bonafide.systemtest.support.ProvisionedLogins;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Staff roles against the real Keycloak: the app provisions the realm's roles from the versioned definition at
 * startup, corrects a role that drifted and changes nothing on a second run; a privileged role is granted only when
 * a second administrator approves, never by the one who asked nor by the person concerned; an ordinary role is
 * applied at once.
 */
@ExtendWith(ArquillianExtension.class)
class StaffRolesIT {

    static final Set<String> ADMIN = Set.of("ADMIN");

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(StaffRolesIT.class, Keycloak.class, ProvisionedLogins.class, Eventually.class);
    }

    @Inject
    RoleProvisioning provisioning;

    @Inject
    RoleGrants grants;

    @Inject
    KeycloakRealm keycloak;

    @Test
    void theRealmRolesFollowTheDefinitionAndASecondRunChangesNothing() {
        StaffRoleDefinition definition = StaffRoleDefinition.load();
        // The startup provisions within 20 s of deployment; wait for it so it cannot race this test's own runs.
        Eventually.awaitTrue("the startup provisioned the realm roles", java.time.Duration.ofSeconds(60),
                () -> role("ADMIN").getAttributes() != null && role("ADMIN").getAttributes().containsKey("bonafide.definition-version"));
        RoleRepresentation compliance = role("COMPLIANCE_OFFICER");
        compliance.setDescription("changed by hand in the admin console");
        keycloak.realm().roles().get("COMPLIANCE_OFFICER").update(compliance);

        RoleProvisioning.Outcome first = provisioning.provision();
        assertThat(first.corrected()).containsExactly("COMPLIANCE_OFFICER");
        assertThat(first.created()).isEmpty();
        assertThat(role("COMPLIANCE_OFFICER").getDescription()).isEqualTo(definition.role("COMPLIANCE_OFFICER").orElseThrow().description());
        assertThat(role("COMPLIANCE_OFFICER").getAttributes()).containsEntry("bonafide.privileged", List.of("true"))
                .containsEntry("bonafide.definition-version", List.of(Integer.toString(definition.version())));

        RoleProvisioning.Outcome second = provisioning.provision();
        assertThat(second.created()).isEmpty();
        assertThat(second.corrected()).isEmpty();
        assertThat(second.unchanged()).hasSize(definition.roles().size());
    }

    @Test
    void aPrivilegedRoleNeedsASecondAdministratorAndAnOrdinaryOneIsAppliedAtOnce() {
        String login = "roles-" + UUID.randomUUID().toString().substring(0, 8);
        String id = ProvisionedLogins.provision(keycloak, login, "Roles-" + login + "-pw1");
        try {
            assertThat(grants.request(login, "COMPLIANCE_OFFICER", RoleGrant.Change.GRANT, "joins compliance", "bo.wang", Set.of("BACK_OFFICE")))
                    .as("only administrators ask").isInstanceOf(GrantStep.Refused.class);
            assertThat(grants.request(login, "SUPERUSER", RoleGrant.Change.GRANT, "why not", "admin.sun", ADMIN))
                    .as("only defined roles").isInstanceOf(GrantStep.Refused.class);
            assertThat(grants.request(login, "COMPLIANCE_OFFICER", RoleGrant.Change.GRANT, " ", "admin.sun", ADMIN))
                    .as("a reason is required").isInstanceOf(GrantStep.Refused.class);

            GrantStep.Done asked = (GrantStep.Done) grants.request(login, "COMPLIANCE_OFFICER", RoleGrant.Change.GRANT,
                    "joins the compliance team, ticket HR-2291", "admin.sun", ADMIN);
            assertThat(asked.grant().status()).isEqualTo("PENDING");
            assertThat(holds(id, "COMPLIANCE_OFFICER")).as("nothing granted yet").isFalse();
            assertThat(grants.pending()).extracting(g -> g.id()).contains(asked.grant().id());

            assertThat(grants.approve(asked.grant().id(), "admin.sun", ADMIN)).as("not by the one who asked")
                    .isInstanceOfSatisfying(GrantStep.Refused.class, r -> assertThat(r.reason()).contains("a second person must decide it"));
            assertThat(grants.approve(asked.grant().id(), login, ADMIN)).as("not by the person concerned")
                    .isInstanceOf(GrantStep.Refused.class);
            assertThat(grants.approve(asked.grant().id(), "handler.li", Set.of("COMPLAINT_HANDLER"))).as("not by a non-administrator")
                    .isInstanceOf(GrantStep.Refused.class);
            assertThat(holds(id, "COMPLIANCE_OFFICER")).isFalse();

            GrantStep.Done approved = (GrantStep.Done) grants.approve(asked.grant().id(), "admin.zhou", ADMIN);
            assertThat(approved.grant().status()).isEqualTo("APPLIED");
            assertThat(approved.grant().decidedBy()).isEqualTo("admin.zhou");
            assertThat(holds(id, "COMPLIANCE_OFFICER")).as("Keycloak holds the role now").isTrue();
            assertThat(grants.approve(asked.grant().id(), "admin.zhou", ADMIN)).as("decided once").isInstanceOf(GrantStep.Refused.class);

            GrantStep.Done ordinary = (GrantStep.Done) grants.request(login, "COMPLAINT_HANDLER", RoleGrant.Change.GRANT,
                    "covers complaints in December", "admin.sun", ADMIN);
            assertThat(ordinary.grant().status()).isEqualTo("APPLIED");
            assertThat(holds(id, "COMPLAINT_HANDLER")).isTrue();

            GrantStep.Done withdraw = (GrantStep.Done) grants.request(login, "COMPLIANCE_OFFICER", RoleGrant.Change.WITHDRAW,
                    "moved back to operations", "admin.sun", ADMIN);
            assertThat(withdraw.grant().status()).isEqualTo("PENDING");
            assertThat(((GrantStep.Done) grants.reject(withdraw.grant().id(), "admin.zhou", ADMIN)).grant().status()).isEqualTo("REJECTED");
            assertThat(holds(id, "COMPLIANCE_OFFICER")).as("a rejected withdrawal leaves the role").isTrue();
            assertThat(grants.recent(20)).extracting(g -> g.username() + " " + g.change() + " " + g.role() + " " + g.status())
                    .contains(login + " GRANT COMPLIANCE_OFFICER APPLIED", login + " GRANT COMPLAINT_HANDLER APPLIED",
                            login + " WITHDRAW COMPLIANCE_OFFICER REJECTED");
        } finally {
            ProvisionedLogins.delete(keycloak, id);
        }
    }

    private RoleRepresentation role(String name) {
        return keycloak.realm().roles().get(name).toRepresentation();
    }

    private boolean holds(String userId, String role) {
        return keycloak.realm().users().get(userId).roles().realmLevel().listAll().stream().anyMatch(r -> r.getName().equals(role));
    }
}
