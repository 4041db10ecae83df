package bank.bonafide.systemtest.probe;

import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.platform.event.complaints.ComplaintFiled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A fourth subscriber of ComplaintFiled, living in its own EJB module like the real ones. */
@ApplicationScoped
public class ProbeObserver {

    @Inject
    ProbeLedger ledger;

    @Inject
    ComplaintQueries complaints;

    void on(@Observes ComplaintFiled e) {
        String description = complaints.byReference(e.reference()).map(c -> c.description()).orElse("");
        ledger.record(e, description);
    }
}
