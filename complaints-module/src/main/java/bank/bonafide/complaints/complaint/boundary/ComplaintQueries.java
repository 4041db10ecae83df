package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.ComplaintMessage;
import bank.bonafide.complaints.complaint.entity.ComplaintStatus;
import bank.bonafide.complaints.complaint.entity.DisputedEvidence;
import bank.bonafide.complaints.complaint.entity.TimelineEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.persistence.RegisterCriteria;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Read side of complaints for screens and the API. */
@Stateless
public class ComplaintQueries {

    /** Timeline lines a customer reads; the rest (who opened a file, internal requests) is the bank's. */
    private static final Set<String> CUSTOMER_LINES = Set.of("FILED", "STATUS", "SERVICE_CLOCK_PAUSED",
            "SERVICE_CLOCK_RESUMED", "DEADLINE_EXTENDED", "CUSTOMER_NOTICE", "ATTACHMENT_ADDED", "DECISION", "OUTCOME", "COMPENSATION_PAID",
            "COLLECTION_FROZEN");

    @PersistenceContext(unitName = "complaints")
    EntityManager em;

    @Inject
    ComplaintAttachments attachments;

    public Optional<ComplaintView> byReference(String reference) {
        return find(reference).map(c -> ComplaintView.of(c, timeline(c)));
    }

    /** The whole case for staff: timeline, messages, files and the disclosed evidence. */
    public Optional<CaseFile> caseForStaff(String reference) {
        return find(reference).map(c -> new CaseFile(ComplaintView.of(c, timeline(c)), messages(c),
                attachments.list(c.id()), evidence(c)));
    }

    /**
     * The case as its customer reads it; empty for anyone else's, so a reference cannot be probed. Staff
     * appear as "the bank", and the bank's internal lines and the evidence file are left out.
     */
    public Optional<CaseFile> caseForCustomer(String reference, String customerId) {
        return find(reference).filter(c -> customerId != null && c.customerId().equals(customerId)).map(c -> {
            List<TimelineEntry> lines = timeline(c).stream().filter(t -> CUSTOMER_LINES.contains(t.kind())).toList();
            ComplaintView full = ComplaintView.of(c, lines);
            List<ComplaintView.Line> seen = full.timeline().stream()
                    .map(l -> new ComplaintView.Line(l.at(), l.actor().startsWith("customer:") ? "you" : "the bank",
                            l.kind(), l.previousValue(), l.newValue()))
                    .toList();
            List<CaseFile.Message> messages = messages(c).stream()
                    .map(m -> new CaseFile.Message(m.at(), m.fromCustomer(), m.fromCustomer() ? "you" : "the bank", m.body()))
                    .toList();
            return new CaseFile(asCustomerSees(full, seen), messages, attachments.list(c.id()), null);
        });
    }

    /** A customer's own complaints, newest first, as the customer sees them; never anyone else's. */
    public List<ComplaintView> ofCustomer(String customerId, int max) {
        return em.createNamedQuery(Complaint.OF_CUSTOMER, Complaint.class)
                .setParameter("customerId", customerId)
                .setMaxResults(max)
                .getResultStream()
                .map(c -> asCustomerSees(ComplaintView.of(c, List.of()), List.of()))
                .toList();
    }

    /** Open cases, the nearest regulatory deadline first. */
    public List<ComplaintView> openCases(int first, int max) {
        return search(CaseSearch.open(), first, max);
    }

    /** One page of the cases the search selects, in its order (ties broken by reference, so pages never overlap). */
    public List<ComplaintView> search(CaseSearch search, int first, int max) {
        return register(search).page(search.sort().path, search.descending(), first, max).stream()
                .map(found -> ComplaintView.of(found, List.of()))
                .toList();
    }

    /** How many cases the search selects (a table's page count). */
    public long count(CaseSearch search) {
        return register(search).count();
    }

