package city.civility.portal.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the sitemap as a search engine does: the index at /sitemap.xml, then each file it lists. */
public final class Sitemaps {

    /** The test server's addresses per sitemap file (PORTAL_SITEMAP_URLS_PER_FILE). */
    public static final int URLS_PER_FILE = 200;

    private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");

    private Sitemaps() {
    }

    /** The addresses inside {@code <loc>} of a sitemap or an index, in order. */
    public static List<String> locations(String xml) {
        List<String> found = new ArrayList<>();
        Matcher loc = LOC.matcher(xml);
        while (loc.find()) {
            found.add(loc.group(1));
        }
        return found;
    }

    /** The files the index lists, each as the visitor got it, in order. */
    public static List<HttpResponse<String>> files(Visitor visitor) {
        HttpResponse<String> index = visitor.get("/sitemap.xml");
        if (index.statusCode() != 200 || !index.body().contains("<sitemapindex")) {
            throw new AssertionError("no sitemap index: " + index.statusCode() + " " + index.body());
        }
        return locations(index.body()).stream().map(file -> visitor.get(URI.create(file).getPath())).toList();
    }

    /** Every file's text, one after the other: what the sitemap lists, for a test that looks for an address or a value. */
    public static String all(Visitor visitor) {
        StringBuilder all = new StringBuilder();
        for (HttpResponse<String> file : files(visitor)) {
            all.append(file.body());
        }
        return all.toString();
    }
}
