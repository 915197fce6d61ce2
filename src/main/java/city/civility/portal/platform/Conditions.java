package city.civility.portal.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The WHERE part of a list query made from a filter form: each condition counts only
 * when the visitor filled in its value, so the same filter serves the count and the page.
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code clause}, which uses {@code :name}, unless {@code value} is null or blank. */
    public Conditions and(String clause, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /**
     * A LIKE pattern matching text that contains {@code typed}, lower-cased (compare with LOWER(...)),
     * or null when nothing was typed. Wildcards typed by the visitor are dropped, not interpreted.
     */
    public static String containing(String typed) {
        return typed == null || typed.isBlank() ? null
                : "%" + typed.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    public <T> TypedQuery<T> query(EntityManager em, Class<T> type, String select, String orderBy) {
        TypedQuery<T> query = em.createQuery(select + (clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses)) + orderBy, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