    private RegisterCriteria<Complaint> register(CaseSearch s) {
        RegisterCriteria<Complaint> register = RegisterCriteria.over(em, Complaint.class, "reference")
                .equal("assignedTo", s.assignedTo())
                .startsWith("reference", s.referencePrefix())
                .equal("customerId", s.customerId())
                .equalEnum("category", DisputeCategory.class, s.category())
                .equalEnum("status", ComplaintStatus.class, s.status());
        if (s.openOnly()) {
            register.where((cb, c) -> cb.notEqual(c.get("status"), ComplaintStatus.CLOSED));
        }
        if (s.deadlineBefore() != null) {
            register.where((cb, c) -> cb.lessThan(c.get("clock").get("deadline"), s.deadlineBefore()));
        }
        return register;
    }

    /** Open cases per handler (unassigned ones under the empty name), most loaded first. */
    public Map<String, Long> workload() {
        Map<String, Long> load = new LinkedHashMap<>();
        em.createQuery("SELECT COALESCE(c.assignedTo, ''), COUNT(c) FROM Complaint c WHERE c.status <> :closed "
                        + "GROUP BY COALESCE(c.assignedTo, '') ORDER BY COUNT(c) DESC", Object[].class)
                .setParameter("closed", ComplaintStatus.CLOSED)
                .getResultList()
                .forEach(row -> load.put((String) row[0], (Long) row[1]));
        return load;
    }

    /** What a compliance officer watches: breaches, timeliness at closure, open cases per owner. */
    public ComplianceFigures complianceFigures() {
        List<ComplaintView> breached = em.createQuery("SELECT c FROM Complaint c WHERE c.breachEscalatedAt IS NOT NULL "
                        + "OR c.serviceBreachAt IS NOT NULL ORDER BY c.clock.deadline", Complaint.class)
                .setMaxResults(200)
                .getResultStream().map(c -> ComplaintView.of(c, List.of())).toList();
        Object[] closed = em.createQuery("SELECT COUNT(c), SUM(CASE WHEN c.timely = TRUE THEN 1 ELSE 0 END) FROM Complaint c "
                + "WHERE c.status = :closed", Object[].class).setParameter("closed", ComplaintStatus.CLOSED).getSingleResult();
        Map<String, Long> openByOwner = new LinkedHashMap<>();
        em.createQuery("SELECT COALESCE(c.ownerDepartment, '(none)'), COUNT(c) FROM Complaint c WHERE c.status <> :closed "
                        + "GROUP BY COALESCE(c.ownerDepartment, '(none)') ORDER BY COUNT(c) DESC", Object[].class)
                .setParameter("closed", ComplaintStatus.CLOSED)
                .getResultList()
                .forEach(row -> openByOwner.put((String) row[0], (Long) row[1]));
        long closedCount = closed[0] == null ? 0 : ((Number) closed[0]).longValue();
        long timelyCount = closed[1] == null ? 0 : ((Number) closed[1]).longValue();
        return new ComplianceFigures(breached, closedCount, timelyCount, openByOwner);
    }

