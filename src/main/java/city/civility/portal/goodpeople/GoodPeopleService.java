package city.civility.portal.goodpeople;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;

import city.civility.portal.media.DemoPictures;
import city.civility.portal.media.MediaService;
import city.civility.portal.media.Upload;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.SortBy;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.TextSimilarity;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.moderation.ModerationStatus;
import city.civility.portal.platform.participation.Contact;
import city.civility.portal.platform.participation.ContactCodes;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.FormTokens;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.participation.TrackingNumbers;
import city.civility.portal.platform.publicsite.PublicContentVersion;
import city.civility.portal.search.SearchOutbox;

/** 身边好人: residents nominate and follow their nominations; reviewers vet them. */
@Stateless
@PermitAll
public class GoodPeopleService {

    private static final Logger LOG = Logger.getLogger(GoodPeopleService.class.getName());
    /** The forms' names in their tokens. */
    public static final String NOMINATION_FORM = "nominate";
    public static final String ANSWER_FORM = "nomination-answer";
    /** A nomination's tracking number's kind. */
    private static final String TRACKING = "GP";
    private static final Map<String, String> SORTABLE = Map.of(
            "submittedAt", "g.submittedAt", "nomineeName", "g.nomineeName", "category", "g.category", "status", "g.moderation.status");
    /** From this share of common pieces on ({@link TextSimilarity}), two nominations of one name are suggested to the reviewer as one. */
    static final int DUPLICATE_FROM_PERCENT = 25;
    /** Nominations one verified contact may send a day: a resident knows a few good people, not dozens. */
    static final int NOMINATIONS_PER_CONTACT_A_DAY = 3;
    /** Nominations one address may send (PORTAL_LIMITS_NOMINATIONS). */
    static final String NOMINATIONS_PER_ADDRESS = "10/PT1H";
    /** Tracking-number look-ups one address may make (PORTAL_LIMITS_TRACKING): no guessing numbers. */
    static final String LOOKUPS_PER_ADDRESS = "60/PT1H";
    /** An entry the public sees (with {@code :approved}). */
    private static final String PUBLIC = "g.moderation.status = :approved AND g.moderation.hidden = FALSE";

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
    AuditLog audit;

    @Inject
    Rounds rounds;

    @Inject
    MediaService media;

    @Inject
    SearchOutbox searchLog;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    @Inject
    SecurityContext security;

    /**
     * Keeps a resident's nomination and returns its tracking number. The nominator's contact is
     * the one their verification code proved; the form's token is redeemed with it, in the same
     * transaction, so a refusal keeps the token and the resident may mend and send again. The
     * photos go through the media library last, once every other rule has passed; a refused
     * photo refuses the whole nomination, and nothing of it is kept.
     */
    public String nominate(NominationForm form, List<Upload> photos, String contactProof, FormPass pass, String address) {
        Instant now = clock.now();
        GoodPerson person = GoodPerson.nominate(form, photos.size(), contacts.verified(contactProof), TrackingNumbers.next(TRACKING, now), now);
        forms.redeem(pass.token(), pass.answer(), NOMINATION_FORM, pass.visitor());
        long today = em.createQuery("SELECT COUNT(g) FROM GoodPerson g WHERE g.nominatorContact = :contact AND g.submittedAt > :since", Long.class)
                .setParameter("contact", person.nominatorContact()).setParameter("since", now.minus(Duration.ofDays(1))).getSingleResult();
        if (today >= NOMINATIONS_PER_CONTACT_A_DAY) {
            throw new RuleViolation("goodpeople.tooManyToday", String.valueOf(NOMINATIONS_PER_CONTACT_A_DAY));
        }
        limits.check("nominations", NOMINATIONS_PER_ADDRESS, address);
        List<String> keys = new java.util.ArrayList<>();
        // Asked before the photos: once the library refuses one, the transaction takes no more calls.
        String maxMegabytes = String.valueOf(media.limits().maxImageMb());
        for (Upload photo : photos) {
            // The resident's file name may say who is in the picture: the library keeps a neutral one.
            String name = person.getTrackingNumber() + "-" + (keys.size() + 1);
            try {
                keys.add(media.uploadResidentPicture(name, photo.content()).file().getKey());
            } catch (RuleViolation refused) {
                throw new RuleViolation("goodpeople.photo.refused", String.valueOf(keys.size() + 1), maxMegabytes);
            }
        }
        person.showPhotos(keys);
        em.persist(person);
        LOG.info(() -> "event=good-person-nominated tracking=" + person.getTrackingNumber() + " category=" + person.getCategory()
                + " photos=" + keys.size());
        return person.getTrackingNumber();
    }

