package bank.bonafide.platform.event.compensation;

import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.IntegrationEvent;

/** Facts the compensation context announces. */
public sealed interface CompensationEvent extends IntegrationEvent permits LiabilityAssessmentOpened, FraudEstablished, AdvanceCompensationPaid,
        FreezeOrdered, PayoutDeadlineExtended {

    @Override
    default BoundedContext publisher() {
        return BoundedContext.COMPENSATION;
    }
}
