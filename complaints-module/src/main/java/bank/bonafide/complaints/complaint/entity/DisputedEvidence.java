package bank.bonafide.complaints.complaint.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What identity disclosed about the decision behind a disputed item, kept with the case so that the handler
 * sees what was checked, what is missing and which staff took part (they may not handle the case, CN-14).
 */
@Entity
@Immutable
@Table(name = "complaints_disputed_evidence")
public class DisputedEvidence {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "complaint_id", length = 36)
    private UUID complaintId;

    @Column(name = "disclosed_at", nullable = false)
    private Instant disclosedAt;

    @Column(name = "record_found", nullable = false)
    private boolean recordFound;

    @Column(nullable = false, length = 32)
    private String outcome;

    @Column(name = "evidence_package_id", length = 64)
    private String evidencePackageId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "evidence_intact", nullable = false)
    private boolean evidenceIntact;

    @Column(name = "checks_performed", nullable = false, length = 1000)
    private String checksPerformed;

    @Column(name = "checks_missing", nullable = false, length = 1000)
    private String checksMissing;

    @Column(nullable = false, length = 2000)
    private String reasons;

    @Column(name = "involved_staff", nullable = false, length = 1000)
    private String involvedStaff;

    protected DisputedEvidence() {
    }

    public DisputedEvidence(UUID complaintId, Instant disclosedAt, boolean recordFound, String outcome,
                            String evidencePackageId, Instant decidedAt, boolean evidenceIntact,
                            List<String> checksPerformed, List<String> checksMissing, List<String> reasons,
                            List<String> involvedStaff) {
        this.complaintId = complaintId;
        this.disclosedAt = disclosedAt;
        this.recordFound = recordFound;
        this.outcome = outcome;
        this.evidencePackageId = evidencePackageId;
        this.decidedAt = decidedAt;
        this.evidenceIntact = evidenceIntact;
        this.checksPerformed = joined(checksPerformed, 1000);
        this.checksMissing = joined(checksMissing, 1000);
        this.reasons = joined(reasons, 2000);
        this.involvedStaff = joined(involvedStaff, 1000);
    }

    private static String joined(List<String> values, int max) {
        String all = String.join("\n", values);
        return all.length() <= max ? all : all.substring(0, max - 3) + "...";
    }

    private static List<String> split(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
    }

    public boolean recordFound() {
        return recordFound;
    }

    public String outcome() {
        return outcome;
    }

    public String evidencePackageId() {
        return evidencePackageId;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public boolean evidenceIntact() {
        return evidenceIntact;
    }

    public List<String> checksPerformed() {
        return split(checksPerformed);
    }

    public List<String> checksMissing() {
        return split(checksMissing);
    }

    public List<String> reasons() {
        return split(reasons);
    }

    /** Staff who took part in the disputed decision: none of them may handle this complaint. */
    public List<String> involvedStaff() {
        return split(involvedStaff);
    }
}
