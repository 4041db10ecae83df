package bank.bonafide.backoffice.fraud;

import bank.bonafide.backoffice.complaints.ComplaintCasePage;
import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.compensation.fraud.boundary.FraudCaseStep;
import bank.bonafide.compensation.fraud.boundary.FraudCaseView;
import bank.bonafide.compensation.fraud.boundary.FraudPlaybook;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.identity.access.boundary.BlockResult;
import bank.bonafide.identity.access.boundary.LoginBlocks;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The fraud playbook on the complaint case page: open the fraud case, record the police report, freeze the
 * accounts and loans, ask for evidence to be secured before it is overwritten, and block the logins the
 * fraudster controls (identity disables them at Keycloak and ends the app's sessions at once). Request-scoped: every
 * request reads the case afresh, so two members of staff working it see each other's steps.
 */
@Named("fraudPlaybook")
@RequestScoped
public class FraudPlaybookSection {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Blocking a login shuts a person out at once: back-office staff and compensation approvers only. */
    private static final Set<String> BLOCKERS = Set.of("BACK_OFFICE", "COMPENSATION_APPROVER");

    @Inject
    ComplaintCasePage casePage;

    @Inject
    FraudPlaybook playbook;

    @Inject
    LoginBlocks logins;

    @Inject
    StaffScreen staff;

    /** Read once per request (the page refers to it many times), again after a step changed it. */
    private Optional<FraudCaseView> fraudCase;
    private boolean confirmed;
    private String policeReport;
    private String policeStation;
    private String policeReportedAt;
    private String references;
    private String freezeReason;
    private String item;
    private String holder;
    private String dueAt;
    private String keptAs;
    private String login;
    private String blockReason;

    /** The complaint's fraud case, read once per request. */
    public FraudCaseView getFraudCase() {
        ComplaintView c = casePage.getCase();
        if (fraudCase == null && c != null) {
            fraudCase = playbook.ofComplaint(c.id());
        }
        return fraudCase == null ? null : fraudCase.orElse(null);
    }

    public String open() {
        ComplaintView c = casePage.getCase();
        return step(() -> playbook.open(c.id(), c.customerId(), confirmed, me()),
                Texts.of(confirmed ? "fraud.opened.confirmed" : "fraud.opened.suspected"));
    }

    public String reportPolice() {
        Optional<LocalDateTime> at = time(policeReportedAt);
        if (at.isEmpty()) {
            return refuse(Texts.of("fraud.refuse.time"));
        }
        return step(() -> playbook.reportedToPolice(ref(), policeReport, policeStation, at.get().atZone(BEIJING).toInstant(), me()),
                Texts.of("fraud.policeRecorded"));
    }

    /** Freezes the references given, one per line (prefilled with the disputed item). */
    public String freeze() {
        List<String> named = references == null ? List.of() : Arrays.stream(references.split("[\\r\\n]+")).toList();
        return step(() -> playbook.freeze(ref(), named, freezeReason, me()),
                Texts.of("fraud.frozen"));
    }

    public String preserve() {
        Optional<LocalDateTime> due = time(dueAt);
        if (due.isEmpty()) {
            return refuse(Texts.of("fraud.refuse.dueTime"));
        }
        return step(() -> playbook.preserve(ref(), item, holder, due.get().atZone(BEIJING).toInstant(), me()),
                Texts.of("fraud.preserveRequested"));
    }

    public String secured(UUID preservationId) {
        return step(() -> playbook.secured(ref(), preservationId, keptAs, me()), Texts.of("fraud.secured"));
    }

    /** Identity disables the login at Keycloak and ends its sessions in the app; the case records it. */
    public String block() {
        if (staff.roles().stream().noneMatch(BLOCKERS::contains)) {
            return refuse(Texts.of("fraud.refuse.blockRole"));
        }
        if (login == null || login.isBlank() || blockReason == null || blockReason.isBlank()) {
            return refuse(Texts.of("fraud.refuse.blockInput"));
        }
        String username = login.strip();
        BlockResult result = logins.block(username, blockReason.strip() + " (fraud case " + ref() + ")", me());
        // BlockResult is sealed: Blocked, UnknownLogin or IdentityProviderUnavailable.
        if (result instanceof BlockResult.Blocked blocked) {
            return step(() -> playbook.loginBlocked(ref(), username),
                    Texts.of("fraud.blocked", username, blocked.sessionsEnded()));
        }
        return refuse(result instanceof BlockResult.UnknownLogin ? Texts.of("fraud.refuse.unknownLogin", username)
                : Texts.of("fraud.refuse.keycloak"));
    }

    public boolean isLapsed(FraudCaseView.Preservation p) {
        return p.lapsed();
    }

    private String ref() {
        FraudCaseView f = getFraudCase();
        return f == null ? "" : f.reference();
    }

    private String step(Supplier<FraudCaseStep> action, String done) {
        FraudCaseStep result = action.get();
        fraudCase = null;
        // FraudCaseStep is sealed: Done, Refused or NotFound.
        if (result instanceof FraudCaseStep.Done) {
            // What was entered is now on the case; the forms start empty again (the freeze list with the disputed item).
            keptAs = null;
            policeReport = null;
            policeStation = null;
            policeReportedAt = null;
            references = null;
            freezeReason = null;
            item = null;
            holder = null;
            dueAt = null;
            login = null;
            blockReason = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return null;
        }
        return refuse(result instanceof FraudCaseStep.Refused r ? r.reason() : Texts.of("fraud.refuse.noCase"));
    }

    private static Optional<LocalDateTime> time(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip().replace(' ', 'T')));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String me() {
        return staff.getStaffName();
    }

    private static String refuse(String reason) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason, null));
        return null;
    }

    public String getReferences() {
        if (references == null && casePage.getCase() != null) {
            references = casePage.getCase().disputedItem().reference();
        }
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public String getPoliceReport() {
        return policeReport;
    }

    public void setPoliceReport(String policeReport) {
        this.policeReport = policeReport;
    }

    public String getPoliceStation() {
        return policeStation;
    }

    public void setPoliceStation(String policeStation) {
        this.policeStation = policeStation;
    }

    public String getPoliceReportedAt() {
        return policeReportedAt;
    }

    public void setPoliceReportedAt(String policeReportedAt) {
        this.policeReportedAt = policeReportedAt;
    }

    public String getFreezeReason() {
        return freezeReason;
    }

    public void setFreezeReason(String freezeReason) {
        this.freezeReason = freezeReason;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public String getDueAt() {
        return dueAt;
    }

    public void setDueAt(String dueAt) {
        this.dueAt = dueAt;
    }

    public String getKeptAs() {
        return keptAs;
    }

    public void setKeptAs(String keptAs) {
        this.keptAs = keptAs;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getBlockReason() {
        return blockReason;
    }

    public void setBlockReason(String blockReason) {
        this.blockReason = blockReason;
    }
}
