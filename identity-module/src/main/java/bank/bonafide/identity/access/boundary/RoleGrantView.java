package bank.bonafide.identity.access.boundary;

import bank.bonafide.identity.access.entity.RoleGrant;
import java.time.Instant;
import java.util.UUID;

/** A role-change request as screens show it. */
public record RoleGrantView(UUID id, String username, String role, String change, boolean privileged, String reason,
                            String requestedBy, Instant requestedAt, String status, String decidedBy, Instant decidedAt) {

    static RoleGrantView of(RoleGrant g) {
        return new RoleGrantView(g.id(), g.username(), g.role(), g.change().name(), g.privileged(), g.reason(),
                g.decision().requestedBy(), g.decision().requestedAt(), g.status().name(), g.decision().decidedBy(), g.decision().decidedAt());
    }
}
