package city.civility.portal.news.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a plain-text capture of web pages into articles: headings such as
 * "第1篇 …", "… 篇1", or a title line repeated before each article mark the breaks;
 * site chrome (share buttons, download notices, copyright lines, recommended-article
 * lists) is dropped and counted. Never fails on a line: what it cannot use it skips.
 */
public final class TextArticles {

    /** One article found in a file: its title and its paragraphs, in order. */
    public record Parsed(String title, List<String> paragraphs) {
    }

    /** The articles of one file and how many lines were dropped as chrome. */
    public record Result(List<Parsed> articles, int skippedLines) {
    }

    private static final Pattern NUMBERED = Pattern.compile("^第\\s*([0-9一二三四五六七八九十]+)\\s*篇\\s*(.+)$");
    private static final Pattern NUMBERED_AFTER = Pattern.compile("^(.{4,40}?)\\s*篇\\s*([0-9]+)$");
    private static final Pattern CHROME = Pattern.compile(
            "微信扫码|扫一扫|点击下载|下载文档|文档下载|加入收藏|预计阅读|记住我|客服|侵犯您的权益|仅部分预览|精心为大家整理|希望对你有帮助"
                    + "|版权所有|Copyright|©|免责声明|上一篇|下一篇|分享到|阅读全文|本文链接|声明[:：]|^[-—]+\\s*[0-9]+、|《.*\\.docx?》"
                    + "|文档网|观山文库|admin 分享|^\\s*(分享|收藏|举报)\\s*$|微信扫碼|點擊下載|下載文檔|版權所有|上一篇|下一篇",
            Pattern.CASE_INSENSITIVE);
    /** After one of these, the rest of a page is a list of other articles. */
    private static final Pattern END_OF_ARTICLE = Pattern.compile("^(相关推荐|推荐阅读|相关文章|热门文章|猜你喜欢|更多相关|相關推薦|推薦閱讀|熱門文章)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：，,.!?;:]$");

    private TextArticles() {
    }

    public static Result parse(String fileName, String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        List<String> lines = new ArrayList<>();
        int skipped = 0;
        for (String line : raw) {
            String clean = line.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (CHROME.matcher(clean).find() || clean.codePoints().allMatch(c -> c == '\ufffd' || Character.isWhitespace(c))) {
                skipped++;
                continue;
            }
            lines.add(clean.replace("\ufffd", ""));
        }
        List<Parsed> articles = split(lines);
        int kept = articles.stream().mapToInt(a -> a.paragraphs().size() + 1).sum();
        return new Result(articles, skipped + Math.max(0, lines.size() - kept));
    }

    private static List<Parsed> split(List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher numbered = NUMBERED.matcher(lines.get(i));
            Matcher after = NUMBERED_AFTER.matcher(lines.get(i));
            if (numbered.matches()) {
                starts.add(i);
                titles.add(numbered.group(2).strip());
            } else if (after.matches()) {
                starts.add(i);
                titles.add(after.group(1).strip() + "（" + after.group(2) + "）");
            }
        }
        if (starts.isEmpty()) {
            String repeated = repeatedHeading(lines);
            if (repeated != null) {
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).equals(repeated)) {
                        starts.add(i);
                        titles.add(repeated);
                    }
                }
            }
        }
        List<Parsed> articles = new ArrayList<>();
        if (starts.isEmpty()) {
            int titleAt = firstTitleLine(lines);
            if (titleAt >= 0) {
                addArticle(articles, lines.get(titleAt), lines.subList(titleAt + 1, lines.size()));
            }
            return articles;
        }
        for (int s = 0; s < starts.size(); s++) {
            int end = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            addArticle(articles, titles.get(s), lines.subList(starts.get(s) + 1, end));
        }
        return numberRepeatedTitles(articles);
    }

    /** Several articles under one title become "title（1）", "title（2）"… */
    private static List<Parsed> numberRepeatedTitles(List<Parsed> articles) {
        Map<String, Long> counts = new LinkedHashMap<>();
        articles.forEach(a -> counts.merge(a.title(), 1L, Long::sum));
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Parsed> numbered = new ArrayList<>();
        for (Parsed a : articles) {
            if (counts.get(a.title()) > 1) {
                int n = seen.merge(a.title(), 1, Integer::sum);
                numbered.add(new Parsed(a.title() + "（" + n + "）", a.paragraphs()));
            } else {
                numbered.add(a);
            }
        }
        return numbered;
    }

    private static void addArticle(List<Parsed> articles, String title, List<String> body) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : body) {
            if (END_OF_ARTICLE.matcher(line).find()) {
                break;
            }
            if (!line.equals(title)) {
                paragraphs.add(line);
            }
        }
        // A page needs some text to be an article; a heading with a line under it is chrome.
        if (paragraphs.stream().mapToInt(String::length).sum() >= 80) {
            articles.add(new Parsed(title.length() > 200 ? title.substring(0, 200) : title, paragraphs));
        }
    }

    /** A short title-like line that stands alone more than once: each occurrence starts an article. */
    private static String repeatedHeading(List<String> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : lines) {
            if (isTitleLike(line)) {
                counts.merge(line, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The first title-like line that has a real paragraph soon after it. */
    private static int firstTitleLine(List<String> lines) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (isTitleLike(lines.get(i)) && lines.subList(i + 1, Math.min(lines.size(), i + 4)).stream().anyMatch(l -> l.length() > 60)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTitleLike(String line) {
        int length = line.codePointCount(0, line.length());
        return length >= 6 && length <= 40 && !SENTENCE_END.matcher(line).find()
                && line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !line.startsWith("一、") && !line.matches("^[（(][一二三四五六七八九十0-9]+[）)].*");
    }
}
