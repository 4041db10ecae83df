package bank.bonafide.compensation.fraud.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The fraud playbook of one dispute: the police report, what was frozen, which logins were blocked. Invariants:
 * one per complaint; a suspicion may be confirmed, never the reverse; the police report is recorded once; frozen
 * references and blocked logins only accumulate while the case is open.
 */
@Entity
@Table(name = "compensation_fraud_case")
@NamedQuery(name = FraudCase.BY_REFERENCE, query = "SELECT f FROM FraudCase f WHERE f.reference = :reference")
@NamedQuery(name = FraudCase.OF_COMPLAINT, query = "SELECT f FROM FraudCase f WHERE f.complaintId = :complaintId")
@NamedQuery(name = FraudCase.OPEN, query = "SELECT f FROM FraudCase f WHERE f.status = 'OPEN' ORDER BY f.openedAt")
public class FraudCase {

    public static final String BY_REFERENCE = "FraudCase.byReference";
    public static final String OF_COMPLAINT = "FraudCase.ofComplaint";
    public static final String OPEN = "FraudCase.open";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "complaint_id", nullable = false, unique = true, length = 36)
    private UUID complaintId;

    /** The victim: whose name the accounts and loans are in. */
    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    /** False while only suspected; true once the bank or the police confirmed it. */
    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "police_report_reference", length = 64)
    private String policeReportReference;

    @Column(name = "police_station", length = 200)
    private String policeStation;

    @Column(name = "police_reported_at")
    private Instant policeReportedAt;

    @Column(name = "frozen_references", length = 1000)
    private String frozenReferences;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Column(name = "blocked_logins", length = 500)
    private String blockedLogins;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Version
    private long version;

    protected FraudCase() {
    }

    public FraudCase(String reference, UUID complaintId, String customerId, boolean confirmed, String openedBy, Instant openedAt) {
        this.id = UUID.randomUUID();
        this.reference = Objects.requireNonNull(reference);
        this.complaintId = Objects.requireNonNull(complaintId);
        this.customerId = Objects.requireNonNull(customerId);
        this.confirmed = confirmed;
        this.openedBy = Objects.requireNonNull(openedBy);
        this.openedAt = Objects.requireNonNull(openedAt);
        this.status = "OPEN";
    }

    /** A suspicion becomes a confirmed fraud; returns false when it already was. */
    public boolean confirm() {
        if (confirmed) {
            return false;
        }
        confirmed = true;
        return true;
    }

    /** Records the police report once; returns false when one is already recorded. */
    public boolean reportedToPolice(String reportReference, String station, Instant at) {
        if (policeReportReference != null) {
            return false;
        }
        policeReportReference = reportReference;
        policeStation = station;
        policeReportedAt = at;
        return true;
    }

    /** Adds references to what is frozen; returns those not frozen before. The list holds at most 1,000 characters. */
    public List<String> freeze(List<String> references, Instant at) {
        Set<String> all = new LinkedHashSet<>(frozenReferences());
        List<String> added = new ArrayList<>();
        for (String r : references) {
            if (all.add(r)) {
                added.add(r);
            }
        }
        if (String.join(",", all).length() > 1000) {
            throw new IllegalArgumentException("more references than one fraud case records");
        }
        if (!added.isEmpty()) {
            frozenReferences = String.join(",", all);
            frozenAt = frozenAt == null ? at : frozenAt;
        }
        return added;
    }

    /** Records a blocked login; false when the list (500 characters) is full, which the boundary reports. */
    public boolean loginBlocked(String username) {
        Set<String> all = new LinkedHashSet<>(blockedLogins());
        all.add(username);
        String joined = String.join(",", all);
        if (joined.length() > 500) {
            return false;
        }
        blockedLogins = joined;
        return true;
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    public List<String> frozenReferences() {
        return frozenReferences == null ? List.of() : List.of(frozenReferences.split(","));
    }

    public List<String> blockedLogins() {
        return blockedLogins == null ? List.of() : List.of(blockedLogins.split(","));
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public UUID complaintId() {
        return complaintId;
    }

    public String customerId() {
        return customerId;
    }

    public boolean confirmed() {
        return confirmed;
    }

    public String policeReportReference() {
        return policeReportReference;
    }

    public String policeStation() {
        return policeStation;
    }

    public Instant policeReportedAt() {
        return policeReportedAt;
    }

    public Instant frozenAt() {
        return frozenAt;
    }

    public String status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
