package city.civility.portal.feedback;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import city.civility.portal.media.MediaService;
import city.civility.portal.media.ResidentPicture;
import city.civility.portal.media.Upload;
import city.civility.portal.platform.Database;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextSimilarity;
import city.civility.portal.platform.participation.Contact;
import city.civility.portal.platform.participation.ContactCodes;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.FormTokens;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.participation.SiteSecrets;
import city.civility.portal.platform.publicsite.PublicContentVersion;
import city.civility.portal.search.SearchOutbox;

/**
 * Complaints, suggestions and 随手拍 from the resident's side: sending a case, following it
 * through the link with its secret, adding to it, rating the answer, reopening; and the
 * public cases. Every write redeems its form's token in the same transaction.
 */
@Stateless
@PermitAll
public class FeedbackService {

    private static final Logger LOG = Logger.getLogger(FeedbackService.class.getName());
    /** The forms' names in their tokens. */
    public static final String CASE_FORM = "feedback";
    public static final String FOLLOW_UP_FORM = "feedback-follow-up";
    public static final String SUPPORT_FORM = "feedback-support";
    /** Cases one verified contact may send a day. */
    static final int CASES_PER_CONTACT_A_DAY = 5;
    /** Cases one address may send (PORTAL_LIMITS_CASES). */
    static final String CASES_PER_ADDRESS = "10/PT1H";
    /** Status-page look-ups and follow-ups one address may make (PORTAL_LIMITS_CASE_LOOKUPS). */
    static final String LOOKUPS_PER_ADDRESS = "120/PT1H";
    /** Cases one Open311 client may send (PORTAL_LIMITS_OPEN311). */
    static final String OPEN311_PER_CLIENT = "600/PT1H";
    /** GET requests answers at most so many, of so many days back when no dates are given (GeoReport v2's defaults). */
    public static final int OPEN311_MAX = 1000;
    static final Duration OPEN311_WINDOW = Duration.ofDays(90);
    /** From this share of common two-character pieces on, a case is offered as maybe the same problem. */
    static final int SIMILAR_FROM_PERCENT = 20;
    /** A case whose point is this near is offered as maybe the same problem. */
    static final long NEARBY_METRES = 300;
    /** The newest cases of the category compared with what the resident wrote. */
    private static final int SIMILAR_CANDIDATES = 300;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The officer of the demo's cases. */
    private static final String DEMO = "demo";
    /** A case the public sees (the entity's isPublic, as a query). */
    static final String PUBLIC = "c.consentToPublish = TRUE AND c.state IN (city.civility.portal.feedback.CaseState.ACCEPTED,"
            + " city.civility.portal.feedback.CaseState.IN_PROGRESS, city.civility.portal.feedback.CaseState.ANSWERED,"
            + " city.civility.portal.feedback.CaseState.CLOSED)";

    /** What an Open311 client sends with POST requests (GeoReport v2), as received: the attributes are {@code kind} and {@code publish}. */
    public record Open311Request(String serviceCode, Double latitude, Double longitude, String addressString, String description, String email,
            String phone, String kind, String publish) {
    }

    /** Which cases GET requests asks for: any field may be null (all). */
    public record Open311Filter(List<Long> ids, String serviceCode, Instant start, Instant end, Boolean open) {
    }

    /** A public case's number and last change. */
    public record Listed(String trackingNumber, Instant changedAt) {
    }

    /** What the resident keeps after sending: the number to quote, and the secret of their link. */
    public record Submitted(String trackingNumber, String secret) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    ContactCodes contacts;

    @Inject
    FormTokens forms;

    @Inject
    RateLimits limits;

    @Inject
    SiteSecrets secrets;

    @Inject
    MediaService media;

    @Inject
    WorkCalendar calendar;

    @Inject
    SearchOutbox searchLog;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    /** The categories a resident chooses from, in the office's order. */
    public List<FeedbackCategory> categories() {
        return em.createQuery("SELECT c FROM FeedbackCategory c WHERE c.active = TRUE ORDER BY c.position, c.code", FeedbackCategory.class)
                .getResultList();
    }

