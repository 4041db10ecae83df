package bank.bonafide.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A staff table's filters over one entity, read a page at a time by the database: one query for the page and one
 * count with the same filters, so a table over a million rows reads 25 of them. Pages are ordered by the chosen
 * column and then by a unique column, so that rows with equal values never appear on two pages or on none.
 *
 * <p>Filter values come from the screen: blank means "any", a value an enum column does not know matches nothing
 * (a table filter, not an error), and a prefix is matched literally ({@code %} and {@code _} are escaped). Sort
 * columns are attribute paths the module chooses from its own fixed list, never a name taken from a request.
 *
 * @param <E> the entity of the register
 */
public final class RegisterCriteria<E> {

    private final EntityManager em;
    private final Class<E> entity;
    private final String uniqueColumn;
    private final List<BiFunction<CriteriaBuilder, Root<E>, Predicate>> filters = new ArrayList<>();

    private RegisterCriteria(EntityManager em, Class<E> entity, String uniqueColumn) {
        this.em = em;
        this.entity = entity;
        this.uniqueColumn = uniqueColumn;
    }

    /** Every row of the entity; {@code uniqueColumn} breaks ties in the order (a reference or an id). */
    public static <E> RegisterCriteria<E> over(EntityManager em, Class<E> entity, String uniqueColumn) {
        return new RegisterCriteria<>(em, entity, uniqueColumn);
    }

    /** Rows whose column starts with the value, literally; any row for a blank value. */
    public RegisterCriteria<E> startsWith(String path, String value) {
        if (!blank(value)) {
            String pattern = value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            filters.add((cb, root) -> cb.like(path(root, path), pattern, '\\'));
        }
        return this;
    }

    /** Rows whose column equals the value; any row for a null or blank value. */
    public RegisterCriteria<E> equal(String path, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            Object match = value instanceof String s ? s.strip() : value;
            filters.add((cb, root) -> cb.equal(path(root, path), match));
        }
        return this;
    }

    /** Rows whose enum column has the named value (any case); none if the enum has no such value; any if blank. */
    public <T extends Enum<T>> RegisterCriteria<E> equalEnum(String path, Class<T> type, String name) {
        if (!blank(name)) {
            Optional<T> value = named(type, name);
            filters.add((cb, root) -> value.map(v -> cb.equal(path(root, path), v)).orElseGet(cb::disjunction));
        }
        return this;
    }

    /** Any other condition the register needs (a status set, a date bound). */
    public RegisterCriteria<E> where(BiFunction<CriteriaBuilder, Root<E>, Predicate> condition) {
        filters.add(condition);
        return this;
    }

    /** The page starting at row {@code first} (0-based) of at most {@code max} rows, ordered by {@code sortPath}. */
    public List<E> page(String sortPath, boolean descending, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<E> q = cb.createQuery(entity);
        Root<E> root = q.from(entity);
        q.select(root).where(predicates(cb, root));
        Path<?> column = path(root, sortPath);
        Order primary = descending ? cb.desc(column) : cb.asc(column);
        q.orderBy(sortPath.equals(uniqueColumn) ? List.of(primary) : List.of(primary, cb.asc(path(root, uniqueColumn))));
        return em.createQuery(q).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, max)).getResultList();
    }

    /** How many rows the filters select (the table's page count). */
    public long count() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<E> root = q.from(entity);
        q.select(cb.count(root)).where(predicates(cb, root));
        return em.createQuery(q).getSingleResult();
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<E> root) {
        return filters.stream().map(f -> f.apply(cb, root)).toArray(Predicate[]::new);
    }

    /** The attribute at a dotted path ({@code clock.deadline} reads an embedded value). */
    public static <X> Path<X> path(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String part : dotted.split("\\.")) {
            path = path.get(part);
        }
        @SuppressWarnings("unchecked")
        Path<X> typed = (Path<X>) path;
        return typed;
    }

    /** The enum value a screen names (any case, surrounding blanks ignored); empty for a blank or unknown name. */
    public static <T extends Enum<T>> Optional<T> named(Class<T> type, String name) {
        if (blank(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
