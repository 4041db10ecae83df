package bank.bonafide.backoffice.evidence;

import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.identity.evidence.boundary.EvidenceExports;
import bank.bonafide.identity.evidence.boundary.EvidenceExport;
import bank.bonafide.identity.evidence.boundary.EvidenceReading;
import bank.bonafide.identity.evidence.boundary.ExportStep;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A decision's sealed evidence package on screen ({@code evidence.xhtml?decision=} or {@code ?package=}, with {@code &case=}): shown only once the reader
 * gave a purpose (the case link fills it in), every read logged by identity; the content as sealed, field by field,
 * with the package's seal recomputed. Taking it out of the bank is an export, which needs a second person.
 */
@Named
@ViewScoped
public class EvidenceViewerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceExports evidence;

    @Inject
    StaffScreen staff;

    private String decision;
    private String packageId;
    private String caseLink;
    private String purpose;
    private EvidenceExport.Format exportFormat = EvidenceExport.Format.PDF;
    /** Kept for this response only: a reload asks for the purpose again. */
    private transient EvidenceReading reading;

    public void load() {
        if (purpose == null && caseLink != null && !caseLink.isBlank()) {
            purpose = Texts.of("evidence.forCase", caseLink.strip());
        }
    }

    public String read() {
        Optional<UUID> byDecision = uuid(decision);
        Optional<UUID> byPackage = uuid(packageId);
        if (byDecision.isEmpty() && byPackage.isEmpty()) {
            return say(Texts.of("evidence.noDecision"));
        }
        if (purpose == null || purpose.isBlank()) {
            return say(Texts.of("evidence.needPurpose"));
        }
        reading = (byDecision.isPresent() ? evidence.read(byDecision.get(), staff.getStaffName(), purpose.strip())
                : evidence.readPackage(byPackage.get(), staff.getStaffName(), purpose.strip())).orElse(null);
        if (reading == null) {
            return say(Texts.of("evidence.none"));
        }
        return null;
    }

    /** Compliance officers and administrators may ask to take a package out of the bank; a second one approves. */
    public boolean isMayAskExport() {
        return uuid(decision).isPresent() && (staff.inRole("COMPLIANCE_OFFICER") || staff.inRole("ADMIN"));
    }

    /** Asks to export this decision's package for the stated purpose; it waits for a second person on their home page. */
    public String askExport() {
        Optional<UUID> byDecision = uuid(decision);
        if (byDecision.isEmpty() || !isMayAskExport()) {
            return say(Texts.of("evidence.noDecision"));
        }
        ExportStep step = evidence.requestExport(byDecision.get(), exportFormat, staff.getStaffName(), purpose);
        if (step instanceof ExportStep.Recorded) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.of("evidence.exportAsked"), null));
            return null;
        }
        return say(step instanceof ExportStep.Refused refused ? refused.reason() : Texts.of("evidence.none"));
    }

    public List<EvidenceExport.Format> getExportFormats() {
        return List.of(EvidenceExport.Format.values());
    }

    public EvidenceExport.Format getExportFormat() {
        return exportFormat;
    }

    public void setExportFormat(EvidenceExport.Format exportFormat) {
        this.exportFormat = exportFormat;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String say(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return null;
    }

    public EvidenceReading getReading() {
        return reading;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getPackageId() {
        return packageId;
    }

    public void setPackageId(String packageId) {
        this.packageId = packageId;
    }

    public String getCaseLink() {
        return caseLink;
    }

    public void setCaseLink(String caseLink) {
        this.caseLink = caseLink;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
