package bank.bonafide.identity.review.boundary;

import bank.bonafide.identity.evidence.boundary.EvidenceExports;
import bank.bonafide.identity.evidence.entity.EvidencePackage;
import bank.bonafide.identity.review.entity.ReviewCase;
import bank.bonafide.identity.verification.boundary.DecisionRegister;
import bank.bonafide.identity.verification.entity.MaskedApplicant;
import bank.bonafide.identity.verification.entity.ReviewRequired;
import bank.bonafide.identity.verification.entity.VerificationDecision;
import bank.bonafide.platform.persistence.RegisterCriteria;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The manual-review queue with its four-eyes rule: a maker proposes APPROVED or REFUSED with a reason, a
 * different checker confirms (or declines), and only then is a new decision recorded, sealed with both
 * names. The reviewed decision and its evidence stay exactly as they were.
 */
@Stateless
public class ReviewQueue {

    static final Set<String> VERDICTS = Set.of("APPROVED", "REFUSED");

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    DecisionRegister register;

    @Inject
    EvidenceExports evidence;

    /** Opens a case for a REVIEW decision, in the deciding transaction. */
    public void open(@Observes ReviewRequired required) {
        MaskedApplicant applicant = required.attempt().applicant();
        em.persist(new ReviewCase(required.decisionId(), required.attempt().customerId(), required.attempt().subjectReference(),
                required.attempt().purpose().name(), applicant == null ? null : applicant.name(),
                applicant == null ? null : applicant.idDocumentNumber(), applicant == null ? null : applicant.phoneNumber(),
                required.toCheck(), Instant.now()));
    }

    public List<ReviewCase> waiting(int max) {
        return em.createNamedQuery(ReviewCase.WAITING, ReviewCase.class).setMaxResults(max).getResultList();
    }

    /** One page of the cases waiting for a person, in the search's order (ties broken by id). */
    public List<ReviewCase> waiting(ReviewSearch search, int first, int max) {
        return waitingCases(search).page(search.sort().path, search.descending(), first, max);
    }

    public long countWaiting(ReviewSearch search) {
        return waitingCases(search).count();
    }

    private RegisterCriteria<ReviewCase> waitingCases(ReviewSearch search) {
        return RegisterCriteria.over(em, ReviewCase.class, "id")
                .where((cb, r) -> cb.notEqual(r.get("status"), ReviewCase.Status.CLOSED.name()))
                .equal("customerId", search.customerId())
                .equal("status", RegisterCriteria.named(ReviewCase.Status.class, search.status()).map(Enum::name).orElse(search.status()));
    }

    public Optional<ReviewCase> find(UUID caseId) {
        return Optional.ofNullable(em.find(ReviewCase.class, caseId));
    }

    /** The reviewed decision's sealed evidence, as the reviewer reads it; the read is logged. */
    public Optional<String> evidenceFor(UUID caseId, String staff) {
        return find(caseId).flatMap(c -> evidence.view(c.decisionId(), staff, "review case " + caseId));
    }

    public ReviewStep propose(UUID caseId, String maker, String verdict, String reason) {
        if (!VERDICTS.contains(verdict)) {
            return new ReviewStep.NotAllowed("Choose approve or refuse.");
        }
        if (reason == null || reason.isBlank()) {
            return new ReviewStep.NotAllowed("Say what you checked and why you propose this.");
        }
        Optional<ReviewCase> found = find(caseId);
        if (found.isEmpty() || found.get().status() != ReviewCase.Status.OPEN) {
            return new ReviewStep.NotAllowed("This case is not waiting for a proposal (someone may have acted on it).");
        }
        found.get().propose(verdict, maker, reason.strip(), Instant.now());
        return new ReviewStep.Proposed(caseId);
    }

    public ReviewStep confirm(UUID caseId, String checker) {
        Optional<ReviewCase> found = find(caseId);
        if (found.isEmpty() || found.get().status() != ReviewCase.Status.PROPOSED) {
            return new ReviewStep.NotAllowed("This case has no proposal waiting for a second person.");
        }
        ReviewCase review = found.get();
        if (checker.equals(review.proposedBy())) {
            return new ReviewStep.NotAllowed("You proposed this yourself: a second person must confirm it.");
        }
        VerificationDecision reviewed = em.find(VerificationDecision.class, review.decisionId());
        UUID decisionId = UUID.randomUUID();
        Instant now = Instant.now();
        EvidencePackage sealed = register.record(decisionId, content(decisionId, review, reviewed, checker, now),
                p -> new VerificationDecision(decisionId, review.customerId(), review.subjectReference(), review.purpose(),
                        "STAFF_REVIEW", review.proposedVerdict(), review.proposalReason(), now, p.id().toString(),
                        List.of("StaffReview"), reviewed.rulePackId(), reviewed.rulePackVersion() == null ? 0 : reviewed.rulePackVersion()));
        review.confirm(checker, now, decisionId);
        return new ReviewStep.Decided(caseId, decisionId, review.proposedVerdict(), sealed.id());
    }

    public ReviewStep decline(UUID caseId, String checker) {
        Optional<ReviewCase> found = find(caseId);
        if (found.isEmpty() || found.get().status() != ReviewCase.Status.PROPOSED) {
            return new ReviewStep.NotAllowed("This case has no proposal waiting for a second person.");
        }
        if (checker.equals(found.get().proposedBy())) {
            return new ReviewStep.NotAllowed("You proposed this yourself: a second person must decide on it.");
        }
        found.get().decline();
        return new ReviewStep.Declined(caseId);
    }

    /** The staff decision's evidence: what was reviewed (by its seal), what had to be checked, maker and checker. */
    private static String content(UUID decisionId, ReviewCase review, VerificationDecision reviewed, String checker, Instant at) {
        JsonArrayBuilder toCheck = Json.createArrayBuilder();
        review.toCheck().forEach(toCheck::add);
        return Json.createObjectBuilder()
                .add("decisionId", decisionId.toString())
                .add("kind", "STAFF_REVIEW")
                .add("customerId", review.customerId())
                .add("subject", review.subjectReference())
                .add("purpose", review.purpose())
                .add("reviewOf", Json.createObjectBuilder()
                        .add("decisionId", reviewed.id().toString())
                        .add("outcome", reviewed.outcome())
                        .add("evidencePackageId", String.valueOf(reviewed.evidencePackageId())))
                .add("toCheck", toCheck)
                .add("maker", Json.createObjectBuilder().add("staff", review.proposedBy())
                        .add("proposed", review.proposedVerdict()).add("reason", review.proposalReason())
                        .add("at", review.proposedAt().toString()))
                .add("checker", Json.createObjectBuilder().add("staff", checker).add("at", at.toString()))
                .add("rulePack", Json.createObjectBuilder().add("id", String.valueOf(reviewed.rulePackId()))
                        .add("version", reviewed.rulePackVersion() == null ? 0 : reviewed.rulePackVersion()))
                .add("outcome", review.proposedVerdict())
                .add("reasons", Json.createArrayBuilder().add(review.proposalReason()))
                .add("decidedBy", review.proposedBy() + " + " + checker)
                .build().toString();
    }
}
