package bank.bonafide.portal.complaints;

import bank.bonafide.complaints.complaint.boundary.CaseFile;
import bank.bonafide.complaints.complaint.boundary.ComplaintAttachments;
import bank.bonafide.complaints.complaint.boundary.ComplaintForm;
import bank.bonafide.complaints.complaint.boundary.ComplaintHandling;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.complaints.complaint.boundary.HandlingResult;
import bank.bonafide.complaints.complaint.control.AttachmentPolicy;
import bank.bonafide.platform.web.i18n.Texts;
import bank.bonafide.portal.security.SignedInCustomer;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One of the customer's own complaints ({@code complaint.xhtml?ref=...}): where it stands, what happened,
 * the messages with the bank, the documents, and the decision. Anyone else's reference, or one that does not
 * exist, is the same 404, so a reference cannot be probed.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longer than any reference the bank hands out; longer input is not worth a query. */
    private static final int MAX_REFERENCE = 32;
    private static final int MAX_MESSAGE = 2000;

    @Inject
    SignedInCustomer customer;

    @Inject
    ComplaintQueries queries;

    @Inject
    ComplaintHandling handling;

    @Inject
    ComplaintAttachments attachments;

    @Inject
    ComplaintWords words;

    private String reference;
    private String text;
    /** Snapshots are not serializable; reloaded if the page outlives them. */
    private transient CaseFile caseFile;
    private transient Part file;

    /** Runs before the page is shown: the customer's own case, or 404. */
    public void load() throws IOException {
        caseFile = find().orElse(null);
        if (caseFile == null) {
            notFound();
        }
    }

    public String send() {
        Optional<String> customerId = customer.customerId();
        if (customerId.isEmpty()) {
            return error(null, Texts.of("notLinked"));
        }
        if (text == null || text.isBlank()) {
            return error("reply:text", Texts.of("case.reply.empty"));
        }
        if (text.strip().length() > MAX_MESSAGE) {
            return error("reply:text", Texts.of("case.reply.tooLong", MAX_MESSAGE));
        }
        HandlingResult result = handling.customerReply(reference, customerId.get(), text, CustomerActor.of(customer));
        return answer(result, Texts.of("case.reply.sent"));
    }

    public String add() {
        Optional<String> customerId = customer.customerId();
        if (customerId.isEmpty()) {
            return error(null, Texts.of("notLinked"));
        }
        if (file == null || !ChosenFile.chosen(file)) {
            return error("upload:file", Texts.of("case.upload.none"));
        }
        CaseFile current = getCase();
        if (current != null && current.attachments().size() >= AttachmentPolicy.MAX_PER_COMPLAINT) {
            return error("upload:file", Texts.of("case.upload.full", AttachmentPolicy.MAX_PER_COMPLAINT));
        }
        StringBuilder refusal = new StringBuilder();
        Optional<ComplaintForm.Upload> upload = ChosenFile.read(file, refusal);
        if (upload.isEmpty()) {
            return error("upload:file", refusal.toString());
        }
        HandlingResult result = attachments.attach(reference, customerId.get(), upload.get(), CustomerActor.of(customer));
        return answer(result, Texts.of("case.upload.added", AttachmentPolicy.clean(upload.get().fileName())));
    }

    /** Done: say so and show the case afresh (a reload does not send it twice). Refused: the reason, nothing else changes. */
    private String answer(HandlingResult result, String done) {
        // Java 17: HandlingResult is sealed; Done, Refused and NotFound are all there is.
        if (result instanceof HandlingResult.Done) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "complaint?faces-redirect=true&ref=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
        }
        if (result instanceof HandlingResult.Refused refused) {
            return error(null, refused.reason());
        }
        return error(null, Texts.of("case.gone"));
    }

    private Optional<CaseFile> find() {
        String customerId = customer.customerId().orElse(null);
        if (customerId == null || reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
            return Optional.empty();
        }
        return queries.caseForCustomer(reference.strip(), customerId);
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseSendError(404, "No such complaint");
        faces.responseComplete();
    }

    private static String error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        return null;
    }

    /** The case, loaded again if this page was restored without it. */
    public CaseFile getCase() {
        if (caseFile == null) {
            caseFile = find().orElse(null);
        }
        return caseFile;
    }

    public ComplaintView getComplaint() {
        CaseFile c = getCase();
        return c == null ? null : c.complaint();
    }

    public List<ComplaintView.Line> getTimeline() {
        ComplaintView c = getComplaint();
        return c == null ? List.of() : c.timeline();
    }

    public List<CaseFile.Message> getMessages() {
        CaseFile c = getCase();
        return c == null ? List.of() : c.messages();
    }

    public List<ComplaintAttachments.Listed> getAttachments() {
        CaseFile c = getCase();
        return c == null ? List.of() : c.attachments();
    }

    public boolean isOpen() {
        ComplaintView c = getComplaint();
        return c != null && c.open();
    }

    public String getDeadline() {
        ComplaintView c = getComplaint();
        return c == null ? "" : ChinaTime.minute(c.deadline());
    }

    public String getReceived() {
        ComplaintView c = getComplaint();
        return c == null ? "" : ChinaTime.minute(c.receivedAt());
    }

    /** What the customer reads about money the bank pays: "We pay you CNY 1200.00 by 2024-05-01." */
    public String getRelief() {
        ComplaintView c = getComplaint();
        if (c == null || c.decision() == null || c.decision().relief() == null) {
            return "";
        }
        return Texts.of("case.decision.pay", words.money(c.decision().relief()),
                c.decision().reliefDue() == null ? "" : c.decision().reliefDue().toString());
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
