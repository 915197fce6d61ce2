package city.civility.portal.campaigns.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.campaigns.BallotFrequency;
import city.civility.portal.campaigns.Campaign;
import city.civility.portal.campaigns.CampaignCategory;
import city.civility.portal.campaigns.CampaignOffice;
import city.civility.portal.campaigns.Phase;
import city.civility.portal.campaigns.VoterCheck;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.FacesResponses;

/**
 * {@code /admin/campaign.xhtml?id=}: a campaign's set-up (wording, dates, ballot rules,
 * categories) while it is a draft, its launch, and once launched the extension of a phase.
 * Without an id the form starts a new campaign with the official rules and the national categories.
 */
@Named
@ViewScoped
public class CampaignSetup implements Serializable {

    /** A phase of the form's schedule with the time it starts, in the office's time zone. */
    public static final class PhaseStart implements Serializable {
        private final Phase phase;
        private LocalDateTime start;

        PhaseStart(Phase phase, LocalDateTime start) {
            this.phase = phase;
            this.start = start;
        }

        public Phase getPhase() {
            return phase;
        }

        public LocalDateTime getStart() {
            return start;
        }

        public void setStart(LocalDateTime start) {
            this.start = start;
        }

        Instant instant() {
            return start == null ? null : start.atZone(PortalClock.ZONE).toInstant();
        }
    }

    /** A category row of the form; the code stays hidden (new rows get one when saved). */
    public static final class CategoryRow implements Serializable {
        private String code;
        private String name;
        private int seats = 1;

        CategoryRow(String code, String name, int seats) {
            this.code = code;
            this.name = name;
            this.seats = seats;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getSeats() {
            return seats;
        }

        public void setSeats(int seats) {
            this.seats = seats;
        }
    }

    @Inject
    transient CampaignOffice office;

    @Inject
    transient PortalClock clock;

    private Long id;
    private Campaign campaign;
    private long version;
    private String slug;
    private String title;
    private String summary;
    /** The seven phases' starts, nominations to archived. */
    private List<PhaseStart> starts = new ArrayList<>();
    private int maxPerCategory;
    private int maxTotal;
    private BallotFrequency frequency;
    private VoterCheck voterCheck;
    private boolean tallyPublic;
    private int publicWeight;
    private int jurySize;
    private List<CategoryRow> categories = new ArrayList<>();
    private Phase extended;
    private LocalDateTime newEnd;
    private String reason;

    /** The f:viewAction: the campaign of ?id=, or a new one's defaults; 404 for an unknown id. */
    public void load() throws IOException {
        if (id == null) {
            blank();
            return;
        }
        campaign = office.campaign(id).orElse(null);
        if (campaign == null) {
            FacesResponses.notFound();
            return;
        }
        fill();
    }

    /** A new campaign: nominations from tomorrow morning, the usual lengths of each phase, 公示 seven days. */
    private void blank() {
        LocalDateTime from = LocalDate.ofInstant(clock.now(), PortalClock.ZONE).plusDays(1).atTime(LocalTime.of(9, 0));
        int[] days = {0, 21, 35, 35 + (int) Campaign.DEFAULT_NOTICE.toDays(), 56, 63, 120};
        List<Phase> phases = scheduled();
        for (int i = 0; i < phases.size(); i++) {
            starts.add(new PhaseStart(phases.get(i), from.plusDays(days[i])));
        }
        Campaign.BallotRules official = Campaign.BallotRules.official();
        rules(official);
        Campaign.NATIONAL_CATEGORIES.forEach(c -> categories.add(new CategoryRow(c.code(), c.name(), c.seats())));
    }

    private void fill() {
        version = campaign.getVersion();
        slug = campaign.getSlug();
        title = campaign.getTitle();
        summary = campaign.getSummary();
        starts = new ArrayList<>();
        campaign.starts().forEach((phase, at) -> starts.add(new PhaseStart(phase, LocalDateTime.ofInstant(at, PortalClock.ZONE))));
        rules(campaign.getRules());
        categories = new ArrayList<>();
        for (CampaignCategory c : campaign.getCategories()) {
            categories.add(new CategoryRow(c.getCode(), c.getName(), c.getSeats()));
        }
    }

    private void rules(Campaign.BallotRules rules) {
        maxPerCategory = rules.maxPerCategory();
        maxTotal = rules.maxTotal();
        frequency = rules.frequency();
        voterCheck = rules.voterCheck();
        tallyPublic = rules.tallyPublic();
        publicWeight = rules.publicWeight();
        jurySize = rules.jurySize();
    }

    /** Creates the campaign, or rewrites the draft; a new one's page then opens on its id. */
    public void save() throws IOException {
        CampaignOffice.Draft draft = new CampaignOffice.Draft(slug, title, summary, schedule(),
                new Campaign.BallotRules(maxPerCategory, maxTotal, frequency, voterCheck, tallyPublic, publicWeight, jurySize), plans());
        if (id == null) {
            Long created = Texts.attempt(() -> office.create(draft));
            if (created != null) {
                FacesResponses.redirectWithInfo("/admin/campaign.xhtml?id=" + created, "campaigns.setup.created");
            }
            return;
        }
        if (Texts.attempt(() -> office.revise(id, version, draft))) {
            Texts.info("campaigns.setup.saved");
            reload();
        }
    }

