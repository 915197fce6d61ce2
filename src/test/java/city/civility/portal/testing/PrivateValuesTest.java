package city.civility.portal.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The run's privacy scan must be able to fail: a scan that never does hides every leak. */
class PrivateValuesTest {

    @Test
    void aContactOrANoteInAPublicAnswerFailsTheTest() {
        PrivateValues.contact("Scan-Test@Example.com");
        PrivateValues.contact("13700001234");
        PrivateValues.note("内部备注：扫描测试");
        assertThrows(AssertionError.class, () -> PrivateValues.check("/feedback/cases/TS-2026-000001", "<p>联系 scan-test@example.com</p>"));
        assertThrows(AssertionError.class, () -> PrivateValues.check("/api/search?q=x", "{\"text\":\"电话13700001234\"}"));
        assertThrows(AssertionError.class, () -> PrivateValues.check("/open311/v2/requests.xml", "<status_notes>内部备注：扫描测试</status_notes>"));
    }

    @Test
    void theResidentsOwnPagesAndOtherNumbersPass() {
        PrivateValues.contact("own-page@example.com");
        assertDoesNotThrow(() -> PrivateValues.check("/feedback/track/TS-2026-000001?key=abc", "<p>own-page@example.com</p>"));
        assertDoesNotThrow(() -> PrivateValues.check("/admin/case.xhtml?id=1", "<p>own-page@example.com</p>"));
        assertDoesNotThrow(() -> PrivateValues.check("/feedback/cases/TS-2026-000001", "<p>137****1234 other@example.com 1370000123456</p>"));
    }
}
