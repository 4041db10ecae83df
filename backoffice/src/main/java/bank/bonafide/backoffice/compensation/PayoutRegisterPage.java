package bank.bonafide.backoffice.compensation;

import bank.bonafide.compensation.payout.boundary.PayoutRegister;
import bank.bonafide.compensation.payout.boundary.PayoutSearch;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Every payout ever proposed, as a lazy table kept for the view so that paging and sorting are ajax requests. */
@Named
@ViewScoped
public class PayoutRegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PayoutRegister register;

    private PayoutTable payouts;

    @PostConstruct
    void init() {
        payouts = new PayoutTable(register);
    }

    public PayoutTable getPayouts() {
        return payouts;
    }

    public List<String> getStatuses() {
        return PayoutSearch.statuses();
    }
}
