package city.civility.portal.news;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.media.MediaFile;
import city.civility.portal.media.MediaService;
import city.civility.portal.platform.Conditions;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.Slugs;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.publicsite.PublicContentVersion;

/**
 * Topics (专题). A topic's page goes public without a separate review, so only those who
 * may publish — reviewers and administrators — make and change topics.
 */
@Stateless
@RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
public class TopicService {

    private static final String AUDIT_TYPE = "Topic";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    MediaService media;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    /** Every topic, newest first. */
    public List<Topic> all() {
        return em.createQuery("SELECT t FROM Topic t ORDER BY t.createdAt DESC, t.id DESC", Topic.class).getResultList();
    }

    public Optional<Topic> find(long id) {
        return Optional.ofNullable(em.find(Topic.class, id));
    }

    public Topic create(TopicDraft draft) {
        TopicDraft clean = draft.cleaned();
        Slugs.requireFree(em, Topic.class, clean.slug(), null, "topics.slug.taken");
        Topic topic = persist(clean, List.of());
        audit.record("topic.created", AUDIT_TYPE, topic.getId(), "audit.detail.title", clean.title());
        return topic;
    }

    /**
     * A topic the portal brings in itself (the demo content), recorded as {@code actor}, with
     * these articles in this order. A topic whose address is taken is skipped.
     */
    @PermitAll
    public void createImported(TopicDraft draft, List<Long> articleIds, String actor) {
        TopicDraft clean = draft.cleaned();
        if (!Slugs.taken(em, Topic.class, clean.slug(), null)) {
            Topic topic = persist(clean, articleIds);
            audit.recordAs(actor, "topic.created", AUDIT_TYPE, topic.getId(), "audit.detail.title", clean.title());
        }
    }

    private Topic persist(TopicDraft clean, List<Long> articleIds) {
        Instant now = clock.now();
        Topic topic = new Topic(clean, banner(clean), now);
        em.persist(topic);
        for (int i = articleIds.size() - 1; i >= 0; i--) { // each is added at the top
            topic.add(em.find(Article.class, articleIds.get(i)), now);
        }
        em.flush();
        publicChange.fire(new PublicContentVersion.Changed());
        return topic;
    }

    /** {@code expectedVersion} is the version the form loaded: a change made meanwhile is not overwritten. */
    public Topic update(long id, long expectedVersion, TopicDraft draft) {
        TopicDraft clean = draft.cleaned();
        Topic topic = require(id);
        if (topic.getVersion() != expectedVersion) {
            throw new RuleViolation("news.article.changedMeanwhile");
        }
        Slugs.requireFree(em, Topic.class, clean.slug(), id, "topics.slug.taken");
        topic.change(clean, banner(clean), clock.now());
        audit.record("topic.updated", AUDIT_TYPE, id, clean.visible() ? "audit.detail.title" : "audit.detail.titleHidden", clean.title());
        publicChange.fire(new PublicContentVersion.Changed());
        return topic;
    }

    public Topic addArticle(long id, long articleId) {
        Topic topic = require(id);
        Article article = em.find(Article.class, articleId);
        if (article == null || article.getStatus() == ArticleStatus.ARCHIVED) {
            throw new RuleViolation("news.article.notFound");
        }
        topic.add(article, clock.now());
        audit.record("topic.articleAdded", AUDIT_TYPE, id, "audit.detail.article", articleId);
        publicChange.fire(new PublicContentVersion.Changed());
        return topic;
    }

    public Topic removeArticle(long id, long articleId) {
        Topic topic = require(id);
        topic.remove(articleId, clock.now());
        audit.record("topic.articleRemoved", AUDIT_TYPE, id, "audit.detail.article", articleId);
        publicChange.fire(new PublicContentVersion.Changed());
        return topic;
    }

    public Topic moveArticle(long id, long articleId, boolean up) {
        Topic topic = require(id);
        topic.move(articleId, up, clock.now());
        audit.record("topic.articleMoved", AUDIT_TYPE, id, up ? "audit.detail.articleMovedUp" : "audit.detail.articleMovedDown", articleId);
        publicChange.fire(new PublicContentVersion.Changed());
        return topic;
    }

    /** Articles (not archived) whose current title contains {@code typed}, newest first: what can be added to a topic. */
    public List<Article> candidates(String typed, int max) {
        return new Conditions().and("LOWER(r.title) LIKE :title", "title", Conditions.containing(typed))
                .and("a.status <> :archived", "archived", ArticleStatus.ARCHIVED)
                .query(em, Article.class, "SELECT a FROM Article a JOIN a.currentRevision r", " ORDER BY a.updatedAt DESC, a.id DESC")
                .setMaxResults(max).getResultList();
    }

    private MediaFile banner(TopicDraft clean) {
        return clean.bannerKey() == null ? null
                : media.find(clean.bannerKey()).orElseThrow(() -> new RuleViolation("news.media.unknown"));
    }

    private Topic require(long id) {
        Topic topic = em.find(Topic.class, id, LockModeType.OPTIMISTIC);
        if (topic == null) {
            throw new RuleViolation("topics.notFound");
        }
        return topic;
    }
}
