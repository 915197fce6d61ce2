package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.NewsFixtures.State;
import city.civility.portal.testing.Visitor;

/** Public article and channel addresses: found, not found, and gone. */
class PublicPagesIT {

    private final Visitor resident = new Visitor();

    @Test
    void aPublishedArticleIsShownWithItsChannelAndCountsItsReaders() {
        String title = "道德模范事迹 " + UUID.randomUUID().toString().substring(0, 6);
        long id = NewsFixtures.article(title, "campaign", "<p>事迹正文</p>", State.PUBLISHED);
        HttpResponse<String> page = resident.get("/news/" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>" + title + "</h1>"), page.body());
        assertTrue(page.body().contains("创建动态"), "breadcrumb names the channel");
        assertTrue(page.body().contains("data-views-of=\"" + id + "\""), "the page asks for its live reader count");
        assertTrue(resident.post("/api/articles/" + id + "/views", java.util.Map.of()).body().contains("\"views\":1"));
        assertTrue(resident.post("/api/articles/" + id + "/views", java.util.Map.of()).body().contains("\"views\":2"));
        assertTrue(resident.get("/channel/campaign").body().contains(title));
    }

    @Test
    void anArticlePageOffersRelatedArticlesOfItsChannelButNotDraftsOrItself() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long sibling = NewsFixtures.article("同栏目旧文 " + tag, "volunteer", "<p>x</p>", State.PUBLISHED);
        NewsFixtures.article("同栏目中间 " + tag, "volunteer", "<p>x</p>", State.PUBLISHED);
        NewsFixtures.article("同栏目草稿 " + tag, "volunteer", "<p>x</p>", State.DRAFT);
        NewsFixtures.article("同栏目较新 " + tag, "volunteer", "<p>x</p>", State.PUBLISHED);
        long latest = NewsFixtures.article("同栏目最新 " + tag, "volunteer", "<p>x</p>", State.PUBLISHED);
        String page = resident.get("/news/" + latest).body();
        String related = page.substring(page.indexOf("id=\"related-heading\""));
        assertTrue(related.contains("href=\"/news/" + sibling + "\""), "an older article of the channel is related");
        assertTrue(!related.contains("同栏目草稿 " + tag), "a draft never is");
        assertTrue(!related.contains("href=\"/news/" + latest + "\""), "nor the article itself");
    }

    @Test
    void aDraftOrAnUnknownIdIs404AndAWithdrawnArticleIs410() {
        long draft = NewsFixtures.article("草稿", "news", "<p>x</p>", State.DRAFT);
        long withdrawn = NewsFixtures.article("撤下", "news", "<p>x</p>", State.WITHDRAWN);
        assertEquals(404, resident.get("/news/" + draft).statusCode());
        assertEquals(404, resident.get("/news/987654321").statusCode());
        assertEquals(404, resident.get("/news/abc").statusCode());
        assertEquals(404, resident.post("/api/articles/" + draft + "/views", java.util.Map.of()).statusCode(), "drafts are not counted");
        HttpResponse<String> gone = resident.get("/news/" + withdrawn);
        assertEquals(410, gone.statusCode());
        assertTrue(gone.body().contains("内容已撤下"), gone.body());
    }

    @Test
    void theMainNavigationOffersChannelsAndTopicsAndMarksThePageShown() {
        assertEquals(List.of("/"), currentInNavigation("/"));
        assertEquals(List.of("/channel/campaign"), currentInNavigation("/channel/campaign"));
        assertEquals(List.of("/topics"), currentInNavigation("/topics"));
        String nav = navigation("/");
        assertTrue(nav.contains(">创建动态</a>") && nav.contains("href=\"/channel/volunteer\""), nav);
        assertTrue(nav.contains(">专题</a>"), nav);
    }

    private String navigation(String path) {
        String page = resident.get(path).body();
        int start = page.indexOf("<nav class=\"main-nav\"");
        return page.substring(start, page.indexOf("</nav>", start));
    }

    /** The addresses of the navigation's links marked as the page shown. */
    private List<String> currentInNavigation(String path) {
        return Pattern.compile("href=\"([^\"]*)\" aria-current=\"page\"").matcher(navigation(path)).results()
                .map(match -> match.group(1)).toList();
    }

    @Test
    void viewsUnderWebInfCannotBeOpenedDirectly() {
        assertEquals(404, resident.get("/WEB-INF/views/article.xhtml").statusCode());
    }
}
