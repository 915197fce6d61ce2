package city.civility.portal.news.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The shared corpus (../shared/corpus) splits into its 16 articles, chrome dropped. */
class TextArticlesTest {

    static final Path CORPUS = Path.of(System.getProperty("portal.corpus", "../shared/corpus"));

    private static TextArticles.Result parse(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return TextArticles.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void eachFileGivesTheArticlesItsReadmeCounts() throws IOException {
        assertEquals(1, parse("000_").articles().size());
        assertEquals(3, parse("001_").articles().size());
        assertEquals(2, parse("002_").articles().size());
        assertEquals(9, parse("003_").articles().size());
        assertEquals(1, parse("004_").articles().size());
    }

    @Test
    void titlesComeFromTheHeadingsAndChromeIsGone() throws IOException {
        TextArticles.Parsed first = parse("000_").articles().get(0);
        assertEquals("汝州市文化广电新闻出版局创建全国文明城市工作总结", first.title());
        assertFalse(String.join("", first.paragraphs()).contains("观山文库"));
        assertFalse(String.join("", first.paragraphs()).contains("预计阅读"));
        assertTrue(parse("000_").skippedLines() > 0);

        assertEquals("全区文化执法半年工作总结范文", parse("002_").articles().get(0).title());
        List<TextArticles.Parsed> traditional = parse("003_").articles();
        assertEquals("創文工作開展情況匯報（1）", traditional.get(0).title());
        assertTrue(traditional.get(0).paragraphs().get(0).codePoints().anyMatch(c -> c == '創' || c == '們' || c == '會'),
                "Traditional text is kept as it is");
        String report = String.join("", parse("004_").articles().get(0).paragraphs());
        assertFalse(report.contains("下载文档前请自行甄别"));
        assertEquals("2020年文明办年度工作总结", parse("004_").articles().get(0).title());
    }

    @Test
    void aBrokenOrEmptyFileGivesNoArticleAndNoError() {
        assertEquals(0, TextArticles.parse("empty.txt", "").articles().size());
        assertEquals(0, TextArticles.parse("junk.txt", "\ufffd\ufffd\n\u0000\u0001\n微信扫码分享\n").articles().size());
    }
}
