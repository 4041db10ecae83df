package bank.bonafide.backoffice.customers;

import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.complaints.complaint.boundary.CaseSearch;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.identity.consent.boundary.BiometricConsents;
import bank.bonafide.identity.consent.boundary.ConsentStatus;
import bank.bonafide.identity.verification.boundary.VerifiedItems;
import bank.bonafide.lending.loan.boundary.LoanBook;
import bank.bonafide.lending.loan.boundary.LoanView;
import bank.bonafide.identity.customer.boundary.CustomerRecords;
import bank.bonafide.identity.customer.boundary.CustomerView;
import bank.bonafide.identity.customer.boundary.RecordRead;
import bank.bonafide.identity.customer.boundary.StaffAccess;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A customer's record for staff (customer 360): opened only under a case of this customer or a stated purpose, shown
 * masked; one field in full only with its own purpose. Once opened, the customer's complaints, loans, approved
 * openings and payments and biometric consent are listed by reference and status only: each case or loan opens on
 * its own page under its own logged read. Every opening and unmasking is logged by
 * identity with the member of staff's name, and counted towards bulk access when no case is given (CN-12, CN-13).
 * The full value lives for one response only: it is never kept in the view.
 */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerRecords records;

    @Inject
    ComplaintQueries complaints;

    @Inject
    StaffScreen staff;

    @Inject
    LoanBook loans;

    @Inject
    VerifiedItems verifiedItems;

    @Inject
    BiometricConsents consents;

    /** This request's lists (a view-scoped bean lives across requests; the lists are read afresh each time). */
    private transient List<ComplaintView> customerComplaints;
    private transient List<LoanView> customerLoans;
    private transient List<VerifiedItems.Item> customerItems;
    private transient ConsentStatus consent;
    private transient List<CustomerRecords.StaffReadView> staffReads;

    private String id;
    private String purpose;
    private String caseLink;
    private CustomerView shown;
    private StaffAccess access;
    private CustomerRecords.Field field;
    private String unmaskPurpose;
    /** The one field shown in full, for this response only. */
    private transient String unmasked;

    /** Each request starts without a full value: it is shown once, in the response that asked for it. */
    public void load() {
        unmasked = null;
        customerComplaints = null;
        customerLoans = null;
        customerItems = null;
        consent = null;
        staffReads = null;
        if (!FacesContext.getCurrentInstance().isPostback()) {
            shown = null;
            access = null;
        }
    }

    public String open() {
        String link = caseLink == null || caseLink.isBlank() ? null : caseLink.strip();
        if (link != null && complaints.byReference(link).filter(c -> c.customerId().equals(id)).isEmpty()) {
            return refuse(Texts.of("customer.refuse.noCase", link, id));
        }
        StaffAccess asked = new StaffAccess(staff.getStaffName(), purpose, link);
        RecordRead read = records.view(id, asked);
        if (read instanceof RecordRead.Shown s) {
            shown = s.record();
            access = asked;
            return null;
        }
        return outcome(read);
    }

    public String unmask() {
        if (shown == null) {
            return refuse(Texts.of("customer.refuse.openFirst"));
        }
        if (field == null) {
            return refuse(Texts.of("customer.refuse.chooseField"));
        }
        RecordRead read = records.unmask(id, field, new StaffAccess(staff.getStaffName(), unmaskPurpose, access.caseLink()));
        if (read instanceof RecordRead.Shown s) {
            unmasked = s.value();
            unmaskPurpose = null;
            return null;
        }
        return outcome(read);
    }

    private String outcome(RecordRead read) {
        // RecordRead is sealed: Shown, Refused, Suspended or NotFound.
        if (read instanceof RecordRead.Suspended s) {
            shown = null;
            return refuse(s.reason());
        }
        return refuse(read instanceof RecordRead.Refused r ? r.reason() : Texts.of("customer.refuse.notEnrolled", id));
    }

    /** Read once per request: the table asks for its rows more than once while it renders. */
    public List<CustomerRecords.StaffReadView> getReads() {
        if (staffReads == null) {
            staffReads = shown == null ? List.of() : records.readsOf(id, 20);
        }
        return staffReads;
    }

    /** Every complaint of the customer, newest first (closed ones too). */
    public List<ComplaintView> getComplaints() {
        if (customerComplaints == null) {
            customerComplaints = shown == null ? List.of() : complaints.search(new CaseSearch(false, null, null, id, null, null, null,
                    CaseSearch.Sort.RECEIVED, true), 0, 50);
        }
        return customerComplaints;
    }

    public List<LoanView> getLoans() {
        if (customerLoans == null) {
            customerLoans = shown == null ? List.of() : loans.ofCustomer(id);
        }
        return customerLoans;
    }

    /** Accounts opened and payments approved for the customer by identity's checks. */
    public List<VerifiedItems.Item> getItems() {
        if (customerItems == null) {
            customerItems = shown == null ? List.of() : verifiedItems.of(id, 50);
        }
        return customerItems;
    }

    public ConsentStatus getConsent() {
        if (consent == null && shown != null) {
            consent = consents.status(id);
        }
        return consent;
    }

    public CustomerRecords.Field[] getFields() {
        return CustomerRecords.Field.values();
    }

    private static String refuse(String reason) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason, null));
        return null;
    }

    public CustomerView getShown() {
        return shown;
    }

    public String getUnmasked() {
        return unmasked;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getCaseLink() {
        return caseLink;
    }

    public void setCaseLink(String caseLink) {
        this.caseLink = caseLink;
    }

    public CustomerRecords.Field getField() {
        return field;
    }

    public void setField(CustomerRecords.Field field) {
        this.field = field;
    }

    public String getUnmaskPurpose() {
        return unmaskPurpose;
    }

    public void setUnmaskPurpose(String unmaskPurpose) {
        this.unmaskPurpose = unmaskPurpose;
    }
}
