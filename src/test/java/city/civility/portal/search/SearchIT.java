package city.civility.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.Visitor;

/** Search over HTTP: the API, the results page and the box on every page, on the imported test articles and the demo content. */
class SearchIT {

    private final Visitor resident = new Visitor();

    static long total(String json) {
        Matcher m = Pattern.compile("\"total\":([0-9]+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    static String api(Visitor visitor, String query) {
        HttpResponse<String> response = visitor.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), query + ": " + response.body());
        return response.body();
    }

    /** The index fills in the background after start-up; wait (at most 60 s) until it has the imported articles. */
    private String awaitFound(String query) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String json = api(resident, query);
            if (total(json) > 0) {
                return json;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing found for " + query);
    }

    @Test
    void traditionalAndSimplifiedFindTheSameArticlesWithHighlights() throws Exception {
        String traditional = awaitFound("道德模範");
        String simplified = api(resident, "道德模范");
        assertEquals(total(simplified), total(traditional));
        assertTrue(total(simplified) >= 2, "the Simplified and the Traditional test articles: " + simplified);
        assertTrue(simplified.contains("<em>道德模範</em>") || simplified.contains("\\u003cem\\u003e道德模範"),
                "the Traditional article is marked in its own characters: " + simplified);
        assertTrue(simplified.contains("\"facets\"") && simplified.contains("\"article\""), simplified);
    }

    @Test
    void hostileQueriesGetAnAnswerNeverAnError() {
        List<String> hostile = List.of("*:*", "title:(a OR b)^10~2", "\"unbalanced", "((((", "\\", "-", "AND",
                "<script>alert(1)</script>", "\u0007\u001b志愿", "' OR 1=1 --", "x".repeat(2000), "文明".repeat(300), "%00", "\uD83D\uDE00");
        for (String q : hostile) {
            String json = api(new Visitor(), q);
            assertFalse(json.replaceFirst("\"query\":\"(\\\\.|[^\"\\\\])*\"", "").contains("<script"),
                    "no markup comes back in the results: " + json);
            HttpResponse<String> page = new Visitor().get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertEquals(200, page.statusCode(), q);
            assertFalse(page.body().contains("<script>alert(1)</script>"), "the page shows the query as text");
        }
    }

    @Test
    void aQueryLongerThanASearchTakesIsCutAndTheResidentIsTold() {
        String long13 = "文明 ".repeat(13).strip();
        assertTrue(api(resident, long13).contains("\"shortened\":true"));
        assertTrue(api(resident, "文明").contains("\"shortened\":false"));
        String page = resident.get("/search?q=" + URLEncoder.encode(long13, StandardCharsets.UTF_8)).body();
        assertTrue(page.contains("搜索内容过长"), "the page says what was searched");
    }

    @Test
    void badPagingIsRefusedInTheCallersLanguage() {
        HttpResponse<String> refused = resident.get("/api/search?q=%E6%96%87%E6%98%8E&size=5000");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("bad_paging") && refused.body().contains("size 须在"), refused.body());
        assertEquals(400, resident.get("/api/search?q=x&sort=popular").statusCode());
        assertEquals(400, resident.get("/api/search?q=x&year=twenty").statusCode());
    }

    @Test
    void theResultsPageFiltersAndEveryPageHasTheSearchBox() throws Exception {
        awaitFound("文明");
        assertTrue(resident.get("/").body().contains("id=\"site-search\""), "the box is on the home page");
        String page = resident.get("/search?q=" + URLEncoder.encode("文明", StandardCharsets.UTF_8)).body();
        assertTrue(page.contains("class=\"hits\"") && page.contains("<em>文明</em>"), "highlighted results");
        assertTrue(page.contains("channel=news"), "channel filters are links");
        String titles = resident.get("/api/search/titles?q=" + URLEncoder.encode("文明", StandardCharsets.UTF_8)).body();
        assertTrue(titles.startsWith("[{\"title\""), titles);
    }
}