    /** The nomination with this tracking number, with its history, as its nominator follows it. */
    public Optional<Tracked> track(String typedNumber, String address) {
        limits.check("tracking", LOOKUPS_PER_ADDRESS, address);
        return byNumber(typedNumber).map(Tracked::of);
    }

    /**
     * The nominator answers what a reviewer asked, through their tracking page (the number is
     * what shows it is them), with the answer form's token.
     */
    public Tracked answer(String typedNumber, String text, FormPass pass, String address) {
        limits.check("tracking", LOOKUPS_PER_ADDRESS, address);
        GoodPerson person = byNumber(typedNumber).orElseThrow(() -> new RuleViolation("goodpeople.track.notFound"));
        person.answer(text, clock.now());
        forms.redeem(pass.token(), pass.answer(), ANSWER_FORM, pass.visitor());
        return Tracked.of(person);
    }

    /** The nominations in one status (all when null) and category (all when null), for the vetting queue: oldest waiting first. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<GoodPerson> queue(ModerationStatus status, Category category, int first, int size, SortBy order) {
        var query = em.createQuery("SELECT g FROM GoodPerson g" + where(status, category)
                + order.orderBy(SORTABLE, "g.submittedAt ASC, g.id ASC", "g.id ASC"), GoodPerson.class);
        return bind(query, status, category).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public long count(ModerationStatus status, Category category) {
        return bind(em.createQuery("SELECT COUNT(g) FROM GoodPerson g" + where(status, category), Long.class), status, category)
                .getSingleResult();
    }

    private static String where(ModerationStatus status, Category category) {
        List<String> conditions = new java.util.ArrayList<>();
        if (status != null) {
            conditions.add("g.moderation.status = :status");
        }
        if (category != null) {
            conditions.add("g.category = :category");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query, ModerationStatus status, Category category) {
        if (status != null) {
            query.setParameter("status", status);
        }
        if (category != null) {
            query.setParameter("category", category);
        }
        return query;
    }

    /** A nomination with who sent it (contact masked) and its history, for a reviewer. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Optional<ForReview> forReview(long id) {
        return em.createQuery("SELECT DISTINCT g FROM GoodPerson g LEFT JOIN FETCH g.events WHERE g.id = :id", GoodPerson.class)
                .setParameter("id", id).getResultStream().findFirst().map(ForReview::of);
    }

    /** The nominator's contact whole, to call or write to them: every look is in the audit log. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public String revealContact(long id) {
        GoodPerson person = find(id);
        audit.record("goodpeople.contact-revealed", "good_person", id, "audit.detail.trackingNumber", person.getTrackingNumber());
        return person.nominatorContact();
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void askForMore(long id, String question) {
        GoodPerson person = find(id);
        person.askForMore(question, reviewer(), clock.now());
        audit.record("goodpeople.more-information-asked", "good_person", id, "audit.detail.trackingNumber", person.getTrackingNumber());
    }

    /** Another nomination of the same person, and how alike the two stories are (0–100). */
    public record Duplicate(long id, String trackingNumber, String district, ModerationStatus status, int similarity) {
    }

