package bank.bonafide.backoffice.lostid;

import bank.bonafide.identity.lostdocument.boundary.LostDocuments;
import bank.bonafide.identity.lostdocument.entity.LostDocumentReport;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Staff report a lost ID card for a customer who calls or comes in; effective at once, shown only masked. */
@Named
@RequestScoped
public class LostIdReportPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    LostDocuments lostDocuments;

    @Inject
    SecurityContext security;

    private String customerId;
    private String documentNumber;
    private List<LostDocumentReport> reports;

    public String report() {
        LostDocumentReport report = lostDocuments.report(customerId.strip(), documentNumber.strip(), "staff:" + staff());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.of("lost.done", report.customerId(), report.maskedDocument()), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "lost-ids?faces-redirect=true&customer=" + report.customerId();
    }

    public List<LostDocumentReport> getReports() {
        if (reports == null) {
            reports = customerId == null || customerId.isBlank() ? List.of() : lostDocuments.ofCustomer(customerId.strip());
        }
        return reports;
    }

    public String at(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String getStaffName() {
        return staff();
    }

    private String staff() {
        return security.getCallerPrincipal() == null ? "?" : security.getCallerPrincipal().getName();
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }
}
