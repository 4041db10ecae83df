package bank.bonafide.compensation.payout.boundary;

/** What became of a step on a payout. */
public sealed interface PayoutStep {

    /** Done; the payout as it now stands. */
    record Done(PayoutView payout) implements PayoutStep {
    }

    /** Not done, nothing changed; the reason is for the member of staff. */
    record Refused(String reason) implements PayoutStep {
    }

    record NotFound() implements PayoutStep {
    }
}
