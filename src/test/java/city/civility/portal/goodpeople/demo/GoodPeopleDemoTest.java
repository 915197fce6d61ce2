package city.civility.portal.goodpeople.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.civility.portal.goodpeople.DemoEntry;
import city.civility.portal.goodpeople.GoodPerson;
import city.civility.portal.media.DemoPictures;

class GoodPeopleDemoTest {

    @Test
    void theDemoCityHasLastMonthsBoardAndThisMonthsRoundEachStoryFitForPublication() throws IOException {
        String text;
        try (InputStream in = GoodPeopleDemo.class.getResourceAsStream("/demo/goodpeople.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DemoEntry> entries = GoodPeopleDemo.parse(text);
        assertEquals(8, entries.size());
        assertEquals(3, entries.stream().filter(DemoEntry::onBoard).count(), "last month's board");
        assertTrue(entries.stream().filter(DemoEntry::onBoard).allMatch(DemoEntry::lastMonth));
        assertEquals(4, entries.stream().filter(e -> !e.lastMonth()).count(), "this month's candidates");
        for (DemoEntry entry : entries) {
            int length = entry.story().codePointCount(0, entry.story().length());
            assertTrue(length >= GoodPerson.MIN_STORY && length <= GoodPerson.MAX_STORY, entry.name() + ": " + length);
            assertTrue(!entry.story().contains("=="), "one story per entry");
            assertTrue(DemoPictures.jpeg(entry.picture()).length > 0, entry.name() + "'s picture is drawn");
        }
    }
}
