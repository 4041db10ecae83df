package bank.bonafide.backoffice.home;

import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.identity.evidence.boundary.EvidenceExports;
import bank.bonafide.identity.evidence.boundary.ExportRequestView;
import bank.bonafide.identity.evidence.boundary.ExportStep;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/**
 * The home page's evidence exports to approve: an evidence package is personal data leaving the bank, so compliance
 * officers and administrators approve or reject exports someone else asked for (identity refuses one's own), and
 * collect, once, the ones they asked for and a second person approved.
 */
@Named
@RequestScoped
public class ExportApprovals {

    @Inject
    EvidenceExports exports;

    @Inject
    StaffScreen staff;

    private List<ExportRequestView> waiting;
    private List<ExportRequestView> mine;

    public boolean isApprover() {
        return staff.inRole("COMPLIANCE_OFFICER") || staff.inRole("ADMIN");
    }

    /** Export requests by someone else, oldest first. */
    public List<ExportRequestView> getWaiting() {
        if (waiting == null) {
            String me = staff.getStaffName();
            waiting = isApprover() ? exports.pendingExports().stream().filter(e -> !e.requestedBy().equals(me)).toList() : List.of();
        }
        return waiting;
    }

    /** What I asked to export, newest first; an approved one is collected once, through {@code /evidence-export}. */
    public List<ExportRequestView> getMine() {
        if (mine == null) {
            mine = isApprover() ? exports.exportsAskedBy(staff.getStaffName(), 20) : List.of();
        }
        return mine;
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UUID id;
        try {
            id = UUID.fromString(faces.getExternalContext().getRequestParameterMap().get("exportId"));
        } catch (IllegalArgumentException | NullPointerException e) {
            say(FacesMessage.SEVERITY_ERROR, Texts.of("home.noSuchExport"));
            return;
        }
        if (!isApprover()) {
            return;
        }
        ExportStep step = approve ? exports.approveExport(id, staff.getStaffName()) : exports.rejectExport(id, staff.getStaffName());
        if (step instanceof ExportStep.Recorded recorded) {
            say(FacesMessage.SEVERITY_INFO, Texts.of(approve ? "home.exportApproved" : "home.exportRejected", recorded.request().requestedBy()));
        } else if (step instanceof ExportStep.Refused refused) {
            say(FacesMessage.SEVERITY_ERROR, refused.reason());
        } else {
            say(FacesMessage.SEVERITY_ERROR, Texts.of("home.noSuchExport"));
        }
        waiting = null;
    }

    private static void say(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
