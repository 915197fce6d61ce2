package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.publicsite.PublicContentVersion;

class ArticleWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    private final Article article = new Article(null, "editor", NOW);

    private ArticleRevision write(String title, String by) {
        return write(title, by, false);
    }

    private ArticleRevision write(String title, String by, boolean pinned) {
        return article.revise(null, new ArticleDraft(1, title, "", "", "<p>正文</p>", "", "", "", pinned, false).cleaned(), ArticleRevision.Files.NONE, by, NOW);
    }

    @Test
    void aReviewerPublishesWhatAnEditorSubmitted() {
        ArticleRevision first = write("第一稿", "editor");
        article.submit("editor", NOW);
        article.approve("reviewer", null, NOW, false);
        assertEquals(ArticleStatus.PUBLISHED, article.getStatus());
        assertSame(first, article.getPublishedRevision());
        assertEquals(NOW, article.getFirstPublishedAt());
    }

    @Test
    void nobodyApprovesTheirOwnArticleUnlessTheOfficeAllowsIt() {
        write("自己写的", "editor");
        article.submit("editor", NOW);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> article.approve("editor", null, NOW, false));
        assertEquals("news.workflow.selfApproval", refused.messageKey());
        assertEquals(ArticleStatus.SUBMITTED, article.getStatus());
        article.approve("editor", null, NOW, true);
        assertTrue(article.isPublic());
    }

    @Test
    void sendingBackNeedsAReasonAndReturnsToDraft() {
        write("初稿", "editor");
        article.submit("editor", NOW);
        assertThrows(RuleViolation.class, () -> article.sendBack("  ", NOW));
        article.sendBack("标题有错别字", NOW);
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertEquals("标题有错别字", article.getReviewNote());
    }

    @Test
    void aScheduledArticleIsPublishedOnlyWhenItsTimeHasCome() {
        write("定时发布", "editor");
        article.submit("editor", NOW);
        article.approve("reviewer", NOW.plus(Duration.ofMinutes(1)), NOW, false);
        assertEquals(ArticleStatus.SCHEDULED, article.getStatus());
        assertFalse(article.publishIfDue(NOW.plusSeconds(59)));
        assertFalse(article.isPublic());
        assertTrue(article.publishIfDue(NOW.plusSeconds(60)));
        assertTrue(article.isPublic());
    }

    @Test
    void editingAPublishedArticleKeepsThePublicVersionUntilTheNewOneIsApproved() {
        ArticleRevision approved = write("已发布", "editor");
        article.submit("editor", NOW);
        article.approve("reviewer", null, NOW, false);

        ArticleRevision edited = write("修改中", "editor", true);
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertSame(approved, article.getPublishedRevision(), "the public still sees the approved text");
        assertFalse(article.isPinned(), "nor is it pinned before review");
        assertTrue(article.hasPendingChanges());

        article.submit("editor", NOW);
        article.approve("reviewer", null, NOW.plusSeconds(10), false);
        assertSame(edited, article.getPublishedRevision());
        assertTrue(article.isPinned());
        assertEquals(NOW, article.getFirstPublishedAt(), "the publication date stays the first one");
        assertEquals(2, edited.getNumber());
    }

    @Test
    void withdrawingMakesTheArticleGoneAndOnlyThenArchivable() {
        write("将撤下", "editor");
        assertThrows(RuleViolation.class, () -> article.withdraw("原因", NOW), "a draft was never public");
        article.submit("editor", NOW);
        article.approve("reviewer", null, NOW, false);
        assertThrows(RuleViolation.class, () -> article.archive(NOW));
        article.withdraw("信息有误", NOW);
        assertTrue(article.isGone());
        assertFalse(article.isPublic());
        article.archive(NOW);
        assertEquals(ArticleStatus.ARCHIVED, article.getStatus());
        assertThrows(RuleViolation.class, () -> write("再改", "editor"));
    }

    @Test
    void theWorkflowsQuestionsOfferEachStepOnlyWhereItIsAllowed() {
        write("初稿", "editor");
        assertSteps(true, true, false, false, false);
        article.submit("editor", NOW);
        assertSteps(true, false, true, false, false);
        article.approve("reviewer", null, NOW, false);
        assertSteps(true, false, false, true, false);
        article.withdraw("信息有误", NOW);
        assertSteps(true, false, false, false, true);
        article.archive(NOW);
        assertSteps(false, false, false, false, false);
    }

    private void assertSteps(boolean revise, boolean submit, boolean review, boolean withdraw, boolean archive) {
        assertEquals(List.of(revise, submit, review, withdraw, archive), List.of(article.mayBeRevised(), article.mayBeSubmitted(),
                article.awaitsReview(), article.mayBeWithdrawn(), article.mayBeArchived()), article.getStatus().name());
    }

    @Test
    void aDraftWithoutTitleOrBodyIsRefusedAndAMissingSummaryIsMadeFromTheBody() {
        assertEquals("news.title.required", assertThrows(RuleViolation.class,
                () -> new ArticleDraft(1, "  ", "", "", "<p>x</p>", "", "", "", false, false).cleaned()).messageKey());
        assertEquals("news.body.required", assertThrows(RuleViolation.class,
                () -> new ArticleDraft(1, "标题", "", "", "<script>alert(1)</script>", "", "", "", false, false).cleaned()).messageKey());
        ArticleDraft clean = new ArticleDraft(1, " 标题\u0007 ", "", "", "<p>身边<b>好人</b>评选活动启动</p>", "", "",
                "好人， 道德模范,好人", false, false).cleaned();
        assertEquals("标题", clean.title());
        assertEquals("身边好人评选活动启动", clean.summary());
        assertEquals("好人,道德模范", clean.tags());
    }
}
