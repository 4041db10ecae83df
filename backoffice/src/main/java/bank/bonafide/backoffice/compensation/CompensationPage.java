package bank.bonafide.backoffice.compensation;

import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.compensation.assessment.boundary.AssessmentView;
import bank.bonafide.compensation.assessment.boundary.LiabilityAssessments;
import bank.bonafide.compensation.fraud.boundary.FraudCaseView;
import bank.bonafide.compensation.fraud.boundary.FraudPlaybook;
import bank.bonafide.compensation.fund.boundary.RiskProvisionFund;
import bank.bonafide.compensation.payout.boundary.AdvanceCompensations;
import bank.bonafide.compensation.payout.boundary.PayoutFigures;
import bank.bonafide.compensation.payout.boundary.PayoutStep;
import bank.bonafide.compensation.payout.boundary.PayoutView;
import bank.bonafide.compensation.recovery.boundary.Recoveries;
import bank.bonafide.compensation.recovery.boundary.RecoveryStep;
import bank.bonafide.compensation.recovery.boundary.RecoveryView;
import bank.bonafide.compensation.recovery.entity.RecoveryCase;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/**
 * Advance compensation for staff: the payouts waiting for a checker (nearest deadline first, escalated ones
 * marked), approving or rejecting one, and the risk-provision fund's position for compliance; the figures compliance
 * reports (payouts by outcome, the timely share, amounts paid); disputed payments nearing their deadline with no payout
 * proposed; open fraud cases with evidence still to secure; recovery cases and what came back.
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
    /** Read once per request: the page asks for each list in its rendered test and its table. */
    private PayoutFigures figures;
    private List<AssessmentView> awaitingPayout;
    private List<FraudCaseView> fraudCases;
    private List<RecoveryView> openRecoveries;
    private String recoveryPayout;
    private RecoveryCase.Against recoveryAgainst;
    private String counterparty;
    private BigDecimal recoveryAmount;
    private BigDecimal receivedAmount;
    private String recoveryReference;
    private String closingNote;

    @Inject
    LiabilityAssessments assessments;

    @Inject
    FraudPlaybook playbook;

    @Inject
    Recoveries recoveries;

    public List<PayoutView> getWaiting() {
        if (waiting == null) {
            waiting = payouts.waiting(200);
        }
        return waiting;
    }

    /** Read once per request (the page shows six figures of it). */
    public RiskProvisionFund.FundPosition getPosition() {
        if (position == null) {
            position = fund.position(CURRENCY);
        }
        return position;
    }

    public PayoutFigures getFigures() {
        if (figures == null) {
            figures = payouts.figures();
        }
        return figures;
    }

    /** "CNY 3120.00", one per currency paid in. */
    public List<String> getPaidAmounts() {
        return getFigures().paidByCurrency().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + Money.plain(e.getValue())).toList();
    }

    /** Disputed payments whose advance-compensation clock runs with no payout proposed. */
    public List<AssessmentView> getAwaitingPayout() {
        if (awaitingPayout == null) {
            awaitingPayout = assessments.awaitingPayout(100);
        }
        return awaitingPayout;
    }

    public List<FraudCaseView> getFraudCases() {
        if (fraudCases == null) {
            fraudCases = playbook.open(100);
        }
        return fraudCases;
    }

    /** Items of a fraud case's evidence not yet secured; "n (m lapsed)". */
    public String unsecured(FraudCaseView f) {
        long open = f.preservations().stream().filter(p -> p.securedAt() == null).count();
        long lapsed = f.preservations().stream().filter(FraudCaseView.Preservation::lapsed).count();
        return open + (lapsed > 0 ? " (" + lapsed + " LAPSED)" : "");
    }

    public List<RecoveryView> getRecoveries() {
        if (openRecoveries == null) {
            openRecoveries = recoveries.open(100);
        }
        return openRecoveries;
    }

    public RecoveryCase.Against[] getParties() {
        return RecoveryCase.Against.values();
    }

    /** Opens a claim against the fraudster, the receiving bank or the insurer for a paid payout. */
    public String openRecovery() {
        if (blank(recoveryPayout) || recoveryAgainst == null || blank(counterparty)) {
            return message(FacesMessage.SEVERITY_ERROR, Texts.of("comp.recovery.missing"));
        }
        Money claimed = recoveryAmount == null ? null : new Money(recoveryAmount, CURRENCY);
        return recovered(recoveries.open(recoveryPayout.strip(), recoveryAgainst, counterparty, claimed, staff.getStaffName()), Texts.of("comp.recovery.opened"));
    }

    public String recordRecovered() {
        if (blank(recoveryReference) || receivedAmount == null) {
            return message(FacesMessage.SEVERITY_ERROR, Texts.of("comp.recovery.missingReceipt"));
        }
        return recovered(recoveries.received(recoveryReference, new Money(receivedAmount, CURRENCY), staff.getStaffName()),
                Texts.of("comp.recovery.received"));
    }

    public String closeRecovery() {
        if (blank(recoveryReference)) {
            return message(FacesMessage.SEVERITY_ERROR, Texts.of("comp.recovery.missingClose"));
        }
        return recovered(recoveries.close(recoveryReference, closingNote, staff.getStaffName()), Texts.of("comp.recovery.closed"));
    }

    private String recovered(RecoveryStep step, String done) {
        // RecoveryStep is sealed: Done, Refused or NotFound.
        if (step instanceof RecoveryStep.Done d) {
            position = null;
            openRecoveries = null;
            recoveryPayout = null;
            recoveryAgainst = null;
            counterparty = null;
            recoveryAmount = null;
            receivedAmount = null;
            closingNote = null;
            return message(FacesMessage.SEVERITY_INFO, Texts.of("comp.recovery.done", d.recovery().reference(), done,
                    money(d.recovery().recovered()), money(d.recovery().claimed())));
        }
        return message(FacesMessage.SEVERITY_ERROR, step instanceof RecoveryStep.Refused r ? r.reason() : Texts.of("comp.recovery.notFound"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String approve() {
        return answer(payouts.approve(reference, staff.getStaffName(), staff.roles()), Texts.of("comp.payout.approved"));
    }

    public String reject() {
        return answer(payouts.reject(reference, staff.getStaffName(), reason), Texts.of("comp.payout.rejected"));
    }

    /** Where the pack allows it (UK-01), stops the payout's clock; the customer reads why on her case. */
    public String stopTheClock() {
        return answer(payouts.stopTheClock(reference, reason, staff.getStaffName(), staff.roles()),
                Texts.of("comp.payout.clockStopped"));
    }

    /** Compliance records the bank's contribution to the fund. */
    public String contribute() {
        if (!staff.inRole("COMPLIANCE_OFFICER")) {
            return message(FacesMessage.SEVERITY_ERROR, Texts.of("comp.fund.onlyCompliance"));
        }
        if (contribution == null || contribution.signum() <= 0) {
            return message(FacesMessage.SEVERITY_ERROR, Texts.of("comp.fund.amountNeeded"));
        }
        position = null;
        fund.contribute(new Money(contribution, CURRENCY), "CONTRIB-" + staff.getStaffName() + "-" + System.currentTimeMillis(),
                staff.getStaffName());
        return message(FacesMessage.SEVERITY_INFO, Texts.of("comp.fund.recorded", CURRENCY + " " + Money.plain(contribution)));
    }

    public String money(Money m) {
        return m == null ? "" : m.currency() + " " + Money.plain(m.amount());
    }

    private String answer(PayoutStep step, String done) {
        // PayoutStep is sealed: Done, Refused or NotFound.
        if (step instanceof PayoutStep.Done d) {
            waiting = null;
            position = null;
            figures = null;
            awaitingPayout = null;
            return message(FacesMessage.SEVERITY_INFO, Texts.of("comp.payout.done", d.payout().reference(), done,
                    staff.words(d.payout().status())));
        }
        return message(FacesMessage.SEVERITY_ERROR, step instanceof PayoutStep.Refused r ? r.reason() : Texts.of("comp.payout.choose"));
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

    public String getRecoveryPayout() {
        return recoveryPayout;
    }

    public void setRecoveryPayout(String recoveryPayout) {
        this.recoveryPayout = recoveryPayout;
    }

    public RecoveryCase.Against getRecoveryAgainst() {
        return recoveryAgainst;
    }

    public void setRecoveryAgainst(RecoveryCase.Against recoveryAgainst) {
        this.recoveryAgainst = recoveryAgainst;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public void setCounterparty(String counterparty) {
        this.counterparty = counterparty;
    }

    public BigDecimal getRecoveryAmount() {
        return recoveryAmount;
    }

    public void setRecoveryAmount(BigDecimal recoveryAmount) {
        this.recoveryAmount = recoveryAmount;
    }

    public BigDecimal getReceivedAmount() {
        return receivedAmount;
    }

    public void setReceivedAmount(BigDecimal receivedAmount) {
        this.receivedAmount = receivedAmount;
    }

    public String getRecoveryReference() {
        return recoveryReference;
    }

    public void setRecoveryReference(String recoveryReference) {
        this.recoveryReference = recoveryReference;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public void setClosingNote(String closingNote) {
        this.closingNote = closingNote;
    }
}
