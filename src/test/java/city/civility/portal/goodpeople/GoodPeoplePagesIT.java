package city.civility.portal.goodpeople;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Visitor;

/** The demo city's good people on the public pages and in the API: public fields only, and clear answers to bad addresses. */
class GoodPeoplePagesIT {

    private final Visitor resident = new Visitor();

    /** The entry's address, as search finds it (the index follows the database within moments of the start). */
    private String addressOf(String name) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        Pattern url = Pattern.compile("\"url\":\"https?://[^/\"]+(/goodpeople/[0-9]+)\"");
        while (true) {
            Matcher found = url.matcher(resident.get("/api/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).body());
            if (found.find()) {
                return found.group(1);
            }
            assertTrue(Instant.now().isBefore(deadline), name + " in search");
            Thread.sleep(200); // polling the index, which follows the database on its own
        }
    }

    @Test
    void anEntryShowsItsStoryAndTheApiGivesOnlyPublicFields() throws InterruptedException {
        String address = addressOf("李桂兰");
        HttpResponse<String> page = resident.get(address);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("桂花巷帮帮团") && page.body().contains("助人为乐"), page.body());
        String json = resident.get("/api" + address).body();
        List<String> fields = Pattern.compile("\"([a-zA-Z]+)\":").matcher(json).results().map(m -> m.group(1)).collect(Collectors.toList());
        assertEquals(List.of("category", "district", "id", "likes", "nomineeName", "onBoard", "photos", "roundMonth", "story"),
                fields.stream().sorted().toList(), json);
        assertFalse(json.contains("江川市文明办") || json.contains("wmb@"), "never the nominator");
    }

    @Test
    void aMonthsBoardShowsWhomTheOfficeChoseAndNotTheOtherCandidates() throws InterruptedException {
        String address = addressOf("周建国");
        Matcher month = Pattern.compile("\"roundMonth\":\"([0-9]{4}-[0-9]{2})\"").matcher(resident.get("/api" + address).body());
        assertTrue(month.find());
        String board = resident.get("/goodpeople/board/" + month.group(1)).body();
        assertTrue(board.contains("周建国") && board.contains("林秀梅") && board.contains("吴志强"), board);
        assertFalse(board.contains("赵小燕"), "a candidate the office did not choose");
        String round = resident.get("/goodpeople").body();
        assertTrue(round.contains("/goodpeople/board/" + month.group(1)), "listed among past boards");
        assertTrue(Pattern.compile("<h2 id=\"round-heading\">\\s*[0-9]{4}年[0-9]{1,2}月身边好人").matcher(round).find(),
                "the round is named as people write a month: " + round.substring(round.indexOf("round-heading"), round.indexOf("round-heading") + 80));
    }

    @Test
    void theHomePageShowsAFewOfThisMonthsGoodPeopleAndTheWayToNominate() {
        String home = resident.get("/").body();
        int block = home.indexOf("id=\"goodpeople-home-heading\"");
        assertTrue(block > 0, "the block is on the home page");
        String section = home.substring(block, home.indexOf("</section>", block));
        assertTrue(section.contains("/goodpeople/nominate"), "with the way to nominate");
        List<String> shown = Pattern.compile("<h3><a href=\"(/goodpeople/[0-9]+)\"").matcher(section).results().map(m -> m.group(1)).toList();
        assertFalse(shown.isEmpty(), section);
        assertTrue(shown.size() <= 4, "a few, not the whole round: " + shown);
        String round = java.time.YearMonth.from(PortalServer.get().now().atZone(java.time.ZoneId.of("Asia/Shanghai"))).toString();
        for (String address : shown) {
            assertTrue(resident.get("/api" + address).body().contains("\"roundMonth\":\"" + round + "\""), address + " is a candidate of " + round);
        }
    }

    @Test
    void badAddressesAndQueriesAreAnsweredClearly() {
        assertEquals(404, resident.get("/goodpeople/board/2026-13").statusCode());
        assertEquals(404, resident.get("/goodpeople/board/1999-01").statusCode());
        assertEquals(404, resident.get("/goodpeople/abc").statusCode());
        assertEquals(404, resident.get("/goodpeople/987654321").statusCode());
        HttpResponse<String> badMonth = resident.get("/api/goodpeople?month=2026-13");
        assertEquals(400, badMonth.statusCode());
        assertTrue(badMonth.body().contains("month 形如 2026-11"), badMonth.body());
        assertEquals(400, resident.get("/api/goodpeople?size=1000").statusCode());
        assertEquals(400, resident.get("/api/goodpeople?category=NONE").statusCode());
        assertEquals(404, resident.get("/api/goodpeople/987654321").statusCode());
        assertEquals(400, resident.get("/api/goodpeople/likes?ids=1;2").statusCode());
    }
}
