package city.civility.portal.platform.publicsite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class DeclaredParametersTest {

    /** A request with these parameters (name, value, name, value…), as the container parsed them. */
    private static HttpServletRequest asked(String... parameters) {
        Map<String, String[]> parsed = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            String[] before = parsed.getOrDefault(parameters[i], new String[0]);
            String[] after = java.util.Arrays.copyOf(before, before.length + 1);
            after[before.length] = parameters[i + 1];
            parsed.put(parameters[i], after);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getParameterValues" -> parsed.get((String) args[0]);
                    case "getParameter" -> parsed.containsKey((String) args[0]) ? parsed.get((String) args[0])[0] : null;
                    case "getParameterMap" -> parsed;
                    case "getParameterNames" -> Collections.enumeration(parsed.keySet());
                    case "getQueryString" -> "whatever=the-visitor-typed";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aPageSeesOnlyTheParametersItDeclared() {
        HttpServletRequest page = new DeclaredParameters(asked("utm_source", "wechat", "page", "2", "x", "1"), List.of("page"));
        assertEquals("page=2", page.getQueryString());
        assertEquals("2", page.getParameter("page"));
        assertNull(page.getParameter("x"));
        assertNull(page.getParameterValues("utm_source"));
        assertEquals(List.of("page"), Collections.list(page.getParameterNames()));
        assertEquals(List.of("page"), List.copyOf(page.getParameterMap().keySet()));
    }

    @Test
    void oneQueryForOnePageWhateverTheOrderAsked() {
        List<String> declared = List.of("channel", "page", "size");
        String a = new DeclaredParameters(asked("size", "5", "x", "1", "page", "2"), declared).getQueryString();
        String b = new DeclaredParameters(asked("page", "2", "size", "5"), declared).getQueryString();
        assertEquals("page=2&size=5", a);
        assertEquals(a, b);
    }

    @Test
    void nothingDeclaredIsNoQueryAndValuesAreEncodedAgain() {
        assertNull(new DeclaredParameters(asked("x", "1"), List.of()).getQueryString());
        HttpServletRequest page = new DeclaredParameters(asked("month", "2025-01", "month", "a&b=c 文"), List.of("month"));
        assertEquals("month=2025-01&month=a%26b%3Dc+%E6%96%87", page.getQueryString(), "a value cannot smuggle in another parameter");
        assertArrayEquals(new String[] {"2025-01", "a&b=c 文"}, page.getParameterValues("month"));
    }
}
