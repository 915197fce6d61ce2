package city.civility.portal.feedback.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import city.civility.portal.feedback.CaseKind;
import city.civility.portal.feedback.CaseState;
import city.civility.portal.feedback.DemoCase;

/** The demo city's cases read as written: every kind, every state an answered case passes, an answer wherever the office gave one. */
class FeedbackDemoTest {

    @Test
    void theDemoCasesAreReadWithTheirAnswers() throws IOException {
        String text;
        try (InputStream in = FeedbackDemo.class.getResourceAsStream("/demo/feedback.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DemoCase> cases = FeedbackDemo.parse(text);
        assertEquals(7, cases.size());
        assertEquals(EnumSet.allOf(CaseKind.class), cases.stream().map(DemoCase::kind).collect(Collectors.toSet()));
        assertEquals(Set.of(CaseState.ACCEPTED, CaseState.IN_PROGRESS, CaseState.ANSWERED, CaseState.CLOSED),
                cases.stream().map(DemoCase::reached).collect(Collectors.toSet()));
        for (DemoCase c : cases) {
            assertTrue(c.description().length() >= 10, c.description());
            assertEquals(c.reached() != CaseState.ACCEPTED, !c.answer().isEmpty(), c.address());
            assertFalse(c.description().contains("--") || c.answer().contains("=="), c.address());
        }
        assertEquals(5, cases.get(0).rating());
    }
}
