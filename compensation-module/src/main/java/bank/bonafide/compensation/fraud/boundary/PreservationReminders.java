package bank.bonafide.compensation.fraud.boundary;

import bank.bonafide.platform.runtime.JobLock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** Every 10 minutes: reminds the fraud team, once per item, of evidence a holder will overwrite within a day. */
@Stateless
public class PreservationReminders {

    private static final Logger LOG = Logger.getLogger(PreservationReminders.class.getName());

    @Inject
    FraudPlaybook playbook;

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "evidence-preservation deadlines")
    void everyTenMinutes() {
        if (!JobLock.tryHold("compensation.preservation-reminders")) {
            return; // another server reminds
        }
        List<FraudCaseView.Preservation> due = playbook.remindDue(Instant.now());
        // The item is staff's free text and may name the customer: the log carries its id only, the screen the rest.
        due.forEach(p -> LOG.warning(() -> "evidence " + p.id() + " held by " + p.holder() + " to secure before " + p.dueAt()));
    }
}
