package bank.bonafide.backoffice.reporting.entity;

import bank.bonafide.platform.digest.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One compliance report as filed. Written once and never changed ({@link Immutable}: Hibernate issues no UPDATE
 * for it, and nothing in the application deletes it). {@code seal} covers the previous filing's seal, both
 * documents' hashes, the period, who filed and when, so that a row changed in the database no longer verifies.
 */
@Entity
@Immutable
@Table(name = "reporting_filed_report")
@NamedQuery(name = FiledReport.HISTORY, query = "SELECT r FROM FiledReport r ORDER BY r.position DESC")
@NamedQuery(name = FiledReport.CHAIN, query = "SELECT r FROM FiledReport r ORDER BY r.position")
public class FiledReport {

    public static final String HISTORY = "FiledReport.history";
    public static final String CHAIN = "FiledReport.chain";
    /** The seal before the first filing. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, unique = true)
    private long position;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "filed_by", nullable = false, length = 64)
    private String filedBy;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    /** Read only when a filing is downloaded or verified: the history reads a projection without the documents. */
    @Lob
    @Column(nullable = false)
    private byte[] pdf;

    @Lob
    @Column(nullable = false)
    private byte[] csv;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    private String pdfSha256;

    @Column(name = "csv_sha256", nullable = false, length = 64)
    private String csvSha256;

    @Column(name = "previous_seal", length = 64)
    private String previousSeal;

    @Column(nullable = false, length = 64)
    private String seal;

    protected FiledReport() {
    }

    /**
     * Freezes a report as the filing after {@code previousSeal} (at {@code position}). The filing time is kept to
     * the second, as every database the bank runs stores it, so that the seal recomputes from the stored row.
     */
    public FiledReport(long position, String previousSeal, LocalDate periodFrom, LocalDate periodTo, String filedBy, Instant filedAt,
                       Instant generatedAt, byte[] pdf, byte[] csv) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.previousSeal = Objects.requireNonNull(previousSeal);
        this.periodFrom = Objects.requireNonNull(periodFrom);
        this.periodTo = Objects.requireNonNull(periodTo);
        this.filedBy = Objects.requireNonNull(filedBy);
        this.filedAt = filedAt.truncatedTo(ChronoUnit.SECONDS);
        this.generatedAt = generatedAt.truncatedTo(ChronoUnit.SECONDS);
        this.pdf = pdf.clone();
        this.csv = csv.clone();
        this.pdfSha256 = Sha256.hex(pdf);
        this.csvSha256 = Sha256.hex(csv);
        this.seal = expectedSeal();
    }

    /** The seal this row's stored fields call for: SHA-256 of previous seal, hashes, period, filer and time. */
    public String expectedSeal() {
        return Sha256.hex(String.join(":", previousSeal, pdfSha256, csvSha256, periodFrom.toString(), periodTo.toString(), filedBy,
                filedAt.truncatedTo(ChronoUnit.SECONDS).toString()));
    }

    /** What is wrong with this filing as stored, or null when its documents and seal verify. */
    public String problem() {
        if (!Sha256.hex(pdf).equals(pdfSha256)) {
            return "the PDF was changed after filing";
        }
        if (!Sha256.hex(csv).equals(csvSha256)) {
            return "the CSV was changed after filing";
        }
        if (!expectedSeal().equals(seal)) {
            return "the filing's details were changed after filing (seal does not match)";
        }
        return null;
    }

    public UUID id() {
        return id;
    }

    public long position() {
        return position;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public byte[] csv() {
        return csv.clone();
    }

    public String pdfSha256() {
        return pdfSha256;
    }

    public String csvSha256() {
        return csvSha256;
    }

    public String previousSeal() {
        return previousSeal;
    }

    public String seal() {
        return seal;
    }
}
