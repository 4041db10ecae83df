package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.complaints.complaint.control.AttachmentPolicy;
import bank.bonafide.complaints.complaint.entity.Attachment;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.TimelineEntry;
import bank.bonafide.platform.digest.Sha256;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Files sent with a complaint: added by its customer while the case is open, opened only by that customer or
 * by staff (each staff opening is a timeline line: a police report is personal data).
 */
@Stateless
public class ComplaintAttachments {

    private static final Sentences SENTENCES = Sentences.of(ComplaintAttachments.class);

    @PersistenceContext(unitName = "complaints")
    EntityManager em;

    /** A file listed without its content. */
    public record Listed(UUID id, String fileName, String mediaType, long sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    /** A file to hand out: always as a download, with the detected type. */
    public record Content(String fileName, String mediaType, byte[] bytes) {

        /** The Content-Disposition header: a download (never shown inline), the name RFC 5987-encoded. */
        public String contentDisposition() {
            StringBuilder encoded = new StringBuilder("attachment; filename*=UTF-8''");
            for (byte b : fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                    encoded.append(c);
                } else {
                    encoded.append('%').append(String.format("%02X", b & 0xff));
                }
            }
            return encoded.toString();
        }
    }

    /**
     * Adds a file to the customer's own open complaint. A refused file changes nothing: the complaint, its
     * other files and its messages stay as they were.
     */
    public HandlingResult attach(String reference, String customerId, ComplaintForm.Upload upload, String actor) {
        Optional<Complaint> found = ownComplaint(reference, customerId);
        if (found.isEmpty()) {
            return new HandlingResult.NotFound();
        }
        Complaint c = found.get();
        if (!c.status().open()) {
            return new HandlingResult.Refused(SENTENCES.say("case.closed.call.us"));
        }
        if (list(c.id()).size() >= AttachmentPolicy.MAX_PER_COMPLAINT) {
            return new HandlingResult.Refused(SENTENCES.say("attachments.too.many", AttachmentPolicy.MAX_PER_COMPLAINT));
        }
        StringBuilder refusal = new StringBuilder();
        if (AttachmentPolicy.check(upload.fileName(), upload.content(), refusal).isEmpty()) {
            return new HandlingResult.Refused(refusal.toString());
        }
        store(em, c, upload, actor, Instant.now());
        return new HandlingResult.Done(ComplaintView.of(c, List.of()));
    }

    /**
     * Stores a file already accepted by the caller's check (intake checks all files before filing), in the
     * caller's transaction. Static: intake calls it without going through this bean's container proxy.
     */
    static void store(EntityManager em, Complaint c, ComplaintForm.Upload upload, String actor, Instant at) {
        StringBuilder refusal = new StringBuilder();
        // English: this reason only ever goes into an exception (the caller failed to check first), not to a reader.
        AttachmentPolicy.Accepted accepted = AttachmentPolicy.check(upload.fileName(), upload.content(), refusal, Locale.ROOT)
                .orElseThrow(() -> new IllegalArgumentException(refusal.toString()));
        Attachment a = new Attachment(c.id(), accepted.fileName(), accepted.mediaType(), upload.content(),
                Sha256.hex(upload.content()), actor, at);
        em.persist(a);
        em.persist(new TimelineEntry(c.id(), at, actor, "ATTACHMENT_ADDED", null,
                accepted.fileName() + " (" + accepted.mediaType() + ", " + a.sizeBytes() + " bytes, sha256 " + a.sha256() + ")"));
    }

    /** The files of a complaint, oldest first. */
    public List<Listed> list(UUID complaintId) {
        // A projection: the content stays in the database until someone opens the file.
        return em.createQuery("SELECT a.id, a.fileName, a.mediaType, a.sizeBytes, a.uploadedBy, a.uploadedAt "
                        + "FROM Attachment a WHERE a.complaintId = :complaintId ORDER BY a.uploadedAt, a.fileName", Object[].class)
                .setParameter("complaintId", complaintId)
                .getResultStream()
                .map(r -> new Listed((UUID) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4], (Instant) r[5]))
                .toList();
    }

    /** The customer's own file; empty for anyone else's, so that no reference or id can be probed. */
    public Optional<Content> openForCustomer(String reference, UUID attachmentId, String customerId) {
        return ownComplaint(reference, customerId).flatMap(c -> content(c, attachmentId));
    }

    /** A file opened by staff; the opening is recorded on the case's timeline. */
    public Optional<Content> openForStaff(String reference, UUID attachmentId, String staff) {
        Optional<Complaint> c = byReference(reference);
        Optional<Content> content = c.flatMap(complaint -> content(complaint, attachmentId));
        content.ifPresent(f -> em.persist(new TimelineEntry(c.get().id(), Instant.now(), staff, "ATTACHMENT_OPENED", null, f.fileName())));
        return content;
    }

    private Optional<Content> content(Complaint c, UUID attachmentId) {
        Attachment a = em.find(Attachment.class, attachmentId);
        return a == null || !a.complaintId().equals(c.id()) ? Optional.empty()
                : Optional.of(new Content(a.fileName(), a.mediaType(), a.content()));
    }

    private Optional<Complaint> ownComplaint(String reference, String customerId) {
        return byReference(reference).filter(c -> customerId != null && c.customerId().equals(customerId));
    }

    private Optional<Complaint> byReference(String reference) {
        return em.createNamedQuery(Complaint.BY_REFERENCE, Complaint.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }
}
