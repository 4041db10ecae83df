package bank.bonafide.identity.evidence.boundary;

import bank.bonafide.identity.evidence.control.EvidenceLines;
import bank.bonafide.identity.evidence.control.EvidencePdf;
import bank.bonafide.identity.evidence.control.EvidenceSeal;
import bank.bonafide.identity.evidence.control.EvidenceSheet;
import bank.bonafide.identity.evidence.entity.EvidenceAccess;
import bank.bonafide.identity.evidence.entity.EvidencePackage;
import bank.bonafide.identity.evidence.entity.ExportApproval;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Exports an evidence package for a court or a regulator, as JSON or PDF. An export is personal data leaving the
 * bank, so it takes two people: one asks with the purpose, a second approves (never the one who asked), and the
 * one who asked collects it once. Every collection is logged with who asked and why, in the same transaction: no
 * export without its log line.
 */
@Stateless
public class EvidenceExports {

    private static final Sentences SENTENCES = Sentences.of(EvidenceExports.class);

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    EvidenceBook book;

    /** The sealed content behind {@code decisionId}, for a member of staff to read on screen; logged as a VIEW ({@link #read}). */
    public Optional<String> view(UUID decisionId, String staff, String purpose) {
        return read(decisionId, staff, purpose).map(r -> r.sheet().contentJson());
    }

    /**
     * The package behind {@code decisionId} for a member of staff to read on screen: content, seal, and this
     * package's own seal recomputed (content hash and link to the previous seal; walking the whole chain is the
     * export's and compliance's job); logged as a VIEW with the purpose (CN-12). A screen read is not an export.
     */
    public Optional<EvidenceReading> read(UUID decisionId, String staff, String purpose) {
        return reading(book.forDecision(decisionId).stream().findFirst(), staff, purpose);
    }

    /** The same, by the package's own id (what a complaint's disclosure names). */
    public Optional<EvidenceReading> readPackage(UUID packageId, String staff, String purpose) {
        return reading(Optional.ofNullable(em.find(EvidencePackage.class, packageId)), staff, purpose);
    }

