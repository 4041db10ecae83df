package bank.bonafide.identity.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A record that a login was blocked: by whom, why, when. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "identity_login_block")
public class LoginBlock {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "ordered_by", nullable = false, length = 64)
    private String orderedBy;

    @Column(name = "blocked_at", nullable = false)
    private Instant blockedAt;

    @Column(name = "sessions_ended", nullable = false)
    private int sessionsEnded;

    protected LoginBlock() {
    }

    public LoginBlock(String username, String reason, String orderedBy, Instant blockedAt, int sessionsEnded) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.reason = reason;
        this.orderedBy = orderedBy;
        this.blockedAt = blockedAt;
        this.sessionsEnded = sessionsEnded;
    }
}
