package bank.bonafide.lending.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One check made on an application and its result, kept for good (append-only). */
@Entity
@Table(name = "lending_application_check")
@NamedQuery(name = ApplicationCheck.OF, query = "SELECT c FROM ApplicationCheck c WHERE c.applicationId = :id ORDER BY c.checkedAt, c.name")
public class ApplicationCheck {

    public static final String OF = "ApplicationCheck.of";

    public enum Result { PASSED, FAILED, NOT_REQUIRED }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "application_id", nullable = false, length = 36)
    private UUID applicationId;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(nullable = false, length = 16)
    private String result;

    @Column(nullable = false, length = 1000)
    private String detail;

    @Column(length = 16)
    private String rule;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected ApplicationCheck() {
    }

    public ApplicationCheck(UUID applicationId, String name, Result result, String detail, String rule, Instant checkedAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.name = name;
        this.result = result.name();
        this.detail = detail.length() > 1000 ? detail.substring(0, 997) + "..." : detail;
        this.rule = rule;
        this.checkedAt = checkedAt;
    }

    public String name() {
        return name;
    }

    public Result result() {
        return Result.valueOf(result);
    }

    public String detail() {
        return detail;
    }

    public String rule() {
        return rule;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
