package bank.bonafide.platform.event.lending;

import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.IntegrationEvent;

/** Facts the lending context announces. */
public sealed interface LendingEvent extends IntegrationEvent permits CollectionFrozen, LoanWrittenOff, CreditRecordCorrectionRequested {

    @Override
    default BoundedContext publisher() {
        return BoundedContext.LENDING;
    }
}
