package bank.bonafide.backoffice.compensation;

import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.compensation.fund.boundary.RiskProvisionFund;
import bank.bonafide.compensation.payout.boundary.AdvanceCompensations;
import bank.bonafide.compensation.payout.boundary.PayoutStep;
import bank.bonafide.compensation.payout.boundary.PayoutView;
import bank.bonafide.platform.money.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/**
 * Advance compensation for staff: the payouts waiting for a checker (nearest deadline first, escalated ones
 * marked), approving or rejecting one, and the risk-provision fund's position for compliance.
 */
@Named
@RequestScoped
public class CompensationPage {

    /** The fund's currency on this screen: the jurisdiction's (CNY for the CN packs). */
    static final String CURRENCY = "CNY";

    @Inject
    AdvanceCompensations payouts;

    @Inject
    RiskProvisionFund fund;

    @Inject
    StaffScreen staff;

    private String reference;
    private String reason;
    private BigDecimal contribution;
    private List<PayoutView> waiting;
    private RiskProvisionFund.FundPosition position;

    public List<PayoutView> getWaiting() {
        if (waiting == null) {
            waiting = payouts.waiting(200);
        }
        return waiting;
    }

    public List<PayoutView> getRecent() {
        return payouts.recent(50);
    }

    /** Read once per request (the page shows six figures of it). */
    public RiskProvisionFund.FundPosition getPosition() {
        if (position == null) {
            position = fund.position(CURRENCY);
        }
        return position;
    }

    public String approve() {
        return answer(payouts.approve(reference, staff.getStaffName(), staff.roles()), "Approved.");
    }

    public String reject() {
        return answer(payouts.reject(reference, staff.getStaffName(), reason), "Rejected.");
    }

    /** Compliance records the bank's contribution to the fund. */
    public String contribute() {
        if (!staff.inRole("COMPLIANCE_OFFICER")) {
            return message(FacesMessage.SEVERITY_ERROR, "Only a compliance officer records contributions to the fund.");
        }
        if (contribution == null || contribution.signum() <= 0) {
            return message(FacesMessage.SEVERITY_ERROR, "Enter the amount contributed, above zero.");
        }
        position = null;
        fund.contribute(new Money(contribution, CURRENCY), "CONTRIB-" + staff.getStaffName() + "-" + System.currentTimeMillis(),
                staff.getStaffName());
        return message(FacesMessage.SEVERITY_INFO, "Contribution of " + CURRENCY + " " + Money.plain(contribution) + " recorded.");
    }

    public String money(Money m) {
        return m == null ? "" : m.currency() + " " + Money.plain(m.amount());
    }

    private String answer(PayoutStep step, String done) {
        // PayoutStep is sealed: Done, Refused or NotFound.
        if (step instanceof PayoutStep.Done d) {
            waiting = null;
            position = null;
            return message(FacesMessage.SEVERITY_INFO, d.payout().reference() + ": " + done + " Status: "
                    + staff.words(d.payout().status()) + ".");
        }
        return message(FacesMessage.SEVERITY_ERROR, step instanceof PayoutStep.Refused r ? r.reason() : "Choose a waiting payout.");
    }

    private static String message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
        return null;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public BigDecimal getContribution() {
        return contribution;
    }

    public void setContribution(BigDecimal contribution) {
        this.contribution = contribution;
    }
}
