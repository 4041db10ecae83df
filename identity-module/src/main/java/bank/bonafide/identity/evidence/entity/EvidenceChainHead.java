package bank.bonafide.identity.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain, one row, locked while a package is appended so that two decisions at the same
 * moment cannot both chain onto the same predecessor.
 */
@Entity
@Table(name = "identity_evidence_chain_head")
public class EvidenceChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "last_seal", nullable = false, length = 64)
    private String lastSeal;

    protected EvidenceChainHead() {
    }

    public long lastPosition() {
        return lastPosition;
    }

    public String lastSeal() {
        return lastSeal;
    }

    public void advance(long position, String seal) {
        this.lastPosition = position;
        this.lastSeal = seal;
    }
}