    /**
     * Keeps a resident's case and returns its number and the secret of its link. The contact is
     * the one the resident's code proved; photos go through the media library last, re-encoded
     * (which drops their location and every other metadata), and a refused photo refuses the case.
     */
    public Submitted submit(CaseForm form, List<Upload> photos, String contactProof, FormPass pass, String address) {
        Instant now = clock.now();
        FeedbackCategory category = form.categoryCode() == null ? null : em.find(FeedbackCategory.class, form.categoryCode());
        String secret = newSecret();
        int days = category == null ? 1 : category.getDeadlineDays();
        Optional<Contact> contact = contacts.verified(contactProof);
        FeedbackCase c = FeedbackCase.submit(form, category, contact, photos.size(), secrets.hash(CASE_FORM, secret), now,
                calendar.workingDays().dueAt(now, days));
        forms.redeem(pass.token(), pass.answer(), CASE_FORM, pass.visitor());
        if (contact.isPresent()) {
            long today = em.createQuery("SELECT COUNT(c) FROM FeedbackCase c WHERE c.contact = :contact AND c.receivedAt > :since", Long.class)
                    .setParameter("contact", contact.get().value()).setParameter("since", now.minus(Duration.ofDays(1))).getSingleResult();
            if (today >= CASES_PER_CONTACT_A_DAY) {
                throw new RuleViolation("feedback.tooManyToday", String.valueOf(CASES_PER_CONTACT_A_DAY));
            }
        }
        limits.check("cases", CASES_PER_ADDRESS, address);
        em.persist(c);
        em.flush(); // the id makes the tracking number, which names the photos
        c.showPhotos(store(c, photos, 0));
        LOG.info(() -> "event=case-received number=" + c.trackingNumber() + " kind=" + c.getKind() + " category=" + c.getCategory().getCode()
                + " photos=" + photos.size());
        return new Submitted(c.trackingNumber().toString(), secret);
    }

    /**
     * A case from another system through Open311: the same case as one from the form, under the
     * same rules, except that the contact is the one the client gives (the key's holder vouches
     * for it; there is no code to ask for). Returns its number.
     */
    public String submitFromOpen311(String client, Open311Request request) {
        Instant now = clock.now();
        limits.check("open311", OPEN311_PER_CLIENT, client);
        CaseKind kind = request.kind() == null || request.kind().isBlank() ? CaseKind.COMPLAINT
                : Arrays.stream(CaseKind.values()).filter(k -> k.name().equalsIgnoreCase(request.kind().strip())).findFirst()
                        .orElseThrow(() -> new RuleViolation("feedback.kind.invalid"));
        FeedbackCategory category = request.serviceCode() == null ? null : em.find(FeedbackCategory.class, request.serviceCode().strip());
        String address = request.addressString() == null || request.addressString().isBlank()
                ? (request.latitude() == null ? null : request.latitude() + ", " + request.longitude()) : request.addressString();
        Optional<Contact> contact = Optional.empty();
        if (request.email() != null && !request.email().isBlank()) {
            contact = Optional.of(Contact.parse(request.email()));
        } else if (request.phone() != null && !request.phone().isBlank()) {
            contact = Optional.of(Contact.parse(request.phone()));
        }
        FeedbackCase c = FeedbackCase.submit(new CaseForm(kind, request.serviceCode(), request.description(), address, request.latitude(),
                request.longitude(), "true".equalsIgnoreCase(request.publish())), category, contact, 0, secrets.hash(CASE_FORM, newSecret()), now,
                calendar.workingDays().dueAt(now, category == null ? 1 : category.getDeadlineDays()), "Open311: " + client);
        em.persist(c);
        em.flush();
        LOG.info(() -> "event=case-received number=" + c.trackingNumber() + " through=open311 client=" + client);
        return c.trackingNumber().toString();
    }

