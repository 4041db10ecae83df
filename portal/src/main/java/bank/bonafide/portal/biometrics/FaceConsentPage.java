package bank.bonafide.portal.biometrics;

import bank.bonafide.identity.consent.boundary.BiometricConsents;
import bank.bonafide.identity.consent.boundary.ConsentChange;
import bank.bonafide.identity.consent.boundary.ConsentStatus;
import bank.bonafide.platform.web.i18n.Texts;
import bank.bonafide.portal.security.SignedInCustomer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The customer's own biometric consent (CN-07): the notice with purpose and retention, an explicit yes on
 * its own (a box to tick, unticked), and withdrawal, after which every face is deleted and the ways
 * without a face are shown.
 */
@Named
@RequestScoped
public class FaceConsentPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    SignedInCustomer customer;

    @Inject
    BiometricConsents consents;

    private boolean agreed;
    private ConsentStatus status;

    public ConsentStatus getStatus() {
        if (status == null) {
            status = customer.customerId().map(consents::status).orElse(null);
        }
        return status;
    }

    public String getGivenAt() {
        return getStatus() == null ? "" : getStatus().givenAt().map(WHEN::format).orElse("");
    }

    public String give() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (customer.customerId().isEmpty()) {
            return error(faces, Texts.of("notLinked"));
        }
        if (!agreed) {
            return error(faces, Texts.of("face.tickTheBox"));
        }
        ConsentChange change = consents.give(customer.customerId().get(), "portal:" + customer.displayName());
        if (change instanceof ConsentChange.NotOffered no) {
            return error(faces, Texts.of("face.notOffered", no.reason()));
        }
        return done(faces, Texts.of("face.recorded"));
    }

    public String withdraw() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (customer.customerId().isEmpty()) {
            return error(faces, Texts.of("notLinked"));
        }
        ConsentChange change = consents.withdraw(customer.customerId().get(), "portal:" + customer.displayName());
        int deleted = change instanceof ConsentChange.Withdrawn w ? w.facesPurged() : 0;
        int held = change instanceof ConsentChange.Withdrawn w ? w.facesHeld() : 0;
        return done(faces, Texts.of(deleted == 1 ? "face.withdrawn.one" : "face.withdrawn.many", deleted)
                + (held == 0 ? "" : " " + Texts.of(held == 1 ? "face.held.one" : "face.held.many", held)));
    }

    private static String error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return null;
    }

    private static String done(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "face?faces-redirect=true";
    }

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }
}
