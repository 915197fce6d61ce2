package city.civility.portal.platform.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.i18n.Languages;

/** An audit detail's arguments come back from their column as they went in, and read in the reader's language. */
class DetailArgumentsTest {

    private static final Locale ZH = Languages.SIMPLIFIED;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void textsComeBackAsWrittenWhateverTheyHold() {
        String[] texts = {"他说：\"不行\"", "it's {0} 'quoted' \\ back\\slash", "a,b]\u001F[c", "", "第二行\n第三行", "𠮷野家"};
        String stored = DetailArguments.encode((Object[]) texts);
        assertArrayEquals(texts, DetailArguments.shown(stored, ZH));
        assertArrayEquals(texts, DetailArguments.shown(stored, EN));
    }

    @Test
    void aDetailReadsInTheReadersLanguageAndAReasonStaysTheUsersWords() {
        AuditEntry entry = entry("audit.detail.reason", "标题有错别字，请改'正'后 {1} 再提交");
        assertEquals("理由：标题有错别字，请改'正'后 {1} 再提交", entry.detailIn(ZH));
        assertEquals("理由：标题有错别字，请改'正'后 {1} 再提交", entry.detailIn(Languages.TRADITIONAL));
        assertEquals("Reason: 标题有错别字，请改'正'后 {1} 再提交", entry.detailIn(EN));
    }

    @Test
    void numbersAreShownInDigitsAndTranslatedKeysAsTheirText() {
        AuditEntry restored = entry("audit.detail.restoredFrom", 12345);
        assertEquals("从第 12345 版恢复", restored.detailIn(ZH));
        assertEquals("From revision 12345", restored.detailIn(EN));

        AuditEntry account = entry("audit.detail.newAccount", "li-ming",
                List.of(new AuditLog.Translated("role.EDITOR"), new AuditLog.Translated("role.REVIEWER")));
        assertEquals("用户名：li-ming，角色：编辑、审核员", account.detailIn(ZH));
        assertEquals("使用者名稱：li-ming，角色：編輯、審核員", account.detailIn(Languages.TRADITIONAL));
        assertEquals("User name: li-ming, roles: Editor, Reviewer", account.detailIn(EN));
    }

    @Test
    void listsAreJoinedTheReadersWayAndAnEmptyListSaysSo() {
        AuditEntry words = entry("audit.detail.wordsChanged", 2, List.of("刷单", "代考"), 0, List.of());
        assertEquals("新增 2 个：刷单、代考；删除 0 个：无", words.detailIn(ZH));
        assertEquals("2 added: 刷单, 代考; 0 removed: none", words.detailIn(EN));
    }

    @Test
    void aTimeIsShownInTheOfficesZone() {
        assertEquals("发布时间：2026-03-01 09:30", entry("audit.detail.publishAt", Instant.parse("2026-03-01T01:30:00Z")).detailIn(ZH));
    }

    @Test
    void longTextsAndListsAreCutToFitTheColumnWithoutSplittingACharacter() {
        String name = "a" + "𠮷".repeat(3000);
        List<String> words = Collections.nCopies(5000, "词");
        String stored = DetailArguments.encode(name, words);
        assertTrue(stored.length() <= DetailArguments.MAX_LENGTH, stored.length() + " characters");
        Object[] shown = DetailArguments.shown(stored, ZH);
        String cutName = (String) shown[0];
        assertTrue(cutName.startsWith("a𠮷𠮷") && cutName.endsWith("𠮷…"), cutName);
        assertTrue(cutName.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE), "no half character");
        assertEquals(String.join("、", Collections.nCopies(20, "词")) + "、…", shown[1]);
    }

    @Test
    void textsThatGrowWhenStoredAreCutFurtherUntilTheyFit() {
        String quotes = "\"".repeat(500);
        String stored = DetailArguments.encode(quotes, quotes, quotes, quotes, quotes, quotes);
        assertTrue(stored.length() <= DetailArguments.MAX_LENGTH, stored.length() + " characters");
        for (Object shown : DetailArguments.shown(stored, ZH)) {
            assertTrue(((String) shown).matches("\"+…"), (String) shown);
        }
    }

    private static AuditEntry entry(String detailKey, Object... args) {
        return new AuditEntry(Instant.EPOCH, "admin", "article.restored", "Article", "1", detailKey, args);
    }
}