    /**
     * Nominations of the same name, not closed as duplicates themselves, whose story is alike
     * enough to suggest them as one: the most alike first.
     */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<Duplicate> duplicatesOf(long id) {
        GoodPerson person = find(id);
        return em.createQuery("SELECT g FROM GoodPerson g WHERE g.nomineeName = :name AND g.id <> :id AND g.moderation.status <> :merged",
                        GoodPerson.class)
                .setParameter("name", person.getNomineeName()).setParameter("id", id).setParameter("merged", ModerationStatus.MERGED)
                .getResultStream()
                .map(g -> new Duplicate(g.getId(), g.getTrackingNumber(), g.getDistrict(), g.getStatus(),
                        TextSimilarity.percent(person.getStory(), g.getStory())))
                .filter(d -> d.similarity() >= DUPLICATE_FROM_PERCENT)
                .sorted(java.util.Comparator.comparingInt(Duplicate::similarity).reversed())
                .toList();
    }

    /** Closes a nomination as a duplicate of another, which goes on in its place with its photos. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void merge(long duplicateId, long keptId) {
        GoodPerson duplicate = find(duplicateId);
        GoodPerson kept = find(keptId);
        duplicate.mergeInto(kept, reviewer(), clock.now());
        audit.record("goodpeople.merged", "good_person", duplicateId, "audit.detail.mergedInto",
                duplicate.getTrackingNumber(), kept.getTrackingNumber());
        if (kept.isPublic()) {
            publicChange.fire(new PublicContentVersion.Changed()); // it may have new photos
        }
    }

    /** Approved: a candidate of the current round, on the public pages at once. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void approve(long id) {
        GoodPerson person = find(id);
        Instant now = clock.now();
        person.approve(reviewer(), now, rounds.roundFor(now));
        audit.record("goodpeople.approved", "good_person", id, "audit.detail.trackingNumberRound",
                person.getTrackingNumber(), person.getRoundMonth());
        publicChange.fire(new PublicContentVersion.Changed());
        searchLog.changed(GoodPersonSearch.TYPE, id);
    }

    /** Takes an entry off the public pages, or puts it back; it stays on record. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void hide(long id, boolean hide) {
        GoodPerson person = find(id);
        person.hide(hide, reviewer(), clock.now());
        audit.record(hide ? "goodpeople.hidden" : "goodpeople.shown", "good_person", id, "audit.detail.trackingNumber",
                person.getTrackingNumber());
        publicChange.fire(new PublicContentVersion.Changed());
        searchLog.changed(GoodPersonSearch.TYPE, id);
    }

    // ---- the monthly round, as residents see it ----

    // The lists' hints have EclipseLink read the photos of the whole list in one query, not one per entry.

    /** The public candidates of a round, by category, most liked first. */
    public List<PublicEntry> candidates(YearMonth round) {
        return em.createQuery("SELECT g FROM GoodPerson g WHERE g.roundMonth = :round AND g.moderation.status = :approved AND g.moderation.hidden = FALSE"
                        + " ORDER BY g.category, g.likes DESC, g.id", GoodPerson.class)
                .setParameter("round", round.toString()).setParameter("approved", ModerationStatus.APPROVED)
                .setHint("eclipselink.batch", "g.photos").setHint("eclipselink.batch.type", "IN")
                .getResultStream().map(PublicEntry::of).toList();
    }

    /**
     * A few good people for the home page: the current round's most liked candidates, or, before
     * anyone is a candidate this month, the newest 好人榜.
     */
    public List<PublicEntry> spotlight(int max) {
        YearMonth round = rounds.current(clock.now());
        List<PublicEntry> candidates = em.createQuery("SELECT g FROM GoodPerson g WHERE g.roundMonth = :round AND g.moderation.status = :approved"
                        + " AND g.moderation.hidden = FALSE ORDER BY g.likes DESC, g.id", GoodPerson.class)
                .setParameter("round", round.toString()).setParameter("approved", ModerationStatus.APPROVED).setMaxResults(max)
                .setHint("eclipselink.batch", "g.photos").setHint("eclipselink.batch.type", "IN")
                .getResultStream().map(PublicEntry::of).toList();
        if (!candidates.isEmpty()) {
            return candidates;
        }
        return boards().stream().findFirst().map(b -> onBoard(YearMonth.parse(b.getRoundMonth())).stream().limit(max).toList()).orElse(List.of());
    }