    public void launch() {
        if (Texts.attempt(() -> office.launch(id))) {
            Texts.info("campaigns.setup.launched");
            reload();
        }
    }

    public void extend() {
        Instant end = newEnd == null ? null : newEnd.atZone(PortalClock.ZONE).toInstant();
        if (Texts.attempt(() -> office.extend(id, extended, end, reason))) {
            Texts.info("campaigns.setup.extendedDone");
            reason = null;
            newEnd = null;
            reload();
        }
    }

    public void addCategory() {
        categories.add(new CategoryRow(null, "", 1));
    }

    public void removeCategory(CategoryRow row) {
        categories.remove(row);
    }

    private void reload() {
        campaign = office.campaign(id).orElseThrow();
        fill();
    }

    private Campaign.Schedule schedule() {
        List<Instant> at = starts.stream().map(PhaseStart::instant).toList();
        return new Campaign.Schedule(at.get(0), at.get(1), at.get(2), at.get(3), at.get(4), at.get(5), at.get(6));
    }

    /** The rows as categories; a new row gets a national category's code, or the next free CATEGORY_A, CATEGORY_B... */
    private List<Campaign.CategoryPlan> plans() {
        List<String> taken = new ArrayList<>(categories.stream().map(r -> r.code).filter(Objects::nonNull).toList());
        List<Campaign.CategoryPlan> plans = new ArrayList<>();
        for (CategoryRow row : categories) {
            String code = row.code != null ? row.code : freeCode(row.name, taken);
            taken.add(code);
            plans.add(new Campaign.CategoryPlan(code, row.name, row.seats));
        }
        return plans;
    }

    private static String freeCode(String name, List<String> taken) {
        String national = Campaign.NATIONAL_CATEGORIES.stream().filter(c -> c.name().equals(name == null ? "" : name.strip()))
                .map(Campaign.CategoryPlan::code).findFirst().orElse(null);
        if (national != null && !taken.contains(national)) {
            return national;
        }
        char letter = 'A';
        while (taken.contains("CATEGORY_" + letter)) {
            letter++;
        }
        return "CATEGORY_" + letter;
    }

    /** Whether the office may still change everything (before launch). */
    public boolean isDraft() {
        return campaign == null || !campaign.isLaunched();
    }

    /** The phases that may be extended now: the current one and those after it. */
    public List<Phase> getExtendable() {
        if (campaign == null || !campaign.isLaunched()) {
            return List.of();
        }
        Phase now = campaign.phaseAt(clock.now());
        return Arrays.stream(Phase.values()).filter(p -> p != Phase.DRAFT && p != Phase.ARCHIVED && p.compareTo(now) >= 0).toList();
    }

    public Phase getPhaseNow() {
        return campaign == null ? Phase.DRAFT : campaign.phaseAt(clock.now());
    }

    /** The phases that have a start, nominations to archived. */
    public List<Phase> getScheduledPhases() {
        return scheduled();
    }

    private static List<Phase> scheduled() {
        return Arrays.asList(Phase.values()).subList(1, Phase.values().length);
    }

    public List<PhaseStart> getStarts() {
        return starts;
    }

    public List<BallotFrequency> getFrequencies() {
        return Arrays.asList(BallotFrequency.values());
    }

    public List<VoterCheck> getVoterChecks() {
        return Arrays.asList(VoterCheck.values());
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public int getMaxPerCategory() {
        return maxPerCategory;
    }

    public void setMaxPerCategory(int maxPerCategory) {
        this.maxPerCategory = maxPerCategory;
    }

    public int getMaxTotal() {
        return maxTotal;
    }

    public void setMaxTotal(int maxTotal) {
        this.maxTotal = maxTotal;
    }

    public BallotFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(BallotFrequency frequency) {
        this.frequency = frequency;
    }

    public VoterCheck getVoterCheck() {
        return voterCheck;
    }

    public void setVoterCheck(VoterCheck voterCheck) {
        this.voterCheck = voterCheck;
    }

    public boolean isTallyPublic() {
        return tallyPublic;
    }

    public void setTallyPublic(boolean tallyPublic) {
        this.tallyPublic = tallyPublic;
    }

    public int getPublicWeight() {
        return publicWeight;
    }

    public void setPublicWeight(int publicWeight) {
        this.publicWeight = publicWeight;
    }

    public int getJurySize() {
        return jurySize;
    }

    public void setJurySize(int jurySize) {
        this.jurySize = jurySize;
    }

    public List<CategoryRow> getCategories() {
        return categories;
    }

    public Phase getExtended() {
        return extended;
    }

    public void setExtended(Phase extended) {
        this.extended = extended;
    }

    public LocalDateTime getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDateTime newEnd) {
        this.newEnd = newEnd;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
