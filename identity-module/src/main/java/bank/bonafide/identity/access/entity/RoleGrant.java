package bank.bonafide.identity.access.entity;

import bank.bonafide.platform.text.Sentences;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A request to grant or withdraw a staff role (PIPL Art. 51 least privilege, CN-12). A privileged role waits for a
 * second administrator, who must not be the one who asked nor the one who would hold the role; an ordinary role is
 * applied at once and recorded as applied by its maker.
 */
@Entity
@Table(name = "identity_role_grant")
@NamedQuery(name = RoleGrant.PENDING, query = "SELECT g FROM RoleGrant g WHERE g.status = "
        + "bank.bonafide.identity.access.entity.RoleGrant.Status.PENDING ORDER BY g.decision.requestedAt")
@NamedQuery(name = RoleGrant.RECENT, query = "SELECT g FROM RoleGrant g ORDER BY g.decision.requestedAt DESC")
public class RoleGrant {

    public static final String PENDING = "RoleGrant.pending";
    public static final String RECENT = "RoleGrant.recent";

    private static final Sentences SENTENCES = Sentences.of(RoleGrant.class);

    public enum Change { GRANT, WITHDRAW }

    public enum Status { PENDING, APPLIED, REJECTED }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "role_name", nullable = false, length = 64)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 8)
    private Change change;

    @Column(nullable = false)
    private boolean privileged;

    @Column(nullable = false, length = 500)
    private String reason;

    @Embedded
    private SecondPersonDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Version
    private long version;

    protected RoleGrant() {
    }

    public RoleGrant(String username, String role, Change change, boolean privileged, String reason, String requestedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.username = Objects.requireNonNull(username);
        this.role = Objects.requireNonNull(role);
        this.change = Objects.requireNonNull(change);
        this.privileged = privileged;
        this.reason = Objects.requireNonNull(reason);
        this.decision = SecondPersonDecision.askedBy(requestedBy, at);
        this.status = Status.PENDING;
    }

    /** Why {@code checker} may not decide this request; empty when they may. */
    public Optional<String> refusalFor(String checker) {
        if (status != Status.PENDING) {
            return Optional.of(switch (status) {
                case APPLIED -> SENTENCES.say("grant.alreadyApplied");
                case REJECTED -> SENTENCES.say("grant.alreadyRejected");
                case PENDING -> throw new IllegalStateException("a pending request is still to be decided");
            });
        }
        if (checker.equals(username)) {
            return Optional.of(SENTENCES.say("grant.ownRolesDecidedByAnother"));
        }
        return decision.refusalFor(checker, SENTENCES.say("grant.thisChange"));
    }

    public void applied(String by, Instant at) {
        status = Status.APPLIED;
        decision.decidedBy(by, at);
    }

    public void rejected(String by, Instant at) {
        status = Status.REJECTED;
        decision.decidedBy(by, at);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public Change change() {
        return change;
    }

    public boolean privileged() {
        return privileged;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    /** Who asked and who decided. */
    public SecondPersonDecision decision() {
        return decision;
    }
}
