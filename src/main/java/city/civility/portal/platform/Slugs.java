package city.civility.portal.platform;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

/**
 * The address of a public page a feature names (/channel/{slug}, /topic/{slug}): one rule
 * for all. Staff type it; it is never made from a title, since lower-case Latin letters,
 * digits and hyphens read the same in every link, feed and sitemap, where Chinese would be
 * percent-encoded.
 */
public final class Slugs {

    private static final Pattern RULE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    private Slugs() {
    }

    /** The typed address, trimmed and lower-cased; refused unless it has 2 to 64 of a-z, 0-9 and hyphens, not starting with one. */
    public static String require(String typed) {
        String slug = normalized(typed);
        if (!RULE.matcher(slug).matches()) {
            throw new RuleViolation("slug.invalid");
        }
        return slug;
    }

    /** Whether another row of {@code entity} (one with a {@code slug} field) has the typed address; {@code except}: the row being changed. */
    public static boolean taken(EntityManager em, Class<?> entity, String typed, Long except) {
        var query = em.createQuery("SELECT COUNT(e) FROM " + entity.getSimpleName() + " e WHERE e.slug = :slug"
                + (except == null ? "" : " AND e.id <> :except"), Long.class).setParameter("slug", normalized(typed));
        if (except != null) {
            query.setParameter("except", except);
        }
        return query.getSingleResult() > 0;
    }

    /** As {@link #taken}, refused with {@code takenKey} (whose {0} is the address) when it is. */
    public static void requireFree(EntityManager em, Class<?> entity, String typed, Long except, String takenKey) {
        if (taken(em, entity, typed, except)) {
            throw new RuleViolation(takenKey, normalized(typed));
        }
    }

    private static String normalized(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }
}
