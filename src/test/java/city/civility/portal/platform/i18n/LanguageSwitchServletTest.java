package city.civility.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageSwitchServletTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/news/12?page=2 | /news/12?page=2",
            "//evil.example/ | /",
            "https://evil.example/ | /",
            "/\\evil.example | /",
            "'' | /"})
    void goesBackOnlyToAPageOfThisSite(String next, String expected) {
        assertEquals(expected, LanguageSwitchServlet.safeNext(next));
    }
}
