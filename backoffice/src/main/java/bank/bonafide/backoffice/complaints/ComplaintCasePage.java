package bank.bonafide.backoffice.complaints;

import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.compensation.assessment.boundary.AssessmentStep;
import bank.bonafide.compensation.assessment.boundary.AssessmentView;
import bank.bonafide.compensation.assessment.boundary.Conclusion;
import bank.bonafide.compensation.assessment.boundary.LiabilityAssessments;
import bank.bonafide.compensation.payout.boundary.AdvanceCompensations;
import bank.bonafide.compensation.payout.boundary.PayoutStep;
import bank.bonafide.compensation.payout.boundary.PayoutView;
import bank.bonafide.compensation.payout.control.Claim;
import bank.bonafide.complaints.complaint.boundary.CaseFile;
import bank.bonafide.complaints.complaint.boundary.ComplaintHandling;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.complaints.complaint.boundary.HandlingResult;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.ComplaintStatus;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One complaint as its handler works it: the case, its clocks, the customer's files and messages, what
 * identity disclosed about the disputed decision, and every handling step. Each opening of the page is a
 * staff read on the case's timeline (the customer's account of events is personal data).
 */
@Named
@ViewScoped
public class ComplaintCasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintQueries complaints;

    @Inject
    ComplaintHandling handling;

    @Inject
    ComplaintHandlers handlers;

    @Inject
    StaffScreen staff;

    @Inject
    LiabilityAssessments assessments;

    @Inject
    AdvanceCompensations payouts;

    private String ref;
    private CaseFile file;
    private String question;
    private String message;
    private String handler;
    private String reasons;
    private BigDecimal reliefAmount;
    private String reliefCurrency = "CNY";
    private String reliefDue;
    private String extensionReason;
    private Complaint.Outcome outcome;
    private String rootCause;
    /** Read once per request (the page refers to them many times); transient: a view outlives requests. */
    private transient Optional<AssessmentView> assessment;
    private transient List<PayoutView> payoutList;
    private transient Map<String, Long> workload;
    private BigDecimal loss;
    private BigDecimal costs;
    private String lossCurrency = "CNY";
    private Claim.Finding conclusionFinding;
    private boolean thirdPartyFraud;
    private String citedEvidence;
    private BigDecimal faultPercent;

    /** Loads the case on the first request of the view; an unknown reference is a 404, not an empty page. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        forgetReads();
        if (faces.isPostback()) {
            return;
        }
        file = ref == null ? null : complaints.caseForStaff(ref).orElse(null);
        if (file == null) {
            faces.getExternalContext().responseSendError(404, "No complaint has this reference.");
            faces.responseComplete();
            return;
        }
        handling.recordStaffRead(ref, staff.getStaffName());
    }

    public CaseFile getFile() {
        return file;
    }

    public ComplaintView getCase() {
        return file == null ? null : file.complaint();
    }

    public boolean can(String status) {
        return file != null && ComplaintStatus.valueOf(file.complaint().status()).canMoveTo(ComplaintStatus.valueOf(status));
    }

    public List<String> getHandlers() {
        return handlers.names();
    }

    /** Open cases per handler; read once per request (the page asks for it once per handler, twice). */
    public Map<String, Long> getWorkload() {
        if (workload == null) {
            workload = complaints.workload();
        }
        return workload;
    }

    public Complaint.Outcome[] getOutcomes() {
        return Complaint.Outcome.values();
    }

    public String acknowledge() {
        return step(() -> handling.move(ref, ComplaintStatus.ACKNOWLEDGED, me()), Texts.of("case.done.acknowledged"));
    }

    public String investigate() {
        return step(() -> handling.move(ref, ComplaintStatus.UNDER_INVESTIGATION, me()), Texts.of("case.done.investigating"));
    }

    public String escalate() {
        return step(() -> handling.move(ref, ComplaintStatus.ESCALATED, me()), Texts.of("case.done.escalated"));
    }

    public String reopen() {
        return step(() -> handling.move(ref, ComplaintStatus.REOPENED, me()), Texts.of("case.done.reopened"));
    }

    public String requestInformation() {
        return step(() -> handling.requestInformation(ref, question, me()),
                Texts.of("case.done.questionSent"));
    }

    public String sendMessage() {
        return step(() -> handling.messageCustomer(ref, message, me()), Texts.of("case.done.messageSent"));
    }

    public String assign() {
        return step(() -> handling.assign(ref, handler, me()), Texts.of("case.done.assigned", handler));
    }

    public String decide() {
        boolean reliefGiven = reliefAmount != null || (reliefDue != null && !reliefDue.isBlank());
        LocalDate due = null;
        if (reliefDue != null && !reliefDue.isBlank()) {
            try {
                due = LocalDate.parse(reliefDue.strip());
            } catch (DateTimeParseException e) {
                return refuse(Texts.of("case.refuse.payDate"));
            }
        }
        Money relief = reliefAmount == null ? null : new Money(reliefAmount, reliefCurrency);
        LocalDate by = due;
        return step(() -> handling.decide(ref, reasons, reliefGiven ? relief : null, reliefGiven ? by : null, me()),
                Texts.of("case.done.decided"));
    }

    public String requestExtension() {
        return step(() -> handling.requestExtension(ref, extensionReason, me(), staff.roles()),
                Texts.of("case.done.extensionRequested"));
    }

    public String approveExtension() {
        return step(() -> handling.decideExtension(ref, true, me(), staff.roles()), Texts.of("case.done.extensionApproved"));
    }

    public String rejectExtension() {
        return step(() -> handling.decideExtension(ref, false, me(), staff.roles()), Texts.of("case.done.extensionRejected"));
    }

    /** The liability assessment of an authorship dispute: what the evidence shows, factor by factor. */
    public AssessmentView getAssessment() {
        if (assessment == null && file != null) {
            assessment = assessments.forComplaint(file.complaint().id());
        }
        return assessment == null ? null : assessment.orElse(null);
    }

    public List<PayoutView> getPayouts() {
        if (payoutList == null) {
            payoutList = file == null ? List.of() : payouts.ofComplaint(file.complaint().id());
        }
        return payoutList;
    }

    /**
     * Proposes advance compensation for the loss, sized by the pack from the assessment's finding; someone else
     * approves it on the compensation screen.
     */
    public String proposePayout() {
        AssessmentView assessment = getAssessment();
        if (assessment == null || assessment.finding() == null) {
            return refuse(Texts.of("case.refuse.evidenceNotRead"));
        }
        if (loss == null || loss.signum() <= 0) {
            return refuse(Texts.of("case.refuse.loss"));
        }
        Claim.Finding finding = Claim.Finding.valueOf(assessment.finding());
        ComplaintView c = file.complaint();
        Claim claim = new Claim(new Money(loss, lossCurrency), costs == null ? null : new Money(costs, lossCurrency), finding,
                assessment.customerFaultPercent(),
                c.receivedAt(), c.receivedAt(), c.receivedAt(), null, false, false);
        PayoutStep step = payouts.propose(c.id(), c.customerId(), claim, c.receivedAt(), null, me());
        // PayoutStep is sealed: Done, Refused or NotFound.
        if (step instanceof PayoutStep.Done done) {
            forgetReads();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.of("case.done.proposed", done.payout().reference(), done.payout().amount().currency(),
                            Money.plain(done.payout().amount().amount()), staff.at(done.payout().deadline())), null));
            return null;
        }
        return refuse(step instanceof PayoutStep.Refused r ? r.reason() : Texts.of("case.refuse.noSuchComplaint"));
    }

    /** The assessor's conclusion; refused (and nothing recorded) when the evidence or the rules do not allow it. */
    public String conclude() {
        if (conclusionFinding == null) {
            return refuse(Texts.of("case.refuse.finding"));
        }
        AssessmentStep step = assessments.conclude(file.complaint().id(),
                new Conclusion(conclusionFinding, thirdPartyFraud, citedEvidence, faultPercent), me(), staff.roles());
        // AssessmentStep is sealed: Done, Refused or NotFound.
        if (step instanceof AssessmentStep.Done) {
            forgetReads();
            citedEvidence = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.of(thirdPartyFraud ? "case.done.concludedThirdParty" : "case.done.concluded",
                            staff.words(conclusionFinding.name())), null));
            return null;
        }
        return refuse(step instanceof AssessmentStep.Refused r ? r.reason() : Texts.of("case.refuse.noLiabilityAssessment"));
    }

    public List<Claim.Finding> getConclusionFindings() {
        return List.of(Claim.Finding.BANK_CANNOT_PROVE, Claim.Finding.CUSTOMER_CONTRIBUTED, Claim.Finding.GROSS_NEGLIGENCE,
                Claim.Finding.CUSTOMER_FRAUD);
    }

    /**
     * Drafts the decision letter from the assessment (finding, every factor, the evidence cited) and the relief
     * from the payouts made or proposed for the loss, for the handler to read and edit before deciding.
     */
    public String draftDecision() {
        AssessmentView a = getAssessment();
        if (a == null || a.finding() == null) {
            return refuse(Texts.of("case.refuse.nothingToDraft"));
        }
        // in the page's words, like the finding itself: the handler reads and edits the draft before deciding
        StringBuilder letter = new StringBuilder(Texts.of("case.letter.finding", staff.words(a.finding())));
        if (a.citedEvidence() != null) {
            letter.append('\n').append(Texts.of("case.letter.evidence", a.citedEvidence()));
        }
        a.factors().forEach(f -> letter.append("\n- ").append(f));
        reasons = letter.toString();
        List<PayoutView> standing = getPayouts().stream().filter(p -> !"REJECTED".equals(p.status())).toList();
        if (!standing.isEmpty() && standing.stream().map(p -> p.amount().currency()).distinct().count() == 1) {
            reliefCurrency = standing.get(0).amount().currency();
            reliefAmount = standing.stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            PayoutView last = standing.get(standing.size() - 1);
            reliefDue = staff.at(last.paidAt() != null ? last.paidAt() : last.deadline()).substring(0, 10);
        }
        return null;
    }

    public String close() {
        return step(() -> handling.close(ref, outcome, rootCause, me()), Texts.of("case.done.closed"));
    }

    private void forgetReads() {
        assessment = null;
        payoutList = null;
        workload = null;
    }

    private String me() {
        return staff.getStaffName();
    }

    /** Runs one handling step and shows its outcome; a refusal changes nothing and says why. */
    private String step(Supplier<HandlingResult> action, String done) {
        HandlingResult result = action.get();
        // HandlingResult is sealed: Done, Refused or NotFound.
        if (result instanceof HandlingResult.Done) {
            file = complaints.caseForStaff(ref).orElse(file);
            forgetReads();
            question = null;
            message = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return null;
        }
        return refuse(result instanceof HandlingResult.Refused refused ? refused.reason() : Texts.of("case.refuse.noReference"));
    }

    private static String refuse(String reason) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason, null));
        return null;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public BigDecimal getReliefAmount() {
        return reliefAmount;
    }

    public void setReliefAmount(BigDecimal reliefAmount) {
        this.reliefAmount = reliefAmount;
    }

    public String getReliefCurrency() {
        return reliefCurrency;
    }

    public void setReliefCurrency(String reliefCurrency) {
        this.reliefCurrency = reliefCurrency;
    }

    public String getReliefDue() {
        return reliefDue;
    }

    public void setReliefDue(String reliefDue) {
        this.reliefDue = reliefDue;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public Complaint.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Complaint.Outcome outcome) {
        this.outcome = outcome;
    }

    public BigDecimal getLoss() {
        return loss;
    }

    public void setLoss(BigDecimal loss) {
        this.loss = loss;
    }

    public BigDecimal getCosts() {
        return costs;
    }

    public void setCosts(BigDecimal costs) {
        this.costs = costs;
    }

    public String getLossCurrency() {
        return lossCurrency;
    }

    public void setLossCurrency(String lossCurrency) {
        this.lossCurrency = lossCurrency;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public Claim.Finding getConclusionFinding() {
        return conclusionFinding;
    }

    public void setConclusionFinding(Claim.Finding conclusionFinding) {
        this.conclusionFinding = conclusionFinding;
    }

    public boolean isThirdPartyFraud() {
        return thirdPartyFraud;
    }

    public void setThirdPartyFraud(boolean thirdPartyFraud) {
        this.thirdPartyFraud = thirdPartyFraud;
    }

    public String getCitedEvidence() {
        return citedEvidence;
    }

    public void setCitedEvidence(String citedEvidence) {
        this.citedEvidence = citedEvidence;
    }

    public BigDecimal getFaultPercent() {
        return faultPercent;
    }

    public void setFaultPercent(BigDecimal faultPercent) {
        this.faultPercent = faultPercent;
    }
}
