package bank.bonafide.compensation.fraud.boundary;

import bank.bonafide.compensation.fraud.entity.EvidencePreservation;
import bank.bonafide.compensation.fraud.entity.FraudCase;
import bank.bonafide.platform.event.compensation.FreezeOrdered;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.reference.References;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The steps of the fraud playbook on a dispute, each recorded with who took it and when. Freezing announces
 * {@link FreezeOrdered}; lending and identity act on it in their own transactions. Blocking a login is identity's
 * (Keycloak and the app's sessions); the playbook records the block on the case once identity confirmed it.
 */
@Stateless
public class FraudPlaybook {

    private static final Sentences SENTENCES = Sentences.of(FraudPlaybook.class);

    /** A reminder goes out this long before an item of evidence must be secured. */
    static final Duration REMINDER = Duration.ofHours(24);

    @PersistenceContext(unitName = "compensation")
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Opens the fraud case of a complaint, or confirms the suspicion of the one already open. */
    public FraudCaseStep open(UUID complaintId, String customerId, boolean confirmed, String actor) {
        Optional<FraudCase> existing = ofComplaintEntity(complaintId);
        if (existing.isPresent()) {
            FraudCase f = existing.get();
            if (confirmed && f.confirm()) {
                return done(f);
            }
            return new FraudCaseStep.Refused(SENTENCES.say("case.open.already", f.reference()));
        }
        FraudCase f = new FraudCase(References.next("FRD"), complaintId, customerId, confirmed, actor, Instant.now());
        em.persist(f);
        return done(f);
    }

    /** Records the police report (CN practice: report first); once. */
    public FraudCaseStep reportedToPolice(String reference, String reportReference, String station, Instant reportedAt, String actor) {
        if (blank(reportReference) || blank(station) || reportedAt == null) {
            return new FraudCaseStep.Refused(SENTENCES.say("police.incomplete"));
        }
        if (reportedAt.isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
            return new FraudCaseStep.Refused(SENTENCES.say("police.future"));
        }
        return onOpenCase(reference, f -> f.reportedToPolice(reportReference.strip(), station.strip(), reportedAt) ? null
                : SENTENCES.say("police.recorded", f.policeReportReference()));
    }

    /**
     * Freezes the customer's accounts and loans with these references: lending stops collecting, identity verifies
     * nothing more for them. References already frozen on the case are not announced again.
     */
    public FraudCaseStep freeze(String reference, List<String> references, String reason, String actor) {
        List<String> cleaned = references == null ? List.of()
                : references.stream().filter(r -> !blank(r)).map(String::strip).distinct().toList();
        if (cleaned.isEmpty() || blank(reason)) {
            return new FraudCaseStep.Refused(SENTENCES.say("freeze.incomplete"));
        }
        if (cleaned.stream().anyMatch(r -> r.length() > 64 || r.contains(","))) {
            return new FraudCaseStep.Refused(SENTENCES.say("freeze.reference"));
        }
        Instant now = Instant.now();
        return onOpenCase(reference, f -> {
            List<String> added;
            try {
                added = f.freeze(cleaned, now);
            } catch (IllegalArgumentException e) {
                return SENTENCES.say("freeze.too.many");
            }
            if (added.isEmpty()) {
                return SENTENCES.say("freeze.nothing.new");
            }
            outbox.publish(new FreezeOrdered(UUID.randomUUID(), now, f.reference(), f.complaintId(), f.customerId(), added,
                    reason.strip() + " (fraud case " + f.reference() + ", ordered by " + actor + ")"));
            return null;
        });
    }

    /** Asks for an item of evidence to be secured by its holder before {@code dueAt}. */
    public FraudCaseStep preserve(String reference, String item, String holder, Instant dueAt, String actor) {
        if (blank(item) || blank(holder) || dueAt == null) {
            return new FraudCaseStep.Refused(SENTENCES.say("preserve.incomplete"));
        }
        if (item.length() > 500 || holder.length() > 200) {
            return new FraudCaseStep.Refused(SENTENCES.say("preserve.too.long"));
        }
        Instant now = Instant.now();
        return onOpenCase(reference, f -> {
            em.persist(new EvidencePreservation(f.id(), item.strip(), holder.strip(), dueAt, actor, now));
            return null;
        });
    }

    /** Records that an item of evidence is secured and where the copy is kept. */
    public FraudCaseStep secured(String reference, UUID preservationId, String keptAs, String actor) {
        if (blank(keptAs)) {
            return new FraudCaseStep.Refused(SENTENCES.say("secured.where"));
        }
        return onCase(reference, f -> {
            EvidencePreservation e = em.find(EvidencePreservation.class, preservationId);
            if (e == null || !e.fraudCaseId().equals(f.id())) {
                return SENTENCES.say("secured.no.such");
            }
            return e.secured(keptAs.strip(), actor, Instant.now()) ? null : SENTENCES.say("secured.already");
        });
    }

    /** Records a login identity has blocked (Keycloak disabled, app sessions ended) on the case. */
    public FraudCaseStep loginBlocked(String reference, String username) {
        return onOpenCase(reference, f -> f.loginBlocked(username) ? null
                : SENTENCES.say("login.too.many", username));
    }

    /**
     * Reminds, once, of every item of evidence not secured within {@link #REMINDER} of its deadline; returns them.
     * The timer that calls it logs the reminder for the fraud team; the screens show it.
     */
    public List<FraudCaseView.Preservation> remindDue(Instant now) {
        return em.createNamedQuery(EvidencePreservation.REMINDER_DUE, EvidencePreservation.class)
                .setParameter("remindBy", now.plus(REMINDER))
                .getResultStream()
                .filter(e -> e.remindIfDue(now, REMINDER))
                .map(e -> FraudCaseView.Preservation.of(e, now))
                .toList();
    }

    public Optional<FraudCaseView> ofComplaint(UUID complaintId) {
        return ofComplaintEntity(complaintId).map(this::view);
    }

    public Optional<FraudCaseView> byReference(String reference) {
        return find(reference).map(this::view);
    }

    /** Open fraud cases, oldest first. */
    public List<FraudCaseView> open(int max) {
        List<FraudCase> cases = em.createNamedQuery(FraudCase.OPEN, FraudCase.class).setMaxResults(max).getResultList();
        if (cases.isEmpty()) {
            return List.of();
        }
        // One query for the evidence of every listed case, not one per case.
        Map<UUID, List<EvidencePreservation>> evidence = em.createQuery(
                        "SELECT e FROM EvidencePreservation e WHERE e.fraudCaseId IN :cases ORDER BY e.dueAt", EvidencePreservation.class)
                .setParameter("cases", cases.stream().map(FraudCase::id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(EvidencePreservation::fraudCaseId));
        Instant now = Instant.now();
        return cases.stream().map(f -> FraudCaseView.of(f, evidence.getOrDefault(f.id(), List.of()), now)).toList();
    }

    private FraudCaseStep onOpenCase(String reference, Function<FraudCase, String> step) {
        return onCase(reference, f -> f.open() ? step.apply(f) : SENTENCES.say("case.closed", f.reference()));
    }

    /** Runs a step on the case; the function returns why it is refused, or null when done. */
    private FraudCaseStep onCase(String reference, Function<FraudCase, String> step) {
        Optional<FraudCase> found = find(reference);
        if (found.isEmpty()) {
            return new FraudCaseStep.NotFound();
        }
        String refused = step.apply(found.get());
        return refused != null ? new FraudCaseStep.Refused(refused) : done(found.get());
    }

    private FraudCaseStep done(FraudCase f) {
        em.flush();
        return new FraudCaseStep.Done(view(f));
    }

    private FraudCaseView view(FraudCase f) {
        return FraudCaseView.of(f, em.createNamedQuery(EvidencePreservation.OF_CASE, EvidencePreservation.class)
                .setParameter("fraudCaseId", f.id()).getResultList(), Instant.now());
    }

    private Optional<FraudCase> find(String reference) {
        return em.createNamedQuery(FraudCase.BY_REFERENCE, FraudCase.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    private Optional<FraudCase> ofComplaintEntity(UUID complaintId) {
        return em.createNamedQuery(FraudCase.OF_COMPLAINT, FraudCase.class).setParameter("complaintId", complaintId)
                .getResultStream().findFirst();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
