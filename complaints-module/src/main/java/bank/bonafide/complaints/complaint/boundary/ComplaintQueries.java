package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.TimelineEntry;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Read side of complaints for screens and the API. */
@Stateless
public class ComplaintQueries {

    @PersistenceContext(unitName = "complaints")
    EntityManager em;

    public Optional<ComplaintView> byReference(String reference) {
        return em.createNamedQuery(Complaint.BY_REFERENCE, Complaint.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .map(c -> ComplaintView.of(c, timeline(c)));
    }

    /** A customer's own complaints, newest first; never anyone else's. */
    public List<ComplaintView> ofCustomer(String customerId, int max) {
        return em.createNamedQuery(Complaint.OF_CUSTOMER, Complaint.class)
                .setParameter("customerId", customerId)
                .setMaxResults(max)
                .getResultStream()
                .map(c -> ComplaintView.of(c, List.of()))
                .toList();
    }

    /** Open cases, the nearest regulatory deadline first. */
    public List<ComplaintView> openCases(int first, int max) {
        return em.createNamedQuery(Complaint.OPEN_BY_DEADLINE, Complaint.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(c -> ComplaintView.of(c, List.of()))
                .toList();
    }

    private List<TimelineEntry> timeline(Complaint c) {
        return em.createNamedQuery(TimelineEntry.OF_COMPLAINT, TimelineEntry.class)
                .setParameter("complaintId", c.id())
                .getResultList();
    }
}