    /** A public entry by its id. */
    public Optional<PublicEntry> entry(long id) {
        return Optional.ofNullable(em.find(GoodPerson.class, id)).filter(GoodPerson::isPublic).map(PublicEntry::of);
    }

    /** The months whose 好人榜 is published, newest first. */
    public List<Board> boards() {
        return em.createQuery("SELECT b FROM Board b ORDER BY b.roundMonth DESC", Board.class).getResultList();
    }

    public Optional<Board> board(YearMonth round) {
        return Optional.ofNullable(em.find(Board.class, round.toString()));
    }

    /** The entries on a month's 好人榜, by category. */
    public List<PublicEntry> onBoard(YearMonth round) {
        return em.createQuery("SELECT g FROM GoodPerson g WHERE g.roundMonth = :round AND g.onBoard = TRUE AND g.moderation.hidden = FALSE"
                        + " AND g.moderation.status = :approved ORDER BY g.category, g.likes DESC, g.id", GoodPerson.class)
                .setParameter("round", round.toString()).setParameter("approved", ModerationStatus.APPROVED)
                .setHint("eclipselink.batch", "g.photos").setHint("eclipselink.batch.type", "IN")
                .getResultStream().map(PublicEntry::of).toList();
    }

    /** A public entry and when it was approved. */
    public record Approved(PublicEntry entry, Instant approvedAt) {
    }

    /** The newest public entries, for the site's feed. */
    public List<Approved> newest(int max) {
        return em.createQuery("SELECT g FROM GoodPerson g WHERE g.moderation.status = :approved AND g.moderation.hidden = FALSE ORDER BY g.moderation.decidedAt DESC, g.id DESC",
                        GoodPerson.class).setParameter("approved", ModerationStatus.APPROVED).setMaxResults(max)
                .setHint("eclipselink.batch", "g.photos").setHint("eclipselink.batch.type", "IN")
                .getResultStream().map(g -> new Approved(PublicEntry.of(g), g.getDecidedAt())).toList();
    }