    /**
     * Complaints received and closed in [from, to): per month and category, timeliness per regulatory clock, and
     * handling time (receipt to closure). Months are calendar months in {@code zone}.
     */
    public PeriodFigures periodFigures(Instant from, Instant to, ZoneId zone) {
        // Projections counted by the database over the indexes of V8, one month at a time in the bank's zone:
        // no complaint row travels to Java (a month of a million-row register is tens of thousands of rows).
        Map<String, Map<String, Long>> received = new TreeMap<>();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("yyyy-MM").withZone(zone);
        for (Instant start = from; start.isBefore(to); ) {
            Instant next = start.atZone(zone).toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant();
            Instant end = next.isAfter(to) ? to : next;
            Map<String, Long> byCategory = new TreeMap<>();
            for (Object[] row : rows(em.createNativeQuery("SELECT category, COUNT(*) FROM complaints_complaint "
                    + "WHERE received_at >= :from AND received_at < :to GROUP BY category", Object[].class), start, end)) {
                byCategory.put((String) row[0], ((Number) row[1]).longValue());
            }
            if (!byCategory.isEmpty()) {
                received.put(month.format(start), byCategory);
            }
            start = end;
        }
        List<PeriodFigures.ClockTimeliness> byClock = new ArrayList<>();
        long closed = 0;
        long handlingSeconds = 0;
        for (Object[] row : rows(em.createNativeQuery("SELECT clock_pack_id, clock_name, COUNT(*), "
                + "SUM(CASE WHEN timely THEN 1 ELSE 0 END), SUM(TIMESTAMPDIFF(SECOND, received_at, closed_at)) "
                + "FROM complaints_complaint WHERE closed_at >= :from AND closed_at < :to "
                + "GROUP BY clock_pack_id, clock_name ORDER BY clock_pack_id, clock_name", Object[].class), from, to)) {
            long count = ((Number) row[2]).longValue();
            byClock.add(new PeriodFigures.ClockTimeliness(row[0] + "/" + row[1], count, ((Number) row[3]).longValue()));
            closed += count;
            handlingSeconds += ((Number) row[4]).longValue();
        }
        if (closed == 0) {
            return new PeriodFigures(received, byClock, 0, null, null);
        }
        long rank = PeriodFigures.p95Rank(closed);
        Number p95Micros = (Number) em.createNativeQuery("SELECT TIMESTAMPDIFF(MICROSECOND, received_at, closed_at) AS handling "
                        + "FROM complaints_complaint WHERE closed_at >= :from AND closed_at < :to ORDER BY handling")
                .setParameter("from", from).setParameter("to", to)
                .setFirstResult((int) (rank - 1)).setMaxResults(1).getSingleResult();
        return new PeriodFigures(received, byClock, closed, Duration.ofSeconds(handlingSeconds / closed),
                Duration.of(p95Micros.longValue(), java.time.temporal.ChronoUnit.MICROS));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query, Instant from, Instant to) {
        return query.setParameter("from", from).setParameter("to", to).getResultList();
    }

    /**
     * @param breached   cases whose regulatory deadline or service target passed undecided, nearest deadline first
     * @param closed     cases closed so far
     * @param timely     of those, decided within their regulatory deadline
     */
    public record ComplianceFigures(List<ComplaintView> breached, long closed, long timely, Map<String, Long> openByOwner) {
    }

    private Optional<Complaint> find(String reference) {
        return em.createNamedQuery(Complaint.BY_REFERENCE, Complaint.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    private List<TimelineEntry> timeline(Complaint c) {
        return em.createNamedQuery(TimelineEntry.OF_COMPLAINT, TimelineEntry.class)
                .setParameter("complaintId", c.id())
                .getResultList();
    }

    private List<CaseFile.Message> messages(Complaint c) {
        return em.createNamedQuery(ComplaintMessage.OF_COMPLAINT, ComplaintMessage.class)
                .setParameter("complaintId", c.id())
                .getResultStream()
                .map(m -> new CaseFile.Message(m.sentAt(), m.fromCustomer(), m.author(), m.body()))
                .toList();
    }

    private CaseFile.Evidence evidence(Complaint c) {
        DisputedEvidence e = em.find(DisputedEvidence.class, c.id());
        return e == null ? null : new CaseFile.Evidence(e.recordFound(), e.outcome(), e.evidencePackageId(), e.decidedAt(),
                e.evidenceIntact(), e.checksPerformed(), e.checksMissing(), e.reasons(), e.involvedStaff());
    }

    /** The view with the given timeline and no staff names: the handler is not shown, the decider is "the bank". */
    private static ComplaintView asCustomerSees(ComplaintView v, List<ComplaintView.Line> lines) {
        return new ComplaintView(v.id(), v.reference(), v.customerId(), v.category(), v.disputedItem(), v.description(),
                v.status(), v.receivedAt(), v.deadline(), v.clockRule(), v.rulePackId(), v.rulePackVersion(), lines,
                v.serviceTarget(), v.servicePaused(), v.servicePausedSeconds(), v.extensionLevel(), v.outcome(), v.rootCause(),
                v.closedAt(), v.timely(), v.channel(), v.ownerDepartment(), v.ownerPerson(),
                null, v.decision() == null ? null : new ComplaintView.Decision(v.decision().reasons(), v.decision().relief(),
                v.decision().reliefDue(), v.decision().decidedAt(), "the bank"),
                v.breachEscalatedAt(), v.serviceBreachAt());
    }
}
