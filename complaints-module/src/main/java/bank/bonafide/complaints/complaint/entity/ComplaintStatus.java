package bank.bonafide.complaints.complaint.entity;

/** Lifecycle states of a complaint (the full state machine comes with the complaints issue). */
public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, UNDER_INVESTIGATION, AWAITING_CUSTOMER, PROPOSED_DECISION, DECIDED, ESCALATED, CLOSED, REOPENED
}
