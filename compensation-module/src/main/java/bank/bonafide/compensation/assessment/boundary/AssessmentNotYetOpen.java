package bank.bonafide.compensation.assessment.boundary;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/** Evidence arrived before its assessment; the outbox relay retries the delivery later. */
@ApplicationException(rollback = true)
public class AssessmentNotYetOpen extends RuntimeException {

    public AssessmentNotYetOpen(UUID complaintId) {
        super("no liability assessment yet for complaint " + complaintId);
    }
}
