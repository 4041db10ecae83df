package bank.bonafide.identity.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An account or item frozen by a fraud case: identity verifies nothing for it. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "identity_frozen_reference")
public class FrozenReference {

    @Id
    @Column(length = 64)
    private String reference;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(name = "fraud_case_reference", nullable = false, length = 32)
    private String fraudCaseReference;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "frozen_at", nullable = false)
    private Instant frozenAt;

    protected FrozenReference() {
    }

    public FrozenReference(String reference, String customerId, String fraudCaseReference, String reason, Instant frozenAt) {
        this.reference = reference;
        this.customerId = customerId;
        this.fraudCaseReference = fraudCaseReference;
        this.reason = reason.length() <= 500 ? reason : reason.substring(0, 497) + "...";
        this.frozenAt = frozenAt;
    }

    public String reference() {
        return reference;
    }

    public String fraudCaseReference() {
        return fraudCaseReference;
    }

    public Instant frozenAt() {
        return frozenAt;
    }
}
