package bank.bonafide.lending.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A credit-report query as made: under which consent, for which application, and the answer. Immutable. */
@Entity
@Table(name = "lending_credit_query")
public class CreditReportQuery {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "application_id", nullable = false, length = 36)
    private UUID applicationId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "consent_id", nullable = false, length = 36)
    private UUID consentId;

    @Column(name = "correlation_id", nullable = false, length = 36)
    private String correlationId;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(nullable = false, length = 2000)
    private String answer;

    protected CreditReportQuery() {
    }

    public CreditReportQuery(UUID applicationId, UUID consentId, String correlationId, Instant askedAt, Instant answeredAt,
                             String answer) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.consentId = consentId;
        this.correlationId = correlationId;
        this.askedAt = askedAt;
        this.answeredAt = answeredAt;
        this.answer = answer;
    }
}
