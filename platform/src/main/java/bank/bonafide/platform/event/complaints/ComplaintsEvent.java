package bank.bonafide.platform.event.complaints;

import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.IntegrationEvent;

/** Facts the complaints context announces. */
public sealed interface ComplaintsEvent extends IntegrationEvent permits ComplaintFiled, ComplaintClosed {

    @Override
    default BoundedContext publisher() {
        return BoundedContext.COMPLAINTS;
    }
}
