package bank.bonafide.compensation.payout.boundary;

import bank.bonafide.compensation.payout.entity.AdvanceCompensation;
import bank.bonafide.platform.money.Money;
import java.time.Instant;
import java.util.UUID;

/** A payout as screens, reports and tests read it. */
public record PayoutView(String reference, UUID complaintId, String customerId, Money amount, Money customerBears,
                         String reasons, Instant deadline, String deadlineRule, String rulePackId, int rulePackVersion,
                         String status, String proposedBy, String approvedBy, String secondApprovedBy, String rejectedBy,
                         String rejectionReason, Instant paidAt, Boolean timely, Instant escalatedAt, boolean provisional,
                         Instant originalDeadline, String clockStoppedBy, String clockStopReason, Instant proposedAt) {

    static PayoutView of(AdvanceCompensation p) {
        return new PayoutView(p.reference(), p.complaintId(), p.customerId(), p.amount(), p.customerBears(), p.reasons(),
                p.deadline(), p.deadlineRule(), p.rulePackId(), p.rulePackVersion(), p.status().name(), p.proposedBy(),
                p.approvedBy(), p.secondApprovedBy(), p.rejectedBy(), p.rejectionReason(), p.paidAt(), p.timely(),
                p.escalatedAt(), p.provisional(), p.originalDeadline(), p.clockStoppedBy(), p.clockStopReason(), p.proposedAt());
    }
}
