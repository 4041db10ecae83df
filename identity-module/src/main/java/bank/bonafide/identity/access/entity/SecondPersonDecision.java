package bank.bonafide.identity.access.entity;

import bank.bonafide.platform.text.Sentences;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who asked for a sensitive change and which second person decided it (maker-checker, CN-12): the one who asked
 * never decides. Embedded in every request that needs a second person (role grants, evidence exports).
 */
@Embeddable
public class SecondPersonDecision {

    private static final Sentences SENTENCES = Sentences.of(SecondPersonDecision.class);

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected SecondPersonDecision() {
    }

    public static SecondPersonDecision askedBy(String maker, Instant at) {
        SecondPersonDecision d = new SecondPersonDecision();
        d.requestedBy = Objects.requireNonNull(maker);
        d.requestedAt = Objects.requireNonNull(at);
        return d;
    }

    /**
     * Why {@code checker} may not decide; empty when they may. {@code what} names the request ("this export"), in the
     * reader's language like the refusal it goes into.
     */
    public Optional<String> refusalFor(String checker, String what) {
        if (decidedBy != null) {
            return Optional.of(SENTENCES.say("decision.decidedAlready", decidedBy));
        }
        if (checker.equals(requestedBy)) {
            return Optional.of(SENTENCES.say("decision.askedByYou", what));
        }
        return Optional.empty();
    }

    /** Records the decision; the maker recording their own ordinary change counts as deciding it. */
    public void decidedBy(String checker, Instant at) {
        decidedBy = Objects.requireNonNull(checker);
        decidedAt = Objects.requireNonNull(at);
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
