package bank.bonafide.lending.product.boundary;

import bank.bonafide.lending.product.entity.LoanProduct;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The product catalogue. Only ADMINs define products (the screens and API check the role). */
@Stateless
public class LoanProducts {

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    public List<LoanProduct.Definition> all() {
        return em.createNamedQuery(LoanProduct.ALL, LoanProduct.class).getResultStream().map(LoanProduct::definition).toList();
    }

    public Optional<LoanProduct.Definition> find(String code) {
        return Optional.ofNullable(code).map(c -> em.find(LoanProduct.class, c)).map(LoanProduct::definition);
    }

    /**
     * Creates or changes a product. Applications already made keep the terms they were offered.
     *
     * @return the problems that stopped it, empty when saved
     */
    public List<String> define(LoanProduct.Definition definition, String admin) {
        List<String> problems = definition.problems();
        if (!problems.isEmpty()) {
            return problems;
        }
        LoanProduct product = em.find(LoanProduct.class, definition.code());
        if (product == null) {
            product = new LoanProduct(definition.code());
            product.define(definition, admin, Instant.now());
            em.persist(product);
        } else {
            product.define(definition, admin, Instant.now());
        }
        return List.of();
    }
}
