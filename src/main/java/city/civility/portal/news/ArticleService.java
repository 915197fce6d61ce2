package city.civility.portal.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.media.MediaFile;
import city.civility.portal.media.MediaService;
import city.civility.portal.platform.Conditions;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.SortBy;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.search.SearchOutbox;
import city.civility.portal.platform.publicsite.PublicContentVersion;

/** The editorial side of news: writing, reviewing, publishing and taking down articles. */
@Stateless
public class ArticleService {

    private static final String AUDIT_TYPE = "Article";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    @Inject
    MediaService media;

    @Inject
    SearchOutbox search;

    /** Small offices with one person doing both may allow approving one's own article. */
    @Inject
    @ConfigProperty(name = "portal.news.self-approval")
    boolean selfApprovalAllowed;

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public Article create(ArticleDraft draft) {
        ArticleDraft clean = draft.cleaned();
        Instant now = clock.now();
        Article article = new Article(channel(clean.channelId()), caller(), now);
        em.persist(article);
        em.flush(); // the article and its first revision point at each other: the article row comes first
        em.persist(article.revise(article.getChannel(), clean, files(clean), caller(), now));
        em.flush();
        audit.record("article.created", AUDIT_TYPE, article.getId(), "audit.detail.title", clean.title());
        return article;
    }

