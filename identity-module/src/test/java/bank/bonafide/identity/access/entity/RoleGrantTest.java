package bank.bonafide.identity.access.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoleGrantTest {

    private static RoleGrant asked() {
        return new RoleGrant("new.officer", "COMPLIANCE_OFFICER", RoleGrant.Change.GRANT, true, "joins compliance", "admin.sun",
                Instant.parse("2026-11-24T09:00:00Z"));
    }

    @Test
    void neitherTheAskerNorThePersonConcernedDecides() {
        RoleGrant grant = asked();
        assertThat(grant.refusalFor("admin.sun")).hasValueSatisfying(r -> assertThat(r).contains("a second person must decide it"));
        assertThat(grant.refusalFor("new.officer")).hasValueSatisfying(r -> assertThat(r).contains("your own roles"));
        assertThat(grant.refusalFor("admin.zhou")).isEmpty();
    }

    @Test
    void aDecisionIsMadeOnce() {
        RoleGrant grant = asked();
        grant.applied("admin.zhou", Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(grant.status()).isEqualTo(RoleGrant.Status.APPLIED);
        assertThat(grant.refusalFor("admin.qian")).hasValueSatisfying(r -> assertThat(r).contains("already applied"));
    }
}
