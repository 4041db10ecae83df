package bank.bonafide.portal.complaints;

import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.complaints.complaint.control.ComplaintRules;
import bank.bonafide.platform.rules.PolicySections;
import bank.bonafide.platform.rules.RulePackException;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.portal.security.SignedInCustomer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** "My complaints": the customer's own complaints and the other ways the bank takes complaints (CN-15). */
@Named
@RequestScoped
public class ComplaintListPage {

    @Inject
    SignedInCustomer customer;

    @Inject
    ComplaintQueries complaints;

    private List<ComplaintView> mine;
    private List<PolicySections.ComplaintHandling.Channel> channels;

    public List<ComplaintView> getMine() {
        if (mine == null) {
            mine = customer.customerId().map(id -> complaints.ofCustomer(id, 100)).orElse(List.of());
        }
        return mine;
    }

    /** The channels the rule pack in force publishes; none listed rather than an error page if it names none. */
    public List<PolicySections.ComplaintHandling.Channel> getChannels() {
        if (channels == null) {
            try {
                channels = ComplaintRules.channels(RulePackLibrary.inForce(Instant.now()));
            } catch (RulePackException e) {
                channels = List.of();
            }
        }
        return channels;
    }

    public boolean isLinked() {
        return customer.customerId().isPresent();
    }

    public String getName() {
        return customer.displayName();
    }
}
