package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import java.util.List;

/**
 * A complaint as the customer (or staff on their behalf) hands it in, attachments included.
 *
 * @param channel how it reached the bank; PHONE and COUNTER are staff entering it for the customer
 */
public record ComplaintForm(String customerId, DisputeCategory category, DisputedItem item, String description,
                           Complaint.Channel channel, List<Upload> uploads) {

    public ComplaintForm {
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
    }

    /** A file as received: the sender's name for it and its bytes (the type is detected, not declared). */
    public record Upload(String fileName, byte[] content) {
    }
}
