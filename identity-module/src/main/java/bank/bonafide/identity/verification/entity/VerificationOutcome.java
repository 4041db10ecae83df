package bank.bonafide.identity.verification.entity;

import java.util.List;
import java.util.Set;

/**
 * A verification decision and the rule pack it applied. Sealed: approved, refused with reasons, or
 * sent to a person with what they must check.
 */
public sealed interface VerificationOutcome {

    String packId();

    int packVersion();

    /** APPROVED, REFUSED or REVIEW: how decisions, evidence and events name the outcome. */
    default String verdict() {
        return getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT);
    }

    /** Why it was refused, or what a person must check; empty for an approval. */
    default List<String> explanation() {
        if (this instanceof Refused refused) {
            return refused.reasons();
        }
        return this instanceof Review review ? review.toCheck() : List.of();
    }

    record Approved(Set<FactorCategory> factors, String packId, int packVersion) implements VerificationOutcome {
        public Approved {
            factors = Set.copyOf(factors);
        }
    }

    record Refused(List<String> reasons, String packId, int packVersion) implements VerificationOutcome {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }

    record Review(List<String> toCheck, String packId, int packVersion) implements VerificationOutcome {
        public Review {
            toCheck = List.copyOf(toCheck);
        }
    }
}
