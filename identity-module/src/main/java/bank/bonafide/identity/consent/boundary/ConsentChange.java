package bank.bonafide.identity.consent.boundary;

import java.util.UUID;

/** The result of giving or withdrawing biometric consent. */
public sealed interface ConsentChange {

    /** Consent recorded (or already active: giving it twice changes nothing). */
    record Given(UUID consentId, boolean alreadyActive) implements ConsentChange {
    }

    /** The bank cannot ask for consent now: the rules in force set no retention, or the vault has no key. */
    record NotOffered(String reason) implements ConsentChange {
    }

    /**
     * Consent withdrawn and {@code facesPurged} vault records deleted; {@code facesHeld} stay because they
     * are evidence in an open dispute (legal hold). The customer goes on without face.
     */
    record Withdrawn(int facesPurged, int facesHeld) implements ConsentChange {
    }

    /** There was no active consent to withdraw. */
    record NothingToWithdraw() implements ConsentChange {
    }
}
