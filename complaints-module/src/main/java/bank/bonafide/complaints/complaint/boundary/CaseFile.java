package bank.bonafide.complaints.complaint.boundary;

import java.time.Instant;
import java.util.List;

/**
 * Everything about one complaint that its customer or its handler reads: the case and its timeline, the
 * messages, the files and (for a dispute about an identity decision) what identity disclosed.
 */
public record CaseFile(ComplaintView complaint, List<Message> messages, List<ComplaintAttachments.Listed> attachments,
                       Evidence evidence) {

    public record Message(Instant at, boolean fromCustomer, String author, String body) {
    }

    /**
     * The disputed decision's evidence as identity disclosed it.
     *
     * @param checksMissing what the rule pack expected that the decision lacks
     * @param involvedStaff staff who took part in the decision and so may not handle the case
     */
    public record Evidence(boolean recordFound, String outcome, String evidencePackageId, Instant decidedAt,
                           boolean intact, List<String> checksPerformed, List<String> checksMissing, List<String> reasons,
                           List<String> involvedStaff) {
    }
}
