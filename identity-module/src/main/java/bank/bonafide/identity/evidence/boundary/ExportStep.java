package bank.bonafide.identity.evidence.boundary;

/** What a step of an evidence export (ask, approve or reject, collect) achieved. */
public sealed interface ExportStep {

    /** The request as it now stands. */
    record Recorded(ExportRequestView request) implements ExportStep {
    }

    /** The approved export, collected (and logged) now. */
    record Collected(EvidenceExport export) implements ExportStep {
    }

    /** Nothing changed, and why. */
    record Refused(String reason) implements ExportStep {
    }

    /** No evidence package or no such request. */
    record NotFound() implements ExportStep {
    }
}
