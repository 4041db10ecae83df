package bank.bonafide.backoffice.complaints;

import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.complaints.complaint.boundary.ComplaintForm;
import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Staff take down a complaint the customer made on the phone or at a counter (CN-15 channels). It enters
 * the same intake as the portal's, with the channel and the member of staff on its timeline.
 */
@Named
@RequestScoped
public class ComplaintIntakePage {

    @Inject
    ComplaintIntake intake;

    @Inject
    StaffScreen staff;

    private String customerId;
    private Complaint.Channel channel;
    private DisputeCategory category;
    private DisputedItem.Kind itemKind;
    private String itemReference;
    private String description;

    public String file() {
        FacesContext faces = FacesContext.getCurrentInstance();
        FilingResult result = intake.file(new ComplaintForm(customerId == null ? null : customerId.strip(), category,
                itemKind == null || itemReference == null ? null : new DisputedItem(itemKind, itemReference.strip()),
                description, channel, List.of()), staff.getStaffName());
        // FilingResult is sealed: Filed or Rejected.
        if (result instanceof FilingResult.Filed filed) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.of("intake.filed", filed.reference(), staff.at(filed.deadline())), null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "complaint?faces-redirect=true&ref=" + filed.reference();
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.of("intake.notFiled", ((FilingResult.Rejected) result).reason()), null));
        return null;
    }

    public Complaint.Channel[] getChannels() {
        return new Complaint.Channel[] {Complaint.Channel.PHONE, Complaint.Channel.COUNTER};
    }

    public DisputeCategory[] getCategories() {
        return DisputeCategory.values();
    }

    public DisputedItem.Kind[] getItemKinds() {
        return DisputedItem.Kind.values();
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public Complaint.Channel getChannel() {
        return channel;
    }

    public void setChannel(Complaint.Channel channel) {
        this.channel = channel;
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
