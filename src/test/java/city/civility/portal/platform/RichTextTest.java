package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">点我</a>",
            "<p onclick=\"alert(1)\">文明</p>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<img src=\"/media/1\" onload=\"alert(1)\">"})
    void noScriptSurvives(String hostile) {
        String clean = RichText.sanitize(hostile).toLowerCase();
        assertFalse(clean.contains("<script"), clean);
        assertFalse(clean.contains("javascript:"), clean);
        assertFalse(clean.matches("(?s).*\\son[a-z]+=.*"), clean);
        assertFalse(clean.contains("<iframe"), clean);
        assertFalse(clean.contains("style="), clean);
    }

    @Test
    void keepsFormattingTablesLinksAndLibraryPictures() {
        String html = "<h2>志愿服务</h2><p class=\"ql-align-center\"><strong>文明</strong>城市</p>"
                + "<table><tbody><tr><td colspan=\"2\">表格</td></tr></tbody></table>"
                + "<a href=\"https://www.example.cn/a\">链接</a><img src=\"/media/42\" alt=\"图片\">";
        String clean = RichText.sanitize(html);
        assertTrue(clean.contains("<h2>志愿服务</h2>"), clean);
        assertTrue(clean.contains("<p class=\"ql-align-center\"><strong>文明</strong>城市</p>"), clean);
        assertTrue(clean.contains("<td colspan=\"2\">表格</td>"), clean);
        assertTrue(clean.contains("href=\"https://www.example.cn/a\""), clean);
        assertTrue(clean.contains("noopener") && clean.contains("noreferrer"), clean);
        assertTrue(clean.contains("<img src=\"/media/42\" alt=\"图片\" />"), clean);
    }

    @Test
    void dropsPicturesFromOtherSites() {
        assertFalse(RichText.sanitize("<img src=\"https://tracker.example/p.gif\">").contains("img"));
    }

    @Test
    void plainTextSeparatesBlocksButNotInlineMarkup() {
        assertEquals("身边好人 道德模范评选", RichText.plainText("<p>身边<b>好人</b></p><p>道德模范<i>评选</i></p>"));
        assertEquals("A & B", RichText.plainText("<p>A &amp; B</p>"));
    }

    @Test
    void excerptCutsWithAnEllipsis() {
        assertEquals("文明城…", RichText.excerpt("<p>文明城市创建</p>", 4));
        assertEquals("文明", RichText.excerpt("<p>文明</p>", 4));
    }
}