    private Optional<EvidenceReading> reading(Optional<EvidencePackage> found, String staff, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("reading evidence needs a purpose (the case it is for)");
        }
        return found.map(p -> {
            Instant now = Instant.now();
            em.persist(new EvidenceAccess(p.id(), staff, purpose.strip(), "VIEW", now));
            boolean contentIntact = EvidenceSeal.contentHash(p.content()).equals(p.contentSha256());
            boolean sealIntact = EvidenceSeal.seal(p.previousSeal(), p.contentSha256()).equals(p.seal());
            String note = !contentIntact ? "content was changed after sealing" : !sealIntact ? "seal does not match" : null;
            return new EvidenceReading(new EvidenceSheet(p.content(), p.position(), p.contentSha256(), p.previousSeal(), p.seal(),
                    p.sealedAt(), note == null, note, staff, now), EvidenceLines.of(p.content()));
        });
    }

    /** Asks to export the package behind {@code decisionId}; it waits for a second person's approval. */
    public ExportStep requestExport(UUID decisionId, EvidenceExport.Format format, String staff, String purpose) {
        if (purpose == null || purpose.isBlank() || purpose.strip().length() > 200) {
            return new ExportStep.Refused(SENTENCES.say("export.purposeNeeded"));
        }
        if (format == null) {
            return new ExportStep.Refused(SENTENCES.say("export.chooseFormat"));
        }
        if (book.forDecision(decisionId).isEmpty()) {
            return new ExportStep.NotFound();
        }
        ExportApproval request = new ExportApproval(decisionId, format.name(), purpose.strip(), staff, Instant.now());
        em.persist(request);
        return new ExportStep.Recorded(ExportRequestView.of(request));
    }

    /** A second person approves an export request (not the one who asked). */
    public ExportStep approveExport(UUID requestId, String checker) {
        return decide(requestId, checker, true);
    }

    public ExportStep rejectExport(UUID requestId, String checker) {
        return decide(requestId, checker, false);
    }

    /** The one who asked collects an approved export, once; the collection is logged as the export. */
    public ExportStep collect(UUID requestId, String staff) {
        ExportApproval request = em.find(ExportApproval.class, requestId);
        if (request == null) {
            return new ExportStep.NotFound();
        }
        Optional<String> refusal = request.collectionRefusalFor(staff);
        if (refusal.isPresent()) {
            return new ExportStep.Refused(refusal.get());
        }
        Optional<EvidenceExport> export = export(request.decisionId(), EvidenceExport.Format.valueOf(request.format()), staff,
                request.purpose());
        if (export.isEmpty()) {
            return new ExportStep.NotFound();
        }
        request.collected(Instant.now());
        return new ExportStep.Collected(export.get());
    }

    /** Export requests waiting for a second person, oldest first. */
    public List<ExportRequestView> pendingExports() {
        return em.createNamedQuery(ExportApproval.PENDING, ExportApproval.class).getResultStream().map(ExportRequestView::of).toList();
    }

    /** What this person asked to export, newest first: waiting, approved (to collect), rejected or collected. */
    public List<ExportRequestView> exportsAskedBy(String staff, int max) {
        return em.createNamedQuery(ExportApproval.ASKED_BY, ExportApproval.class).setParameter("staff", staff).setMaxResults(max)
                .getResultStream().map(ExportRequestView::of).toList();
    }

    public Optional<ExportRequestView> exportRequest(UUID requestId) {
        return Optional.ofNullable(em.find(ExportApproval.class, requestId)).map(ExportRequestView::of);
    }

    private ExportStep decide(UUID requestId, String checker, boolean approve) {
        ExportApproval request = em.find(ExportApproval.class, requestId);
        if (request == null) {
            return new ExportStep.NotFound();
        }
        Optional<String> refusal = request.refusalFor(checker);
        if (refusal.isPresent()) {
            return new ExportStep.Refused(refusal.get());
        }
        if (approve) {
            request.approve(checker, Instant.now());
        } else {
            request.reject(checker, Instant.now());
        }
        return new ExportStep.Recorded(ExportRequestView.of(request));
    }

    /** The package behind {@code decisionId}; empty when there is none. {@code purpose} is required (CN-12). */
    private Optional<EvidenceExport> export(UUID decisionId, EvidenceExport.Format format, String staff, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("an export needs a purpose (the case it is for)");
        }
        Optional<EvidencePackage> found = book.forDecision(decisionId).stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EvidencePackage p = found.get();
        Instant now = Instant.now();
        em.persist(new EvidenceAccess(p.id(), staff, purpose.strip(), format.name(), now));
        ChainVerification chain = book.verify();
        String name = "evidence-" + decisionId;
        if (format == EvidenceExport.Format.PDF) {
            EvidenceSheet sheet = new EvidenceSheet(p.content(), p.position(), p.contentSha256(), p.previousSeal(), p.seal(),
                    p.sealedAt(), chain.intact(), chain.problem(), staff, now);
            return Optional.of(new EvidenceExport(EvidencePdf.render(sheet), "application/pdf", name + ".pdf"));
        }
        var json = Json.createObjectBuilder()
                .add("packageId", p.id().toString())
                .add("decisionId", decisionId.toString())
                .add("chainPosition", p.position())
                // Exactly as stored: its SHA-256 is contentSha256, and seal = SHA-256(previousSeal ":" contentSha256).
                .add("content", p.content())
                .add("contentSha256", p.contentSha256())
                .add("previousSeal", p.previousSeal())
                .add("seal", p.seal())
                .add("sealedAt", p.sealedAt().toString())
                .add("chainVerifiedAtExport", chain.intact() ? "intact" : "broken at package " + chain.firstBrokenPosition()
                        + ": " + chain.problem())
                .add("exportedBy", staff)
                .add("exportedAt", now.toString())
                .build();
        return Optional.of(new EvidenceExport(json.toString().getBytes(StandardCharsets.UTF_8), "application/json", name + ".json"));
    }
}
