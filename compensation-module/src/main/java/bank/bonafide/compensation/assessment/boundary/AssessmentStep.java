package bank.bonafide.compensation.assessment.boundary;

/** The outcome of an assessor's step: done, refused with the reason, or no assessment for that complaint. */
public sealed interface AssessmentStep {

    record Done(AssessmentView assessment) implements AssessmentStep {
    }

    record Refused(String reason) implements AssessmentStep {
    }

    record NotFound() implements AssessmentStep {
    }
}
