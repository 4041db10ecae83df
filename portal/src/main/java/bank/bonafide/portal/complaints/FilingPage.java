package bank.bonafide.portal.complaints;

import bank.bonafide.complaints.complaint.boundary.ComplaintForm;
import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.complaints.complaint.control.AttachmentPolicy;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.identity.verification.boundary.VerifiedItems;
import bank.bonafide.lending.loan.boundary.LoanBook;
import bank.bonafide.lending.loan.boundary.LoanView;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.web.i18n.Texts;
import bank.bonafide.portal.security.SignedInCustomer;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "File a complaint" in three plain steps: what it is about, which of the customer's own items, what happened
 * (with documents). What the customer entered lives as long as the page, so a refused document costs them
 * only choosing that document again.
 */
@Named
@ViewScoped
public class FilingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OTHER = "OTHER";
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_REFERENCE = 64;
    private static final int MAX_ITEMS = 100;

    @Inject
    SignedInCustomer customer;

    @Inject
    ComplaintIntake intake;

    @Inject
    VerifiedItems verifiedItems;

    @Inject
    LoanBook loans;

    private int step = 1;
    private String category;
    private String item;
    private String otherKind;
    private String otherReference;
    private String description;
    /** Only for the request that carries them: a browser sends files once, they are never kept. */
    private transient List<Part> files;

    private List<SelectItem> items;
    private boolean itemsIncomplete;

    private String filedReference;
    private Instant filedDeadline;
    private String ownerDepartment;
    private String ownerPerson;

    public void next1() {
        if (category() == null) {
            error("file:category", Texts.of("file.category.required"));
            return;
        }
        if (items == null) {
            items = ownItems();
        }
        step = 2;
    }

    public void back2() {
        step = 1;
    }

    public void next2() {
        if (item == null || item.isBlank()) {
            error("file:item", Texts.of("file.item.required"));
            return;
        }
        if (OTHER.equals(item)) {
            if (kind(otherKind) == null || otherReference == null || otherReference.isBlank()) {
                error("file:otherReference", Texts.of("file.other.required"));
                return;
            }
            if (otherReference.strip().length() > MAX_REFERENCE) {
                error("file:otherReference", Texts.of("file.other.tooLong", MAX_REFERENCE));
                return;
            }
        }
        step = 3;
    }

    public void back3() {
        step = 2;
    }

    public void submit() {
        Optional<String> customerId = customer.customerId();
        if (customerId.isEmpty()) {
            error(null, Texts.of("notLinked"));
            return;
        }
        DisputeCategory what = category();
        DisputedItem which = chosenItem();
        if (what == null || which == null) {
            // Only reachable with a tampered form; send the customer back to the start rather than guess.
            step = 1;
            error(null, Texts.of("file.category.required"));
            return;
        }
        String text = description == null ? "" : description.strip();
        if (text.isEmpty()) {
            error("file:description", Texts.of("file.description.required"));
            return;
        }
        if (text.length() > MAX_DESCRIPTION) {
            error("file:description", Texts.of("file.description.tooLong", MAX_DESCRIPTION, text.length()));
            return;
        }
        List<Part> chosen = files == null ? List.of() : files.stream().filter(ChosenFile::chosen).toList();
        if (chosen.size() > AttachmentPolicy.MAX_PER_COMPLAINT) {
            error("file:files", Texts.of("file.tooMany", AttachmentPolicy.MAX_PER_COMPLAINT) + " " + Texts.of("file.kept"));
            return;
        }
        List<ComplaintForm.Upload> uploads = new ArrayList<>();
        for (Part part : chosen) {
            StringBuilder refusal = new StringBuilder();
            Optional<ComplaintForm.Upload> upload = ChosenFile.read(part, refusal);
            if (upload.isEmpty()) {
                error("file:files", refusal + " " + Texts.of("file.kept"));
                return;
            }
            uploads.add(upload.get());
        }
        FilingResult result = intake.file(new ComplaintForm(customerId.get(), what, which, text, Complaint.Channel.PORTAL, uploads),
                CustomerActor.of(customer));
        // Java 17: FilingResult is sealed, so Filed and Rejected are all there is.
        if (result instanceof FilingResult.Filed filed) {
            filedReference = filed.reference();
            filedDeadline = filed.deadline();
            ownerDepartment = filed.ownerDepartment();
            ownerPerson = filed.ownerPerson();
            files = null;
            step = 4;
            return;
        }
        FilingResult.Rejected rejected = (FilingResult.Rejected) result;
        error(null, Texts.of("file.rejected", rejected.reason()) + (uploads.isEmpty() ? "" : " " + Texts.of("file.kept")));
    }

    /** The customer's own accounts, payments and loans; what cannot be loaded now is said, not hidden. */
    private List<SelectItem> ownItems() {
        String customerId = customer.customerId().orElse(null);
        List<SelectItem> own = new ArrayList<>();
        if (customerId == null) {
            return own;
        }
        List<SelectItem> payments = new ArrayList<>();
        try {
            for (VerifiedItems.Item i : verifiedItems.of(customerId, MAX_ITEMS)) {
                boolean account = "ACCOUNT".equals(i.kind());
                SelectItem option = new SelectItem(i.kind() + ":" + i.reference(),
                        Texts.of(account ? "item.account" : "item.payment", i.reference(), ChinaTime.day(i.approvedAt())));
                (account ? own : payments).add(option);
            }
        } catch (EJBException e) {
            itemsIncomplete = true;
        }
        try {
            for (LoanView loan : loans.ofCustomer(customerId)) {
                own.add(new SelectItem(DisputedItem.Kind.LOAN.name() + ":" + loan.reference(), Texts.of("item.loan", loan.reference(),
                        loan.principal() == null ? "" : loan.currency() + " " + Money.plain(loan.principal()))));
            }
        } catch (EJBException e) {
            itemsIncomplete = true;
        }
        own.addAll(payments);
        return own;
    }

    private DisputeCategory category() {
        if (category == null || category.isBlank()) {
            return null;
        }
        try {
            return DisputeCategory.valueOf(category);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The item as {@code KIND:REFERENCE}, or the kind and reference typed under "It is not in this list". */
    private DisputedItem chosenItem() {
        if (item == null || item.isBlank()) {
            return null;
        }
        if (OTHER.equals(item)) {
            DisputedItem.Kind kind = kind(otherKind);
            String reference = otherReference == null ? "" : otherReference.strip();
            return kind == null || reference.isEmpty() || reference.length() > MAX_REFERENCE ? null : new DisputedItem(kind, reference);
        }
        int colon = item.indexOf(':');
        DisputedItem.Kind kind = colon < 0 ? null : kind(item.substring(0, colon));
        String reference = colon < 0 ? "" : item.substring(colon + 1).strip();
        return kind == null || reference.isEmpty() ? null : new DisputedItem(kind, reference);
    }

    private static DisputedItem.Kind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DisputedItem.Kind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The six categories in plain words, values being the category names. */
    public List<SelectItem> getCategories() {
        List<SelectItem> all = new ArrayList<>();
        for (DisputeCategory c : DisputeCategory.values()) {
            all.add(new SelectItem(c.name(), Texts.of("category." + c.name())));
        }
        return all;
    }

    public List<SelectItem> getItems() {
        return items == null ? List.of() : items;
    }

    public String getOther() {
        return OTHER;
    }

    public boolean isItemsIncomplete() {
        return itemsIncomplete;
    }

    public boolean isLinked() {
        return customer.customerId().isPresent();
    }

    public boolean isFiled() {
        return step == 4;
    }

    public String getStepLine() {
        return Texts.of("file.stepOf", step, 3);
    }

    /** What the customer chose in steps 1 and 2, repeated on step 3 so they can check it. */
    public String getChosenCategory() {
        DisputeCategory c = category();
        return c == null ? "" : Texts.of("category." + c.name());
    }

    public String getChosenItem() {
        DisputedItem i = chosenItem();
        return i == null ? "" : Texts.of("item.short", Texts.of("kind." + i.kind().name()), i.reference());
    }

    public String getFiledReference() {
        return filedReference;
    }

    /** The regulatory deadline as the customer reads it, China Standard Time. */
    public String getFiledDeadline() {
        return ChinaTime.minute(filedDeadline);
    }

    public String getOwnerDepartment() {
        return ownerDepartment;
    }

    public String getOwnerPerson() {
        return ownerPerson;
    }

    public int getMaxDescription() {
        return MAX_DESCRIPTION;
    }

    public int getMaxReference() {
        return MAX_REFERENCE;
    }

    public int getStep() {
        return step;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getOtherKind() {
        return otherKind;
    }

    public void setOtherKind(String otherKind) {
        this.otherKind = otherKind;
    }

    public String getOtherReference() {
        return otherReference;
    }

    public void setOtherReference(String otherReference) {
        this.otherReference = otherReference;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
