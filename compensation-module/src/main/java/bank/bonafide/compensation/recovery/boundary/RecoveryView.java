package bank.bonafide.compensation.recovery.boundary;

import bank.bonafide.compensation.recovery.entity.RecoveryCase;
import bank.bonafide.platform.money.Money;

/** A recovery case as screens and tests read it. */
public record RecoveryView(String reference, String payoutReference, String against, String counterparty, Money claimed,
                           Money recovered, Money outstanding, String status, String closingNote) {

    static RecoveryView of(RecoveryCase r) {
        return new RecoveryView(r.reference(), r.payoutReference(), r.against().name(), r.counterparty(), r.claimed(),
                r.recovered(), r.outstanding(), r.status().name(), r.closingNote());
    }
}
