package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.platform.runtime.JobLock;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.TimelineEntry;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Watches the clocks of open complaints. A regulatory deadline passed undecided escalates the case to the
 * head of the owning department (the pack's breach action, CN-14) and puts it on the compliance dashboard;
 * a missed service target is noted for the same department. Each happens once per case.
 */
@Stateless
public class BreachEscalation {

    private static final Logger LOG = Logger.getLogger(BreachEscalation.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    static final String ACTOR = "system:complaints-clock";
    static final String JOB = "complaints.clock-breaches";

    @PersistenceContext(unitName = "complaints")
    EntityManager em;

    /** Every ten minutes: a breach is on the dashboard within ten minutes of the deadline. */
    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "complaint clock breaches")
    void everyTenMinutes() {
        int escalated = escalate(Instant.now());
        if (escalated > 0) {
            LOG.info(() -> escalated + " complaint clock breach(es) escalated");
        }
    }

    /** Escalates every breach as of {@code now}; returns how many cases changed. */
    public int escalate(Instant now) {
        if (!JobLock.tryHold(JOB)) {
            return 0; // another server is sweeping now
        }
        // Two queries, each an index range over what is due (V9), instead of one OR that walked every open case.
        Set<Complaint> candidates = new LinkedHashSet<>(em.createQuery("SELECT c FROM Complaint c WHERE c.breachEscalatedAt IS NULL "
                        + "AND c.decidedAt IS NULL AND c.clock.deadline < :now "
                        + "AND c.status <> bank.bonafide.complaints.complaint.entity.ComplaintStatus.CLOSED", Complaint.class)
                .setParameter("now", now)
                .getResultList());
        candidates.addAll(em.createQuery("SELECT c FROM Complaint c WHERE c.serviceBreachAt IS NULL AND c.decidedAt IS NULL "
                        + "AND c.service.pausedSince IS NULL AND c.service.targetAt < :now "
                        + "AND c.status <> bank.bonafide.complaints.complaint.entity.ComplaintStatus.CLOSED", Complaint.class)
                .setParameter("now", now)
                .getResultList());
        int changed = 0;
        for (Complaint c : candidates) {
            String head = "head of " + c.ownerDepartment() + " (" + c.ownerPerson() + ")";
            if (c.escalateBreach(now)) {
                em.persist(new TimelineEntry(c.id(), now, ACTOR, "BREACH_ESCALATED", TIME.format(c.clock().deadline()),
                        "regulatory deadline passed undecided; escalated to the " + head));
                changed++;
            } else if (c.noteServiceBreach(now)) {
                em.persist(new TimelineEntry(c.id(), now, ACTOR, "SERVICE_TARGET_MISSED", TIME.format(c.service().targetAt(now)),
                        "service target passed undecided; reported to the " + head));
                changed++;
            }
        }
        return changed;
    }
}
