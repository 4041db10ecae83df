package bank.bonafide.compensation.recovery.boundary;

/** What became of a step on a recovery case. */
public sealed interface RecoveryStep {

    record Done(RecoveryView recovery) implements RecoveryStep {
    }

    /** Not done, nothing changed; the reason is for the member of staff. */
    record Refused(String reason) implements RecoveryStep {
    }

    record NotFound() implements RecoveryStep {
    }
}
