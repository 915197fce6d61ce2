package city.civility.portal.news.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.TestArticles;

/** The test articles (src/test/resources/articles) split into the 11 articles their README counts, chrome dropped. */
class TextArticlesTest {

    private static TextArticles.Result parse(String fileName) throws IOException {
        Path file = TestArticles.folder().resolve(fileName);
        return TextArticles.parse(fileName, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void eachFileGivesTheArticlesItsReadmeCounts() throws IOException {
        assertEquals(1, parse("01_one-page-with-chrome.txt").articles().size());
        assertEquals(3, parse("02_repeated-heading.txt").articles().size());
        assertEquals(2, parse("03_numbered-articles.txt").articles().size());
        assertEquals(4, parse("04_traditional-numbered.txt").articles().size());
        assertEquals(1, parse("05_download-notices.txt").articles().size());
    }

    @Test
    void titlesComeFromTheHeadingsAndChromeIsGone() throws IOException {
        TextArticles.Result page = parse("01_one-page-with-chrome.txt");
        TextArticles.Parsed first = page.articles().get(0);
        assertEquals("临溪区城市管理局创建全国文明城市工作总结", first.title());
        String text = String.join("", first.paragraphs());
        for (String chrome : List.of("溪山文苑", "预计阅读", "分享到", "上一篇", "\ufffd")) {
            assertFalse(text.contains(chrome), chrome);
        }
        assertTrue(first.paragraphs().get(first.paragraphs().size() - 1).endsWith("城市面貌的变。"),
                "a line with a cut character keeps its text");
        assertTrue(page.skippedLines() > 0);

        List<TextArticles.Parsed> repeated = parse("02_repeated-heading.txt").articles();
        assertEquals(List.of("社区新时代文明实践站工作情况汇报（1）", "社区新时代文明实践站工作情况汇报（2）", "社区新时代文明实践站工作情况汇报（3）"),
                repeated.stream().map(TextArticles.Parsed::title).toList());
        String last = String.join("", repeated.get(2).paragraphs());
        assertTrue(last.endsWith("文明节俭的新风尚逐步形成。"), "the recommended articles after it are not part of it: " + last);

        assertEquals("临溪区道德模范事迹巡讲活动情况报告", parse("03_numbered-articles.txt").articles().get(1).title());
        List<TextArticles.Parsed> traditional = parse("04_traditional-numbered.txt").articles();
        assertEquals("雲嶺縣精神文明建設工作匯報（1）", traditional.get(0).title());
        assertTrue(traditional.get(0).paragraphs().get(0).startsWith("今年以來，雲嶺縣以創建全國文明城市為統領"),
                "Traditional text is kept as it is");
        String lastTraditional = String.join("", traditional.get(3).paragraphs());
        assertTrue(lastTraditional.endsWith("結交朋友。"), "相關推薦 ends it too: " + lastTraditional);

        TextArticles.Parsed report = parse("05_download-notices.txt").articles().get(0);
        assertEquals("2023年临溪区文明办年度工作总结", report.title());
        assertFalse(String.join("", report.paragraphs()).contains("下载文档前请自行甄别"));
    }

    @Test
    void aBrokenOrEmptyFileGivesNoArticleAndNoError() {
        assertEquals(0, TextArticles.parse("empty.txt", "").articles().size());
        assertEquals(0, TextArticles.parse("junk.txt", "\ufffd\ufffd\n\u0000\u0001\n微信扫码分享\n").articles().size());
    }
}
