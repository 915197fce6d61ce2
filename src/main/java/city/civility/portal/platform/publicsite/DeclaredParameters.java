package city.civility.portal.platform.publicsite;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A cacheable page's request showing only the query parameters the page declared
 * ({@link PublicContribution.CacheablePages}): what the page renders from is exactly what the
 * cache keys it by, so {@code ?x=1}, {@code ?x=2}… are one page and one copy, and no rendering
 * can put another parameter into a copy that others are sent.
 */
final class DeclaredParameters extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters = new LinkedHashMap<>();
    private final String query;

    DeclaredParameters(HttpServletRequest request, List<String> declared) {
        super(request);
        StringJoiner query = new StringJoiner("&");
        for (String name : declared) { // in the declared order, whatever the order asked: one key per page
            String[] values = request.getParameterValues(name);
            if (values != null) {
                parameters.put(name, values);
                for (String value : values) {
                    query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        }
        this.query = parameters.isEmpty() ? null : query.toString();
    }

    /** The declared parameters, as the page sees them; null for none. */
    @Override
    public String getQueryString() {
        return query;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters);
    }
}
