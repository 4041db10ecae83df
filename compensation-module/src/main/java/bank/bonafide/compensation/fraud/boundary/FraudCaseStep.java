package bank.bonafide.compensation.fraud.boundary;

/** What became of a step of the fraud playbook. */
public sealed interface FraudCaseStep {

    record Done(FraudCaseView fraudCase) implements FraudCaseStep {
    }

    /** Not done, nothing changed; the reason is for the member of staff. */
    record Refused(String reason) implements FraudCaseStep {
    }

    record NotFound() implements FraudCaseStep {
    }
}
