package bank.bonafide.portal.complaints;

import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.portal.security.SignedInCustomer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** File a complaint and see your own complaints. */
@Named
@RequestScoped
public class MyComplaintsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    SignedInCustomer customer;

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintQueries complaints;

    private DisputeCategory category;
    private DisputedItem.Kind itemKind;
    private String itemReference;
    private String description;
    private List<ComplaintView> mine;

    public String file() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String customerId = customer.customerId().orElse(null);
        if (customerId == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Your login is not linked to a customer record. Please call us.", null));
            return null;
        }
        if (itemReference == null || itemReference.isBlank() || itemKind == null) {
            faces.addMessage("complaint:item", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Choose the account, loan or payment this is about.", null));
            return null;
        }
        FilingResult result = intake.file(customerId, category, new DisputedItem(itemKind, itemReference.strip()),
                description, "customer:" + customer.displayName());
        // Java 17: no pattern switch yet; FilingResult is sealed, so these two branches are all there is.
        if (result instanceof FilingResult.Filed filed) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Received. Your reference is " + filed.reference() + ". We will decide by "
                            + DAY.format(filed.deadline()) + ".", null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "index?faces-redirect=true";
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                ((FilingResult.Rejected) result).reason(), null));
        return null;
    }

    public List<ComplaintView> getMine() {
        if (mine == null) {
            mine = customer.customerId().map(id -> complaints.ofCustomer(id, 100)).orElse(List.of());
        }
        return mine;
    }

    public String day(java.time.Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public DisputeCategory[] getCategories() {
        return DisputeCategory.values();
    }

    public DisputedItem.Kind[] getItemKinds() {
        return DisputedItem.Kind.values();
    }

    public String getName() {
        return customer.displayName();
    }

    public DisputeCategory getCategory() {
        return category;
    }

    public void setCategory(DisputeCategory category) {
        this.category = category;
    }

    public DisputedItem.Kind getItemKind() {
        return itemKind;
    }

    public void setItemKind(DisputedItem.Kind itemKind) {
        this.itemKind = itemKind;
    }

    public String getItemReference() {
        return itemReference;
    }

    public void setItemReference(String itemReference) {
        this.itemReference = itemReference;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
