package city.civility.portal.platform;

import java.util.Map;

/**
 * The column a visitor sorted a staff list by, ascending or not. Services turn it into
 * ORDER BY through their own map of columns, so a visitor never writes query text.
 */
public record SortBy(String field, boolean ascending) {

    /** The list's own order. */
    public static final SortBy NONE = new SortBy(null, true);

    /**
     * " ORDER BY ..." on the column {@code columns} gives for the field, then {@code tiebreak};
     * {@code fallback} when nothing (or an unknown field) was asked for.
     */
    public String orderBy(Map<String, String> columns, String fallback, String tiebreak) {
        String column = field == null ? null : columns.get(field);
        return column == null ? " ORDER BY " + fallback
                : " ORDER BY " + column + (ascending ? " ASC" : " DESC") + ", " + tiebreak;
    }
}