    /** Public entries from the {@code first}, in the order they were nominated, for the sitemap: id and last change. */
    public List<Object[]> publicEntries(int first, int size) {
        return em.createQuery("SELECT g.id, g.changedAt FROM GoodPerson g WHERE " + PUBLIC + " ORDER BY g.id", Object[].class)
                .setParameter("approved", ModerationStatus.APPROVED).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many entries are public. */
    public long countPublic() {
        return em.createQuery("SELECT COUNT(g) FROM GoodPerson g WHERE " + PUBLIC, Long.class)
                .setParameter("approved", ModerationStatus.APPROVED).getSingleResult();
    }

    /**
     * Fills an empty 身边好人 with the demo city's good people: last month's round with its
     * published 好人榜, and the current round. Returns how many were added (none if any exists).
     */
    public int loadDemo(List<DemoEntry> entries) {
        if (em.createQuery("SELECT COUNT(g) FROM GoodPerson g", Long.class).getSingleResult() > 0) {
            return 0;
        }
        Instant now = clock.now();
        YearMonth current = rounds.current(now);
        Contact office = Contact.parse(DEMO_CONTACT);
        Map<String, byte[]> pictures = new java.util.HashMap<>(); // a scene is read once, however many show it
        for (DemoEntry entry : entries) {
            YearMonth round = entry.lastMonth() ? current.minusMonths(1) : current;
            GoodPerson person = GoodPerson.nominate(new NominationForm(entry.name(), entry.district(), entry.category(), entry.story(), true,
                    "江川市文明办"), 1, Optional.of(office), TrackingNumbers.next(TRACKING, now), now);
            person.showPhotos(List.of(media.importFile(entry.name() + ".jpg",
                    new java.io.ByteArrayInputStream(pictures.computeIfAbsent(entry.picture(), DemoPictures::jpeg)), DEMO).getKey()));
            person.approve(DEMO, now, round);
            if (entry.onBoard()) {
                person.putOnBoard(now);
            }
            em.persist(person);
            em.flush();
            em.createQuery("UPDATE GoodPerson g SET g.likes = :likes WHERE g.id = :id")
                    .setParameter("likes", entry.likes()).setParameter("id", person.getId()).executeUpdate();
            searchLog.changed(GoodPersonSearch.TYPE, person.getId());
        }
        if (entries.stream().anyMatch(DemoEntry::onBoard)) {
            em.persist(new Board(current.minusMonths(1).toString(), now.minus(java.time.Duration.ofDays(1)), DEMO));
        }
        publicChange.fire(new PublicContentVersion.Changed());
        return entries.size();
    }

    /** The demo's entries are the office's own nominations. */
    private static final String DEMO = "demo";
    private static final String DEMO_CONTACT = "wmb@jiangchuan.example";

    // ---- the 好人榜, as the office publishes it ----

    /** A round's candidates with their likes, for the office to choose its 好人榜 from. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<GoodPerson> roundForBoard(YearMonth round) {
        return em.createQuery("SELECT g FROM GoodPerson g WHERE g.roundMonth = :round AND g.moderation.status = :approved AND g.moderation.hidden = FALSE"
                        + " ORDER BY g.likes DESC, g.id", GoodPerson.class)
                .setParameter("round", round.toString()).setParameter("approved", ModerationStatus.APPROVED).getResultList();
    }

    /**
     * Publishes a month's 好人榜: the candidates the office chose (the likes are one input
     * among others), once the round's likes are over; under public notice for seven days.
     */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Board publishBoard(YearMonth round, List<Long> chosen) {
        Instant now = clock.now();
        if (!rounds.isOver(round, now)) {
            throw new RuleViolation("goodpeople.board.stillOpen", String.valueOf(rounds.getLikesUntil()));
        }
        if (em.find(Board.class, round.toString()) != null) {
            throw new RuleViolation("goodpeople.board.published");
        }
        if (chosen.isEmpty()) {
            throw new RuleViolation("goodpeople.board.empty");
        }
        List<String> trackingNumbers = new ArrayList<>();
        for (long id : chosen) {
            GoodPerson person = find(id);
            if (!round.toString().equals(person.getRoundMonth()) || !person.isPublic()) {
                throw new RuleViolation("goodpeople.board.notCandidate");
            }
            person.putOnBoard(now);
            trackingNumbers.add(person.getTrackingNumber());
        }
        Board board = new Board(round.toString(), now, reviewer());
        em.persist(board);
        audit.record("goodpeople.board-published", "good_person_board", round.toString(), "audit.detail.board",
                trackingNumbers.size(), trackingNumbers);
        publicChange.fire(new PublicContentVersion.Changed());
        return board;
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void reject(long id, String reason) {
        GoodPerson person = find(id);
        person.reject(reason, reviewer(), clock.now());
        audit.record("goodpeople.rejected", "good_person", id, "audit.detail.trackingNumber", person.getTrackingNumber());
    }

    /** The office's edit of the story for publication; the resident's words stay on record. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void editPublicStory(long id, String text) {
        GoodPerson person = find(id);
        person.editPublicStory(text, clock.now());
        audit.record("goodpeople.story-edited", "good_person", id, "audit.detail.trackingNumber", person.getTrackingNumber());
        if (person.isPublic()) {
            publicChange.fire(new PublicContentVersion.Changed());
            searchLog.changed(GoodPersonSearch.TYPE, id);
        }
    }

    private GoodPerson find(long id) {
        GoodPerson person = em.find(GoodPerson.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (person == null) {
            throw new RuleViolation("goodpeople.vet.gone");
        }
        return person;
    }

    private Optional<GoodPerson> byNumber(String typedNumber) {
        String number = TrackingNumbers.normalise(TRACKING, typedNumber);
        if (number == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT DISTINCT g FROM GoodPerson g LEFT JOIN FETCH g.events WHERE g.trackingNumber = :number", GoodPerson.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    private String reviewer() {
        return security.getCallerPrincipal().getName();
    }
}
