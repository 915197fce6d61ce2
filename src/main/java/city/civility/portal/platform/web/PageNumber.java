package city.civility.portal.platform.web;

/**
 * Which page of a public list a visitor asked for (?page=N): anything that is not a page
 * number, or beyond the last page, shows the nearest real page rather than an error.
 */
public record PageNumber(int page, long pages, int size) {

    public static PageNumber of(String asked, long total, int size) {
        long pages = Math.max(1, (total + size - 1) / size);
        int page = asked != null && asked.matches("[0-9]{1,6}") ? (int) Math.min(Math.max(1, Integer.parseInt(asked)), pages) : 1;
        return new PageNumber(page, pages, size);
    }

    public int first() {
        return (page - 1) * size;
    }
}
