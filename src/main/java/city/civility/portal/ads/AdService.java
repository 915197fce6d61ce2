package city.civility.portal.ads;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.media.FileType;
import city.civility.portal.media.MediaFile;
import city.civility.portal.media.MediaService;
import city.civility.portal.platform.Conditions;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.SortBy;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.publicsite.PublicContentVersion;
import city.civility.portal.search.SearchOutbox;

/**
 * The ad library: editors describe ads and deliver their files, reviewers publish and withdraw
 * them, the public browses and downloads what is published.
 */
@Stateless
public class AdService {

    static final String AUDIT_TYPE = "Ad";
    /** The widths of a picture's web copies: large for screens and the ad's page, small for banners and lists. */
    static final int LARGE_WIDTH = 1600;
    /** Captions are text: a film of an hour has some 100 KB of them. */
    static final long MAX_CAPTIONS_BYTES = 1024L * 1024L;
    static final int WEB_WIDTH = 800;
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "a.title", "year", "a.year", "status", "a.status", "changedAt", "a.changedAt");
    /** Who wrote and approved the demo city's ads. */
    static final String DEMO = "demo";
    static final String PUBLIC = "a.status = city.civility.portal.ads.AdStatus.PUBLISHED";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    @Inject
    MediaService media;

    @Inject
    SearchOutbox search;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    /** The review rules are the news desk's: one setting for both. */
    @Inject
    @ConfigProperty(name = "portal.news.self-approval")
    boolean selfApprovalAllowed;

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public Ad create(AdDraft draft) {
        AdDraft clean = draft.cleaned(thisYear());
        Ad ad = new Ad(clean, theme(clean.themeCode()), caller(), clock.now());
        em.persist(ad);
        em.flush();
        audit.record("ad.created", AUDIT_TYPE, ad.getId(), "audit.detail.title", clean.title());
        return ad;
    }

    /** {@code expectedVersion} is the version the editor loaded: a change made meanwhile is not overwritten. */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public Ad save(long id, long expectedVersion, AdDraft draft) {
        AdDraft clean = draft.cleaned(thisYear());
        Ad ad = require(id);
        if (ad.getVersion() != expectedVersion) {
            throw new RuleViolation("ads.changedMeanwhile");
        }
        ad.edit(clean, theme(clean.themeCode()), clock.now());
        audit.record("ad.saved", AUDIT_TYPE, id, "audit.detail.title", clean.title());
        return ad;
    }

    /**
     * The ad's original, read from {@code content} as it arrives (a film of 500 MB never whole in
     * memory), checked against the ad's format and its size limit; a picture gets its two web
     * copies. The files before it go from the ad (the library keeps their bytes: an audit may ask).
     */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public Ad uploadOriginal(long id, String fileName, InputStream content) {
        Ad ad = require(id);
        if (ad.getStatus() != AdStatus.DRAFT) {
            throw new RuleViolation("ads.workflow.notDraft");
        }
        MediaFile original = media.uploadOriginal(fileName, content, ad.getFormat().originalKinds(), ad.getFormat().maxOriginalMb() * 1024L * 1024L, caller());
        List<MediaFile> webCopies = webCopies(original, caller());
        ad.dropFiles(EnumSet.of(AdFileRole.ORIGINAL, AdFileRole.LARGE, AdFileRole.WEB));
        em.flush(); // the old rows go before the new ones come: one file of each role
        ad.attachOriginal(original, webCopies, clock.now());
        em.flush();
        audit.record("ad.original", AUDIT_TYPE, id, "audit.detail.fileName", original.getOriginalName());
        return ad;
    }

    /** A picture original's large and small web copies; none for a film or a sound. */
    private List<MediaFile> webCopies(MediaFile original, String actor) {
        return original.getType().isImage() ? media.renditions(original, List.of(LARGE_WIDTH, WEB_WIDTH), original.getOriginalName(), actor) : List.of();
    }

    /** A film's or a sound's still, stored as the library stores pictures (re-encoded, metadata gone). */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public Ad uploadPoster(long id, String fileName, InputStream content) {
        Ad ad = require(id);
        if (ad.getStatus() != AdStatus.DRAFT) {
            throw new RuleViolation("ads.workflow.notDraft");
        }
        MediaFile poster = media.uploadPicture(fileName, content);
        ad.dropFiles(EnumSet.of(AdFileRole.POSTER));
        em.flush();
        ad.attachPoster(poster, clock.now());
        em.flush();
        audit.record("ad.poster", AUDIT_TYPE, id, "audit.detail.fileName", poster.getOriginalName());
        return ad;
    }

    /** A film's captions (WebVTT, UTF-8 text, at most 1 MB), kept as sent: the browser shows them over the film. */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public Ad uploadCaptions(long id, String fileName, InputStream content) {
        Ad ad = require(id);
        if (ad.getStatus() != AdStatus.DRAFT) {
            throw new RuleViolation("ads.workflow.notDraft");
        }
        MediaFile captions = media.uploadOriginal(fileName, content, Set.of(FileType.Kind.CAPTIONS), MAX_CAPTIONS_BYTES, caller());
        ad.dropFiles(EnumSet.of(AdFileRole.CAPTIONS));
        em.flush();
        ad.attachCaptions(captions, clock.now());
        em.flush();
        audit.record("ad.captions", AUDIT_TYPE, id, "audit.detail.fileName", captions.getOriginalName());
        return ad;
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public Ad submit(long id) {
        Ad ad = require(id);
        ad.submit(caller(), clock.now());
        audit.record("ad.submitted", AUDIT_TYPE, id, null);
        return ad;
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public Ad reopen(long id) {
        Ad ad = require(id);
        ad.reopen(clock.now());
        audit.record("ad.reopened", AUDIT_TYPE, id, null);
        return ad;
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Ad sendBack(long id, String reason) {
        Ad ad = require(id);
        ad.sendBack(reason, clock.now());
        audit.record("ad.sentBack", AUDIT_TYPE, id, "audit.detail.reason", ad.getReviewNote());
        return ad;
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Ad approve(long id) {
        Ad ad = require(id);
        ad.approve(caller(), clock.now(), selfApprovalAllowed);
        publicChanged(id);
        audit.record("ad.published", AUDIT_TYPE, id, null);
        return ad;
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Ad withdraw(long id, String reason) {
        Ad ad = require(id);
        ad.withdraw(reason, clock.now());
        publicChanged(id);
        audit.record("ad.withdrawn", AUDIT_TYPE, id, "audit.detail.reason", ad.getReviewNote());
        return ad;
    }

    private void publicChanged(long id) {
        publicChange.fire(new PublicContentVersion.Changed());
        search.changed(AdSearch.TYPE, id);
    }

    /**
     * A work accepted from a call (see {@link AdCalls#accept}): published as it came, with web
     * copies of its picture; the moderator's acceptance is its review.
     */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Ad publishWork(AdDraft draft, MediaFile picture) {
        AdDraft clean = draft.cleaned(thisYear());
        Instant now = clock.now();
        Ad ad = new Ad(clean, theme(clean.themeCode()), caller(), now);
        ad.attachOriginal(picture, webCopies(picture, caller()), now);
        ad.submit(caller(), now);
        ad.approve(caller(), now, true);
        em.persist(ad);
        em.flush();
        publicChanged(ad.getId());
        audit.record("ad.published", AUDIT_TYPE, ad.getId(), "audit.detail.title", clean.title());
        return ad;
    }

    /**
     * Fills an empty library with the demo city's ads, published as if an editor had uploaded
     * them and a reviewer approved them (the demo is both), each on its placements for a year.
     * Returns how many were added.
     */
    @PermitAll
    public int loadDemo(List<DemoAd> demo) {
        if (em.createQuery("SELECT COUNT(a) FROM Ad a", Long.class).getSingleResult() > 0) {
            return 0;
        }
        Instant now = clock.now();
        for (DemoAd entry : demo) {
            AdDraft clean = entry.draft().cleaned(thisYear());
            Ad ad = new Ad(clean, theme(clean.themeCode()), DEMO, now);
            MediaFile original = media.uploadOriginal(entry.fileName(), new ByteArrayInputStream(entry.poster()), clean.format().originalKinds(),
                    clean.format().maxOriginalMb() * 1024L * 1024L, DEMO);
            ad.attachOriginal(original, webCopies(original, DEMO), now);
            ad.submit(DEMO, now);
            ad.approve(DEMO, now, true);
            em.persist(ad);
            LocalDate today = today();
            entry.placements().forEach((code, weight) -> em.persist(new AdSchedule(ad, em.find(AdPlacement.class, code), today,
                    today.plusYears(1).minusDays(1), weight, today, DEMO, now)));
            em.flush();
            search.changed(AdSearch.TYPE, ad.getId());
        }
        publicChange.fire(new PublicContentVersion.Changed());
        return demo.size();
    }

    /** Puts a published ad on a placement from a day to a day (both included) with a weight. */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public AdSchedule schedule(long adId, String placementCode, LocalDate from, LocalDate to, Integer weight) {
        Ad ad = require(adId);
        AdPlacement placement = Optional.ofNullable(placementCode).map(code -> em.find(AdPlacement.class, code))
                .orElseThrow(() -> new RuleViolation("ads.schedule.placementRequired"));
        AdSchedule schedule = new AdSchedule(ad, placement, from, to, weight, today(), caller(), clock.now());
        em.persist(schedule);
        em.flush();
        publicChange.fire(new PublicContentVersion.Changed()); // the pages carry their placements' ads
        audit.record("ad.scheduled", AUDIT_TYPE, adId, "audit.detail.adSchedule", placementCode, from.toString(), to.toString(), weight);
        return schedule;
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public void unschedule(long scheduleId) {
        AdSchedule schedule = Optional.ofNullable(em.find(AdSchedule.class, scheduleId)).orElseThrow(() -> new RuleViolation("ads.notFound"));
        em.remove(schedule);
        publicChange.fire(new PublicContentVersion.Changed());
        audit.record("ad.unscheduled", AUDIT_TYPE, schedule.getAd().getId(), "audit.detail.adSchedule", schedule.getPlacement().getCode(),
                schedule.getStartsOn().toString(), schedule.getEndsOn().toString(), schedule.getWeight());
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<AdSchedule> schedules(long adId) {
        return em.createQuery("SELECT s FROM AdSchedule s WHERE s.ad.id = :ad ORDER BY s.startsOn, s.id", AdSchedule.class)
                .setParameter("ad", adId).getResultList();
    }

    /** An ad's impressions and clicks on one placement, over every day counted (rows {@link AdCounts} writes). */
    public record PlacementCount(String placementCode, long impressions, long clicks) {
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<PlacementCount> counts(long adId) {
        @SuppressWarnings("unchecked") // a native query's rows: the three columns below
        List<Object[]> rows = em.createNativeQuery("SELECT placement_code, SUM(impressions), SUM(clicks) FROM ad_count WHERE ad_id = ?"
                + " GROUP BY placement_code ORDER BY placement_code").setParameter(1, adId).getResultList();
        return rows.stream().map(r -> new PlacementCount((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList();
    }

    /** The placements, in the office's order. */
    @PermitAll
    public List<AdPlacement> placements() {
        return em.createQuery("SELECT p FROM AdPlacement p ORDER BY p.position, p.code", AdPlacement.class).getResultList();
    }

    /** Every placement with the ads on air on it today, heaviest first (an ad scheduled twice counts its weights together). */
    @PermitAll
    public List<OnAir> onAir() {
        List<AdSchedule> schedules = em.createQuery("SELECT s FROM AdSchedule s JOIN FETCH s.ad a WHERE " + PUBLIC
                + " AND s.startsOn <= :today AND s.endsOn >= :today", AdSchedule.class).setParameter("today", today()).getResultList();
        return placements().stream().map(p -> {
            Map<Ad, Integer> weights = new LinkedHashMap<>();
            schedules.stream().filter(s -> s.getPlacement().getCode().equals(p.getCode()))
                    .forEach(s -> weights.merge(s.getAd(), s.getWeight(), Integer::sum));
            List<OnAir.Item> items = weights.entrySet().stream()
                    .sorted(Map.Entry.<Ad, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().getId()))
                    .map(e -> item(e.getKey(), e.getValue()))
                    .filter(i -> i.picture() != null) // a sound without its still has nothing to show on a page or a screen
                    .toList();
            return new OnAir(p.getCode(), p.getKind(), p.getSecondsEach(), items);
        }).toList();
    }

    @PermitAll
    public Optional<OnAir> onAir(String placementCode) {
        return onAir().stream().filter(o -> o.placement().equals(placementCode)).findFirst();
    }

    private static OnAir.Item item(Ad ad, int weight) {
        String large = ad.file(AdFileRole.LARGE).or(() -> ad.file(AdFileRole.POSTER)).map(f -> f.getMedia().getUrl()).orElse(null);
        String small = ad.file(AdFileRole.WEB).or(() -> ad.file(AdFileRole.POSTER)).map(f -> f.getMedia().getUrl()).orElse(large);
        Optional<MediaFile> film = ad.original().map(AdFile::getMedia).filter(m -> m.getType().kind() == FileType.Kind.VIDEO);
        return new OnAir.Item(ad.getId(), ad.getTitle(), ad.getAltText(), "/ads/" + ad.getId(), large, small,
                film.map(MediaFile::getUrl).orElse(null), film.map(m -> m.getType().contentType()).orElse(null),
                film.flatMap(f -> ad.file(AdFileRole.CAPTIONS)).map(f -> f.getMedia().getUrl()).orElse(null), weight);
    }

    /**
     * Pages carry their placements' ads and are kept until the public version moves: when a day
     * begins on which a schedule starts or after which one ended, it moves (once, on one instance).
     * Run every minute by {@link AdsOnAirWatch}.
     */
    @PermitAll
    public void turnTheDay(Instant publicVersion) {
        LocalDate today = today();
        LocalDate started = em.createQuery("SELECT MAX(s.startsOn) FROM AdSchedule s WHERE s.startsOn <= :today", LocalDate.class)
                .setParameter("today", today).getSingleResult();
        LocalDate ended = em.createQuery("SELECT MAX(s.endsOn) FROM AdSchedule s WHERE s.endsOn < :today", LocalDate.class)
                .setParameter("today", today).getSingleResult();
        LocalDate lastChange = Stream.of(started, ended == null ? null : ended.plusDays(1))
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (lastChange != null && publicVersion.isBefore(PortalClock.startOf(lastChange))) {
            publicChange.fire(new PublicContentVersion.Changed());
        }
    }

    private LocalDate today() {
        return clock.now().atZone(PortalClock.ZONE).toLocalDate();
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Optional<Ad> find(long id) {
        return Optional.ofNullable(em.find(Ad.class, id));
    }

    /** The staff list's filter: any part may be empty. */
    public record Filter(AdStatus status, String themeCode, AdFormat format, String title) {
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<Ad> findForStaff(Filter filter, SortBy sort, int first, int size) {
        return conditions(filter).query(em, Ad.class, "SELECT a FROM Ad a", sort.orderBy(SORTABLE, "a.changedAt DESC, a.id DESC", "a.id DESC"))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public long countForStaff(Filter filter) {
        return conditions(filter).query(em, Long.class, "SELECT COUNT(a) FROM Ad a", "").getSingleResult();
    }

    private static Conditions conditions(Filter filter) {
        return new Conditions().and("a.status = :status", "status", filter.status())
                .and("a.theme.code = :theme", "theme", filter.themeCode())
                .and("a.format = :format", "format", filter.format())
                .and("LOWER(a.title) LIKE :title", "title", Conditions.containing(filter.title()));
    }

    /** The themes an ad may be given, in the office's order. */
    @PermitAll
    public List<AdTheme> themes() {
        return em.createQuery("SELECT t FROM AdTheme t WHERE t.active = TRUE ORDER BY t.position, t.code", AdTheme.class).getResultList();
    }

    /** The gallery's filter: any part may be empty. */
    public record GalleryFilter(String themeCode, AdFormat format, Integer year) {
    }

    /** Published ads, newest first. */
    @PermitAll
    public List<PublicAd> gallery(GalleryFilter filter, int first, int max) {
        return galleryConditions(filter).query(em, Ad.class, "SELECT a FROM Ad a", " ORDER BY a.publishedAt DESC, a.id DESC")
                .setFirstResult(first).setMaxResults(max).getResultStream().map(PublicAd::of).toList();
    }

    @PermitAll
    public long countGallery(GalleryFilter filter) {
        return galleryConditions(filter).query(em, Long.class, "SELECT COUNT(a) FROM Ad a", "").getSingleResult();
    }

    private static Conditions galleryConditions(GalleryFilter filter) {
        return new Conditions().and("a.status = :published", "published", AdStatus.PUBLISHED)
                .and("a.theme.code = :theme", "theme", filter.themeCode())
                .and("a.format = :format", "format", filter.format())
                .and("a.year = :year", "year", filter.year());
    }

    /** The years published ads were made in, newest first: the gallery's year filter. */
    @PermitAll
    public List<Integer> publishedYears() {
        return em.createQuery("SELECT DISTINCT a.year FROM Ad a WHERE " + PUBLIC + " ORDER BY a.year DESC", Integer.class).getResultList();
    }

    /** Published ads by id, for the sitemap. */
    @PermitAll
    public List<PublicAd> publishedFrom(int first, int max) {
        return em.createQuery("SELECT a FROM Ad a WHERE " + PUBLIC + " ORDER BY a.id", Ad.class)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(PublicAd::of).toList();
    }

    @PermitAll
    public long countPublished() {
        return em.createQuery("SELECT COUNT(a) FROM Ad a WHERE " + PUBLIC, Long.class).getSingleResult();
    }

    /** A published ad as the public sees it; empty when there is none (or it is withdrawn: see {@link #withdrawn}). */
    @PermitAll
    public Optional<PublicAd> publicAd(long id) {
        return Optional.ofNullable(em.find(Ad.class, id)).filter(Ad::isPublic).map(PublicAd::of);
    }

    /** Whether the ad was public and has been withdrawn: its address answers 410 Gone rather than 404. */
    @PermitAll
    public boolean withdrawn(long id) {
        return Optional.ofNullable(em.find(Ad.class, id)).map(Ad::isGone).orElse(false);
    }

    /**
     * Counts a download of a published ad's file and says which media file to send; empty when
     * the ad is not public or has no such file. Counted in the database (one UPDATE), so that
     * downloads at the same moment are all counted.
     */
    @PermitAll
    public Optional<MediaFile> download(long adId, AdFileRole role) {
        Ad ad = em.find(Ad.class, adId);
        if (ad == null || !ad.isPublic()) {
            return Optional.empty();
        }
        Optional<AdFile> file = ad.file(role);
        file.ifPresent(f -> em.createQuery("UPDATE AdFile f SET f.downloads = f.downloads + 1 WHERE f.id = :id")
                .setParameter("id", f.getId()).executeUpdate());
        return file.map(AdFile::getMedia);
    }

    private Ad require(long id) {
        return find(id).orElseThrow(() -> new RuleViolation("ads.notFound"));
    }

    private AdTheme theme(String code) {
        return Optional.ofNullable(em.find(AdTheme.class, code)).filter(AdTheme::isActive).orElseThrow(() -> new RuleViolation("ads.theme.required"));
    }

    private int thisYear() {
        return clock.now().atZone(PortalClock.ZONE).getYear();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
