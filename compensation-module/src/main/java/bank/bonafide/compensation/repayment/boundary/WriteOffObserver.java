package bank.bonafide.compensation.repayment.boundary;

import bank.bonafide.platform.event.lending.LoanWrittenOff;
import bank.bonafide.compensation.payout.boundary.PayoutPaid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Compensation's ear for lending's write-offs and its own paid payouts; {@link RepaymentReturns} keeps the debt. */
@ApplicationScoped
public class WriteOffObserver {

    @Inject
    RepaymentReturns returns;

    void on(@Observes LoanWrittenOff e) {
        returns.onWriteOff(e);
    }

    void on(@Observes PayoutPaid paid) {
        returns.onPayoutPaid(paid);
    }
}
