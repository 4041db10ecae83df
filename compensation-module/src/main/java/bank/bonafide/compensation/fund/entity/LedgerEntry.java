package bank.bonafide.compensation.fund.entity;

import bank.bonafide.compensation.fund.control.FundAccount;
import bank.bonafide.compensation.fund.control.Journal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of a posted journal. Append-only: a mistake is corrected by another journal, never by an edit. */
@Entity
@Immutable
@Table(name = "compensation_ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "journal_id", nullable = false, length = 36)
    private UUID journalId;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 64)
    private String postedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private FundAccount account;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal debit;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal credit;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, length = 255)
    private String memo;

    @Column(nullable = false, length = 64)
    private String reference;

    protected LedgerEntry() {
    }

    public LedgerEntry(UUID journalId, Instant postedAt, String postedBy, Journal journal, Journal.Line line) {
        this.journalId = journalId;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
        this.account = line.account();
        this.debit = line.side() == Journal.Side.DEBIT ? line.amount().amount() : BigDecimal.ZERO;
        this.credit = line.side() == Journal.Side.CREDIT ? line.amount().amount() : BigDecimal.ZERO;
        this.currency = line.amount().currency();
        this.memo = journal.memo();
        this.reference = journal.reference();
    }
}