    /** Cases for GET requests: newest first, at most {@link #OPEN311_MAX}, received in the last 90 days unless dates are given. */
    public List<Open311Case> open311Cases(Open311Filter filter) {
        List<String> conditions = new ArrayList<>();
        Instant now = clock.now();
        if (filter.ids() != null && !filter.ids().isEmpty()) {
            conditions.add("c.id IN :ids");
        }
        if (filter.serviceCode() != null) {
            conditions.add("c.category.code = :code");
        }
        Instant start = filter.start() != null ? filter.start() : filter.end() == null && filter.ids() == null ? now.minus(OPEN311_WINDOW) : null;
        if (start != null) {
            conditions.add("c.receivedAt >= :start");
        }
        if (filter.end() != null) {
            conditions.add("c.receivedAt <= :end");
        }
        if (filter.open() != null) {
            conditions.add(filter.open() ? "c.state NOT IN :ended" : "c.state IN :ended");
        }
        var query = em.createQuery("SELECT c FROM FeedbackCase c" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY c.receivedAt DESC, c.id DESC", FeedbackCase.class);
        if (filter.ids() != null && !filter.ids().isEmpty()) {
            query.setParameter("ids", filter.ids());
        }
        if (filter.serviceCode() != null) {
            query.setParameter("code", filter.serviceCode());
        }
        if (start != null) {
            query.setParameter("start", start);
        }
        if (filter.end() != null) {
            query.setParameter("end", filter.end());
        }
        if (filter.open() != null) {
            query.setParameter("ended", List.of(CaseState.CLOSED, CaseState.REJECTED, CaseState.MERGED));
        }
        return query.setMaxResults(OPEN311_MAX).getResultStream().map(Open311Case::of).toList();
    }

    /** The photos through the media library, under neutral names (a resident's file name may say who is in it). */
    private List<ResidentPicture> store(FeedbackCase c, List<Upload> photos, int before) {
        List<ResidentPicture> kept = new ArrayList<>();
        String maxMegabytes = String.valueOf(media.limits().maxImageMb());
        for (Upload photo : photos) {
            try {
                kept.add(media.uploadResidentPicture(c.trackingNumber() + "-" + (before + kept.size() + 1), photo.content()));
            } catch (RuleViolation refused) {
                throw new RuleViolation("feedback.photo.refused", String.valueOf(kept.size() + 1), maxMegabytes);
            }
        }
        return kept;
    }

    /** The case behind a link: its number and secret, or empty (a wrong secret is no case at all). */
    public Optional<TrackedCase> track(String number, String secret, String address) {
        limits.check("case-lookups", LOOKUPS_PER_ADDRESS, address);
        return bySecret(number, secret).map(this::tracked);
    }

    /** The resident adds text and photos to their open case. */
    public TrackedCase addInformation(String number, String secret, String text, List<Upload> photos, FormPass pass, String address) {
        FeedbackCase c = followUp(number, secret, pass, address);
        c.addInformation(text, photos.size(), clock.now());
        c.showPhotos(store(c, photos, c.getPhotos().size()));
        return tracked(c);
    }

    /** The resident's satisfaction (1 to 5 stars, with a comment) with the answer of their closed case. */
    public TrackedCase rate(String number, String secret, int stars, String comment, FormPass pass, String address) {
        FeedbackCase c = followUp(number, secret, pass, address);
        c.rate(stars, comment, clock.now());
        return tracked(c);
    }

    /** "Closed, not fixed": the case goes back to its department, with a new deadline from today. */
    public TrackedCase reopen(String number, String secret, String reason, FormPass pass, String address) {
        FeedbackCase c = followUp(number, secret, pass, address);
        Instant now = clock.now();
        c.reopen(reason, now, calendar.workingDays().dueAt(now, c.getCategory().getDeadlineDays()));
        changedInPublic(c);
        LOG.info(() -> "event=case-reopened number=" + c.trackingNumber() + " department=" + c.getDepartment());
        return tracked(c);
    }

    /** Another resident's "this is mine too" on an open public case, instead of a new case of the same problem; once per visitor. */
    public int support(String number, FormPass pass, String address) {
        limits.check("case-lookups", LOOKUPS_PER_ADDRESS, address);
        FeedbackCase c = TrackingNumber.parse(number).flatMap(this::byNumber).filter(FeedbackCase::isPublic)
                .orElseThrow(() -> new RuleViolation("feedback.track.notFound"));
        forms.redeem(pass.token(), pass.answer(), SUPPORT_FORM, pass.visitor());
        c.support(clock.now());
        try {
            // The key refuses a second "mine too" from the same visitor, also two at the same moment.
            em.createNativeQuery("INSERT INTO feedback_supporter (case_id, visitor_key) VALUES (?1, ?2)")
                    .setParameter(1, c.getId()).setParameter(2, secrets.hash("feedback-supporter", pass.visitor())).executeUpdate();
        } catch (PersistenceException e) {
            if (Database.isUniqueViolation(e)) {
                throw new RuleViolation("feedback.support.already");
            }
            throw e;
        }
        changedInPublic(c);
        return c.getSupporters();
    }

    private FeedbackCase followUp(String number, String secret, FormPass pass, String address) {
        limits.check("case-lookups", LOOKUPS_PER_ADDRESS, address);
        FeedbackCase c = bySecret(number, secret).orElseThrow(() -> new RuleViolation("feedback.track.notFound"));
        forms.redeem(pass.token(), pass.answer(), FOLLOW_UP_FORM, pass.visitor());
        return c;
    }

    private TrackedCase tracked(FeedbackCase c) {
        String mergedInto = c.getMergedInto() == null ? null
                : Optional.ofNullable(em.find(FeedbackCase.class, c.getMergedInto())).map(m -> m.trackingNumber().toString()).orElse(null);
        return TrackedCase.of(c, mergedInto, clock.now());
    }

    private Optional<FeedbackCase> bySecret(String number, String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 64) {
            return Optional.empty();
        }
        String hash = secrets.hash(CASE_FORM, secret.strip());
        return TrackingNumber.parse(number).flatMap(this::byNumber).filter(c -> c.secretIs(hash));
    }

