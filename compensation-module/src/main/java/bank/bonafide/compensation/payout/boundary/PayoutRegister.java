package bank.bonafide.compensation.payout.boundary;

import bank.bonafide.compensation.payout.entity.AdvanceCompensation;
import bank.bonafide.platform.persistence.RegisterCriteria;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Every advance compensation ever proposed, a page at a time, for staff tables. */
@Stateless
public class PayoutRegister {

    @PersistenceContext(unitName = "compensation")
    EntityManager em;

    public List<PayoutView> search(PayoutSearch search, int first, int max) {
        return criteria(search).page(search.sort().path, search.descending(), first, max).stream().map(PayoutView::of).toList();
    }

    public long count(PayoutSearch search) {
        return criteria(search).count();
    }

    private RegisterCriteria<AdvanceCompensation> criteria(PayoutSearch s) {
        return RegisterCriteria.over(em, AdvanceCompensation.class, "reference")
                .startsWith("reference", s.referencePrefix())
                .equal("customerId", s.customerId())
                .equalEnum("status", AdvanceCompensation.Status.class, s.status());
    }
}
