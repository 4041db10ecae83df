package bank.bonafide.platform.event.identity;

import bank.bonafide.platform.event.DisputedItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Identity's answer to a dispute: what it holds about the verification behind the disputed item.
 *
 * @param recordFound        false when identity holds no verification decision for the item, which
 *                           itself counts against the bank (it cannot prove who acted)
 * @param outcome            the recorded decision (for example {@code APPROVED}) or {@code NONE}
 * @param evidencePackageId  the sealed evidence package of that decision, or null
 * @param checksPerformed    the names of the checks the decision rests on, in the order made
 * @param reasons            why it was refused or sent to review, as recorded (empty for an approval)
 * @param evidenceIntact     the package exists and the whole hash chain verified when it was disclosed
 * @param checksMissing      checks the rule pack in force at the decision expected that the decision lacks
 * @param involvedStaff      staff who took part in the decision (review maker and checker): none of them may
 *                           handle the complaint (CN-14)
 */
public record IdentityEvidenceDisclosed(UUID eventId, Instant occurredAt, UUID complaintId,
                                        DisputedItem disputedItem, boolean recordFound, String outcome,
                                        String evidencePackageId, Instant decidedAt,
                                        List<String> checksPerformed, List<String> reasons,
                                        boolean evidenceIntact, List<String> checksMissing,
                                        List<String> involvedStaff) implements IdentityEvent {

    public IdentityEvidenceDisclosed {
        checksPerformed = checksPerformed == null ? List.of() : List.copyOf(checksPerformed);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        // Events stored before these two existed decode with nulls.
        checksMissing = checksMissing == null ? List.of() : List.copyOf(checksMissing);
        involvedStaff = involvedStaff == null ? List.of() : List.copyOf(involvedStaff);
    }
}
