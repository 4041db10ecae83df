package bank.bonafide.backoffice.home;

import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.compensation.payout.boundary.AdvanceCompensations;
import bank.bonafide.compensation.payout.boundary.PayoutView;
import bank.bonafide.complaints.complaint.boundary.CaseSearch;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.identity.access.boundary.RoleGrantView;
import bank.bonafide.identity.access.boundary.RoleGrants;
import bank.bonafide.identity.customer.boundary.CustomerRecords;
import bank.bonafide.identity.review.boundary.ReviewQueue;
import bank.bonafide.identity.review.entity.ReviewCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A staff member's work on signing in, by role: identity reviews waiting for a person, the complaints assigned to
 * them, payouts they may approve (never their own), deadlines about to be breached, for compliance the latest
 * staff-access alerts (and, in {@link ExportApprovals}, evidence exports to approve), and for administrators the role
 * changes waiting for a second administrator. Each list is read once per request and only for a role that works it.
 */
@Named
@RequestScoped
public class HomePage {

    /** How close a regulatory deadline or payout deadline must be to count as "about to be breached". */
    static final Duration NEAR_BREACH = Duration.ofDays(2);
    static final int SHOWN = 10;
    /** A handler's own queue is shown longer: it is the day's work, nearest deadline first. */
    static final int SHOWN_ASSIGNED = 25;

    @Inject
    StaffScreen staff;

    @Inject
    ReviewQueue reviews;

    @Inject
    ComplaintQueries complaints;

    @Inject
    AdvanceCompensations payouts;

    @Inject
    CustomerRecords customerRecords;

    private List<ReviewCase> reviewQueue;
    private List<ComplaintView> assigned;
    private Long assignedCount;
    private List<ComplaintView> nearBreach;
    private List<PayoutView> toApprove;
    private List<CustomerRecords.AccessAlertView> alerts;
    private List<RoleGrantView> pendingGrants;

    @Inject
    RoleGrants roleGrants;

    public boolean isReviewer() {
        return staff.inRole("BACK_OFFICE") || staff.inRole("COMPLIANCE_OFFICER") || staff.inRole("ADMIN");
    }

    public boolean isHandler() {
        return staff.inRole("COMPLAINT_HANDLER");
    }

    public boolean isPayoutChecker() {
        return staff.inRole("COMPENSATION_APPROVER") || staff.inRole("BACK_OFFICE");
    }

    public boolean isCompliance() {
        return staff.inRole("COMPLIANCE_OFFICER");
    }

    public boolean isAdmin() {
        return staff.inRole("ADMIN");
    }

    /** Everyone but the administrator watches deadlines (a handler their own, the rest the bank's). */
    public boolean isDeadlineWatcher() {
        return isHandler() || isCompliance() || staff.inRole("BACK_OFFICE");
    }

    public List<ReviewCase> getReviewQueue() {
        if (reviewQueue == null) {
            reviewQueue = isReviewer() ? reviews.waiting(SHOWN) : List.of();
        }
        return reviewQueue;
    }

    public List<ComplaintView> getAssigned() {
        if (assigned == null) {
            assigned = isHandler() ? complaints.search(mine(), 0, SHOWN_ASSIGNED) : List.of();
        }
        return assigned;
    }

    public long getAssignedCount() {
        if (assignedCount == null) {
            assignedCount = isHandler() ? complaints.count(mine()) : 0L;
        }
        return assignedCount;
    }

    /** Open cases whose regulatory deadline falls within {@link #NEAR_BREACH}, or has passed; a handler's own only. */
    public List<ComplaintView> getNearBreach() {
        if (nearBreach == null) {
            CaseSearch near = CaseSearch.open().deadlineBefore(Instant.now().plus(NEAR_BREACH));
            boolean ownOnly = isHandler() && !isCompliance() && !staff.inRole("BACK_OFFICE");
            nearBreach = isDeadlineWatcher() ? complaints.search(ownOnly ? near.assignedTo(staff.getStaffName()) : near, 0, SHOWN)
                    : List.of();
        }
        return nearBreach;
    }

    /** Payouts waiting for a checker that this person may check: not proposed, nor already approved, by them. */
    public List<PayoutView> getToApprove() {
        if (toApprove == null) {
            String me = staff.getStaffName();
            toApprove = isPayoutChecker()
                    ? payouts.waiting(50).stream()
                            .filter(p -> !Objects.equals(p.proposedBy(), me) && !Objects.equals(p.approvedBy(), me))
                            .limit(SHOWN).toList()
                    : List.of();
        }
        return toApprove;
    }

    /** A payout's deadline falls within {@link #NEAR_BREACH} (or has passed). */
    public boolean nearDue(PayoutView payout) {
        return payout.deadline() != null && payout.deadline().isBefore(Instant.now().plus(NEAR_BREACH));
    }

    public List<CustomerRecords.AccessAlertView> getAccessAlerts() {
        if (alerts == null) {
            alerts = isCompliance() || isAdmin() ? customerRecords.alerts(SHOWN) : List.of();
        }
        return alerts;
    }

    /** For administrators: privileged role changes waiting for a second administrator (not one's own to decide). */
    public List<RoleGrantView> getPendingGrants() {
        if (pendingGrants == null) {
            pendingGrants = isAdmin() ? roleGrants.pending() : List.of();
        }
        return pendingGrants;
    }

    private CaseSearch mine() {
        return CaseSearch.open().assignedTo(staff.getStaffName());
    }
}