    /** Saves a new revision. {@code expectedVersion} is the version the editor loaded: a change made meanwhile is not overwritten. */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public Article save(long id, long expectedVersion, ArticleDraft draft) {
        ArticleDraft clean = draft.cleaned();
        Article article = require(id);
        if (article.getVersion() != expectedVersion) {
            throw new RuleViolation("news.article.changedMeanwhile");
        }
        em.persist(article.revise(channel(clean.channelId()), clean, files(clean), caller(), clock.now()));
        audit.record("article.saved", AUDIT_TYPE, id, "audit.detail.revision", article.getCurrentRevision().getNumber());
        return article;
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public Article submit(long id) {
        Article article = require(id);
        article.submit(caller(), clock.now());
        audit.record("article.submitted", AUDIT_TYPE, id, null);
        return article;
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Article sendBack(long id, String reason) {
        Article article = require(id);
        article.sendBack(reason, clock.now());
        audit.record("article.sentBack", AUDIT_TYPE, id, "audit.detail.reason", reason);
        return article;
    }

    /** Publishes now ({@code publishAt} null or past) or schedules for {@code publishAt}. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Article approve(long id, Instant publishAt) {
        Article article = require(id);
        article.approve(caller(), publishAt, clock.now(), selfApprovalAllowed);
        publicChange.fire(new PublicContentVersion.Changed());
        search.changed(ArticleSearch.TYPE, id);
        audit.record(article.getStatus() == ArticleStatus.SCHEDULED ? "article.scheduled" : "article.published",
                AUDIT_TYPE, id, publishAt == null ? null : "audit.detail.publishAt", publishAt);
        return article;
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Article withdraw(long id, String reason) {
        Article article = require(id);
        article.withdraw(reason, clock.now());
        publicChange.fire(new PublicContentVersion.Changed());
        search.changed(ArticleSearch.TYPE, id);
        audit.record("article.withdrawn", AUDIT_TYPE, id, "audit.detail.reason", reason);
        return article;
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Article archive(long id) {
        Article article = require(id);
        article.archive(clock.now());
        audit.record("article.archived", AUDIT_TYPE, id, null);
        return article;
    }

    /** Saves an earlier revision's content again, as the newest revision (a draft to review). */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public Article restore(long id, int number) {
        Article article = require(id);
        ArticleRevision old = revision(article, number);
        ArticleDraft content = new ArticleDraft(old.getChannel().getId(), old.getTitle(), old.getSubtitle(), old.getSummary(),
                old.getBody(), old.getAuthor(), old.getSource(), old.getTags(), old.isPinned(), old.isHeadline());
        em.persist(article.revise(old.getChannel(), content.cleaned(), old.getFiles(), caller(), clock.now()));
        audit.record("article.restored", AUDIT_TYPE, id, "audit.detail.restoredFrom", number);
        return article;
    }

    /** Every revision of an article, newest first. */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<ArticleRevision> revisions(long id) {
        return em.createQuery("SELECT r FROM ArticleRevision r WHERE r.article.id = :id ORDER BY r.number DESC", ArticleRevision.class)
                .setParameter("id", id).getResultList();
    }

    private ArticleRevision revision(Article article, int number) {
        return em.createQuery("SELECT r FROM ArticleRevision r WHERE r.article = :article AND r.number = :number", ArticleRevision.class)
                .setParameter("article", article).setParameter("number", number)
                .getResultStream().findFirst().orElseThrow(() -> new RuleViolation("news.revision.notFound"));
    }

    /** Run by the timer: publishes every scheduled article whose time has come. Returns how many. */
    @PermitAll
    public int publishDue() {
        Instant now = clock.now();
        List<Article> due = em.createQuery("SELECT a FROM Article a WHERE a.status = :scheduled AND a.scheduledFor <= :now", Article.class)
                .setParameter("scheduled", ArticleStatus.SCHEDULED).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Article article : due) {
            if (article.publishIfDue(now)) {
                search.changed(ArticleSearch.TYPE, article.getId());
                audit.recordAs(AuditLog.SYSTEM, "article.published", AUDIT_TYPE, article.getId(), "audit.detail.asScheduled");
            }
        }
        if (!due.isEmpty()) {
            publicChange.fire(new PublicContentVersion.Changed());
        }
        return due.size();
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    /** The admin list's filter; every part may be empty. */
    public record Filter(ArticleStatus status, Long channelId, String createdBy, LocalDate from, LocalDate to) {
    }

    /** The columns the staff's list can be sorted by, and what each sorts on. */
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "r.title", "channel", "a.channel.position", "status", "a.status",
            "createdBy", "a.createdBy", "updatedAt", "a.updatedAt");

    /** A page of the staff's list, sorted by one of its columns or else the newest change first. */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<Article> findForStaff(Filter filter, SortBy sort, int first, int size) {
        String orderBy = sort.orderBy(SORTABLE, "a.updatedAt DESC, a.id DESC", "a.id DESC");
        return staffQuery(filter, Article.class, "SELECT a FROM Article a JOIN a.currentRevision r", orderBy)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public long countForStaff(Filter filter) {
        return staffQuery(filter, Long.class, "SELECT COUNT(a) FROM Article a", "").getSingleResult();
    }

    private <T> TypedQuery<T> staffQuery(Filter filter, Class<T> type, String select, String orderBy) {
        return new Conditions()
                .and("a.status = :status", "status", filter.status())
                .and("a.channel.id = :channel", "channel", filter.channelId())
                .and("a.createdBy = :createdBy", "createdBy", filter.createdBy() == null ? null : filter.createdBy().strip().toLowerCase())
                .and("a.updatedAt >= :from", "from", PortalClock.startOf(filter.from()))
                .and("a.updatedAt < :to", "to", PortalClock.endOf(filter.to()))
                .query(em, type, select, orderBy);
    }

    /** The draft's cover picture and attachments, from the media library; the cover must be a picture. */
    private ArticleRevision.Files files(ArticleDraft clean) {
        MediaFile cover = clean.coverKey() == null ? null : mediaFile(clean.coverKey());
        if (cover != null && !cover.getType().isImage()) {
            throw new RuleViolation("news.cover.notPicture");
        }
        return new ArticleRevision.Files(cover, clean.attachmentKeys().stream().map(this::mediaFile).toList());
    }

    private MediaFile mediaFile(String key) {
        return media.find(key).orElseThrow(() -> new RuleViolation("news.media.unknown"));
    }

    private Article require(long id) {
        Article article = em.find(Article.class, id, LockModeType.OPTIMISTIC);
        if (article == null) {
            throw new RuleViolation("news.article.notFound");
        }
        return article;
    }

    private Channel channel(long id) {
        Channel channel = em.find(Channel.class, id);
        if (channel == null) {
            throw new RuleViolation("news.channel.required");
        }
        return channel;
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
