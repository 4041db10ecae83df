package bank.bonafide.backoffice.customers;

import bank.bonafide.identity.customer.boundary.CustomerRecords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Bulk reading of customer records without a case, for compliance (CN-13): alerts and suspensions, newest first. */
@Named
@RequestScoped
public class AccessAlertsPage {

    @Inject
    CustomerRecords records;

    private List<CustomerRecords.AccessAlertView> alerts;

    public List<CustomerRecords.AccessAlertView> getAlerts() {
        if (alerts == null) {
            alerts = records.alerts(200);
        }
        return alerts;
    }
}
