package bank.bonafide.complaints.complaint.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a complaint. Each state names the states it may move to; anything else is refused, so
 * a case cannot be closed before it was decided or decided before anyone looked at it.
 */
public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, UNDER_INVESTIGATION, AWAITING_CUSTOMER, PROPOSED_DECISION, DECIDED, ESCALATED, CLOSED, REOPENED;

    private static final Map<ComplaintStatus, Set<ComplaintStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(ACKNOWLEDGED, ESCALATED),
            ACKNOWLEDGED, EnumSet.of(UNDER_INVESTIGATION, AWAITING_CUSTOMER, ESCALATED),
            UNDER_INVESTIGATION, EnumSet.of(AWAITING_CUSTOMER, PROPOSED_DECISION, ESCALATED),
            AWAITING_CUSTOMER, EnumSet.of(UNDER_INVESTIGATION, ESCALATED),
            PROPOSED_DECISION, EnumSet.of(DECIDED, UNDER_INVESTIGATION, ESCALATED),
            DECIDED, EnumSet.of(CLOSED, ESCALATED),
            ESCALATED, EnumSet.of(UNDER_INVESTIGATION, PROPOSED_DECISION, DECIDED),
            CLOSED, EnumSet.of(REOPENED),
            REOPENED, EnumSet.of(UNDER_INVESTIGATION, AWAITING_CUSTOMER, ESCALATED));

    public boolean canMoveTo(ComplaintStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<ComplaintStatus> next() {
        return EnumSet.copyOf(NEXT.get(this));
    }

    /** Still being worked on: the regulatory clock is running against the bank. */
    public boolean open() {
        return this != CLOSED;
    }
}
