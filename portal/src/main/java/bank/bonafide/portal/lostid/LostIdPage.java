package bank.bonafide.portal.lostid;

import bank.bonafide.identity.lostdocument.boundary.LostDocuments;
import bank.bonafide.identity.lostdocument.entity.LostDocumentReport;
import bank.bonafide.platform.web.i18n.Texts;
import bank.bonafide.portal.security.SignedInCustomer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A customer reports their ID card lost; the bank refuses any opening or loan with it from that moment. */
@Named
@RequestScoped
public class LostIdPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    SignedInCustomer customer;

    @Inject
    LostDocuments lostDocuments;

    private String documentNumber;
    private List<LostDocumentReport> reports;

    public String report() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (customer.customerId().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.of("notLinked"), null));
            return null;
        }
        LostDocumentReport report = lostDocuments.report(customer.customerId().get(), documentNumber.strip(),
                "portal:" + customer.displayName());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.of("lostId.reported", report.maskedDocument()), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "lost-id?faces-redirect=true";
    }

    public List<LostDocumentReport> getReports() {
        if (reports == null) {
            reports = customer.customerId().map(lostDocuments::ofCustomer).orElse(List.of());
        }
        return reports;
    }

    public String at(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }
}
