package bank.bonafide.lending.application.boundary;

/** What became of an application request. */
public sealed interface ApplicationResult {

    /** Recorded: on offer, or refused with the reasons in the view. */
    record Decided(ApplicationView application) implements ApplicationResult {
    }

    /** Nothing was recorded: the request itself is wrong (unknown product, amount out of range ...). */
    record Invalid(String problem) implements ApplicationResult {
    }

    /** No application of this customer has this reference. */
    record NotFound() implements ApplicationResult {
    }

    /** The application is not in a state that allows this (already signed, refused ...). */
    record Conflict(String problem) implements ApplicationResult {
    }
}
