package bank.bonafide.platform.event.identity;

import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.IntegrationEvent;

/** Facts the identity context announces. */
public sealed interface IdentityEvent extends IntegrationEvent permits IdentityEvidenceDisclosed, VerificationDecided, DocumentReportedLost,
        SuspectedFraud {

    @Override
    default BoundedContext publisher() {
        return BoundedContext.IDENTITY;
    }
}
