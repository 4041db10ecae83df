package bank.bonafide.complaints.complaint.control;

import java.util.Map;
import java.util.Set;

/**
 * Seniority for approvals in complaint handling: handlers and counter staff, then compensation approvers
 * (senior staff), then compliance officers. ADMIN is IT administration and approves nothing here.
 */
public final class StaffRank {

    private static final Map<String, Integer> RANK = Map.of(
            "BACK_OFFICE", 1, "COMPLAINT_HANDLER", 1, "COMPENSATION_APPROVER", 2, "COMPLIANCE_OFFICER", 3);

    private StaffRank() {
    }

    /** The highest rank among the roles; 0 for none that counts. */
    public static int of(Set<String> roles) {
        return roles.stream().mapToInt(r -> RANK.getOrDefault(r, 0)).max().orElse(0);
    }

    public static int of(String role) {
        return RANK.getOrDefault(role, Integer.MAX_VALUE);
    }
}