    private Optional<FeedbackCase> byNumber(TrackingNumber number) {
        return FeedbackCase.byNumber(em, number);
    }

    /**
     * Open public cases a resident about to send one may mean, so they say "mine too" instead of
     * sending it again: of the same category, received in the last 90 days, whose text shares at
     * least {@link #SIMILAR_FROM_PERCENT} of its two-character pieces with {@code text}, or whose
     * point is within {@link #NEARBY_METRES}; the most alike first, at most {@code max}.
     */
    public List<Similar> similar(String categoryCode, String text, Double latitude, Double longitude, int max, String address) {
        limits.check("case-lookups", LOOKUPS_PER_ADDRESS, address);
        if (categoryCode == null || text == null || text.isBlank() && latitude == null) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM FeedbackCase c WHERE " + PUBLIC + " AND c.category.code = :category AND c.receivedAt > :since"
                        + " AND c.state <> city.civility.portal.feedback.CaseState.CLOSED ORDER BY c.receivedAt DESC", FeedbackCase.class)
                .setParameter("category", categoryCode).setParameter("since", clock.now().minus(OPEN311_WINDOW)).setMaxResults(SIMILAR_CANDIDATES)
                .getResultStream()
                .map(c -> new Similar(PublicCase.of(c), TextSimilarity.percent(text == null ? "" : text, c.getDescription()),
                        latitude == null || c.getLatitude() == null ? null : metres(latitude, longitude, c.getLatitude(), c.getLongitude())))
                .filter(m -> m.percent() >= SIMILAR_FROM_PERCENT || m.metres() != null && m.metres() <= NEARBY_METRES)
                .sorted(Comparator.comparingInt(Similar::percent).reversed()).limit(max).toList();
    }

    /** A case offered as the same problem: how alike its text is (0–100) and how far its point is (metres, or null). */
    public record Similar(PublicCase publicCase, int percent, Long metres) {
    }

    /** The distance of two points on the earth (haversine), in metres. */
    static long metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return Math.round(6_371_000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)));
    }

    /** A public case by its number, with its blurred photo if it is on the 曝光台. */
    public Optional<PublicCase> publicCase(String number) {
        return TrackingNumber.parse(number).flatMap(this::byNumber).filter(FeedbackCase::isPublic)
                .map(c -> PublicCase.of(c, Optional.ofNullable(em.find(Exposure.class, c.getId())).map(Exposure::getPhotoKey).orElse(null)));
    }

    /** The 曝光台: public cases shown with their blurred photo, the newest published first. */
    public List<PublicCase> exposures(int first, int size) {
        return em.createQuery("SELECT c, e.photoKey FROM FeedbackCase c, Exposure e WHERE e.caseId = c.id AND " + PUBLIC
                        + " ORDER BY e.publishedAt DESC, c.id DESC", Object[].class)
                .setFirstResult(first).setMaxResults(size).getResultStream().map(row -> PublicCase.of((FeedbackCase) row[0], (String) row[1])).toList();
    }

    public long countExposures() {
        return em.createQuery("SELECT COUNT(c) FROM FeedbackCase c, Exposure e WHERE e.caseId = c.id AND " + PUBLIC, Long.class).getSingleResult();
    }

    /** Public cases, newest first, of a category and state (all when null). */
    public List<PublicCase> publicCases(String categoryCode, CaseState state, int first, int size) {
        return filtered(em.createQuery("SELECT c FROM FeedbackCase c WHERE " + PUBLIC + where(categoryCode, state)
                + " ORDER BY c.receivedAt DESC, c.id DESC", FeedbackCase.class), categoryCode, state)
                .setHint("eclipselink.batch", "c.events").setHint("eclipselink.batch.type", "IN") // one query for the page's events
                .setFirstResult(first).setMaxResults(size).getResultStream().map(PublicCase::of).toList();
    }

    public long countPublic(String categoryCode, CaseState state) {
        return filtered(em.createQuery("SELECT COUNT(c) FROM FeedbackCase c WHERE " + PUBLIC + where(categoryCode, state), Long.class),
                categoryCode, state).getSingleResult();
    }

    /** The public cases' numbers and last changes, in id order, for the sitemap. */
    public List<Listed> publicNumbers(int first, int max) {
        return em.createQuery("SELECT c.id, c.receivedAt, c.changedAt FROM FeedbackCase c WHERE " + PUBLIC + " ORDER BY c.id", Object[].class)
                .setFirstResult(first).setMaxResults(max).getResultStream()
                .map(row -> new Listed(TrackingNumber.of((Long) row[0], (Instant) row[1]).toString(), (Instant) row[2])).toList();
    }

    private static String where(String categoryCode, CaseState state) {
        return (categoryCode == null ? "" : " AND c.category.code = :category") + (state == null ? "" : " AND c.state = :state");
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, String categoryCode, CaseState state) {
        if (categoryCode != null) {
            query.setParameter("category", categoryCode);
        }
        if (state != null) {
            query.setParameter("state", state);
        }
        return query;
    }

    /** Tells the page cache and the search index that what the public sees of the case may have changed. */
    private void changedInPublic(FeedbackCase c) {
        publicChange.fire(new PublicContentVersion.Changed());
        searchLog.changed(CaseSearch.TYPE, c.getId());
    }

    /**
     * Fills an empty case list with the demo city's cases, each taken as far as the office got
     * with it, at times in the past; returns how many were added.
     */
    public int loadDemo(List<DemoCase> cases) {
        if (em.createQuery("SELECT COUNT(c) FROM FeedbackCase c", Long.class).getSingleResult() > 0) {
            return 0;
        }
        Instant now = clock.now();
        WorkingDays workingDays = calendar.workingDays();
        for (DemoCase demo : cases) {
            FeedbackCategory category = em.find(FeedbackCategory.class, demo.categoryCode());
            Instant received = now.minus(Duration.ofDays(demo.daysAgo()));
            FeedbackCase c = FeedbackCase.submit(new CaseForm(demo.kind(), demo.categoryCode(), demo.description(), demo.address(), null, null, true),
                    category, Optional.of(Contact.parse("demo-resident@example.com")), 0, secrets.hash(CASE_FORM, newSecret()), received,
                    workingDays.dueAt(received, category.getDeadlineDays()));
            c.accept(category.getDepartment(), DEMO, received.plus(Duration.ofHours(2)));
            Instant answered = received.plus(Duration.ofDays(demo.answerAfterDays()));
            switch (demo.reached()) {
                case IN_PROGRESS -> {
                    c.start(DEMO, received.plus(Duration.ofHours(5)));
                    c.reply(demo.answer(), DEMO, answered);
                }
                case ANSWERED -> c.answer(demo.answer(), DEMO, answered);
                case CLOSED -> {
                    c.answer(demo.answer(), DEMO, answered);
                    c.close(DEMO, answered.plus(Duration.ofDays(1)));
                    if (demo.rating() != null) {
                        c.rate(demo.rating(), null, answered.plus(Duration.ofDays(1)).plus(Duration.ofHours(3)));
                    }
                }
                default -> {
                    // accepted, waiting for its department
                }
            }
            em.persist(c);
            em.flush();
            searchLog.changed(CaseSearch.TYPE, c.getId());
        }
        publicChange.fire(new PublicContentVersion.Changed());
        return cases.size();
    }

    private static String newSecret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
