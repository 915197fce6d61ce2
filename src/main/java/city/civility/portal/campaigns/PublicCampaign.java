package city.civility.portal.campaigns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A campaign as the public sees it, for its pages and {@code GET /api/campaigns/{slug}}: its
 * phase and dates, its ballot's rules, and (from 公示 on) its candidates by category. Never
 * a nominee the committee has not passed, never who nominated them beyond the unit's name.
 */
public record PublicCampaign(String slug, String title, String summary, Phase phase, List<PhaseDates> timeline, Campaign.BallotRules rules,
        List<Category> categories, Instant changedAt) {

    /** A phase and when it runs; {@code ends} is null for the last. */
    public record PhaseDates(Phase phase, Instant starts, Instant ends) {
    }

    public record Category(String code, String name, int seats, List<Candidate> candidates) {
    }

    /** A candidate: {@code goodPeopleEntry} is the 好人榜 entry they were proposed from, if they were. */
    public record Candidate(long id, String number, String name, String district, String categoryCode, String categoryName, String story,
            List<String> photos, NomineeSource source, String unitName, Long goodPeopleEntry, boolean withdrawn) {

        static Candidate of(Nominee n) {
            return new Candidate(n.getId(), n.getNumberText(), n.getName(), n.getDistrict(), n.getCategory().getCode(), n.getCategory().getName(),
                    n.getStory(), List.copyOf(n.getPhotos()), n.getSource(), n.getUnitName(), n.getSourceEntryId(),
                    n.getStatus() == NomineeStatus.WITHDRAWN);
        }

        /** The story's opening, for lists and search results. */
        public String summary() {
            int end = story.offsetByCodePoints(0, Math.min(story.codePointCount(0, story.length()), 80));
            return end < story.length() ? story.substring(0, end) + "…" : story;
        }
    }

    /** {@code nominees}: the campaign's candidates (passed or withdrawn), shown from 公示 on. */
    static PublicCampaign of(Campaign campaign, List<Nominee> nominees, Instant now) {
        Phase phase = campaign.phaseAt(now);
        List<PhaseDates> timeline = new ArrayList<>();
        campaign.starts().forEach((p, starts) -> timeline.add(new PhaseDates(p, starts, campaign.endOf(p))));
        List<Category> categories = campaign.getCategories().stream().map(c -> new Category(c.getCode(), c.getName(), c.getSeats(),
                phase.showsCandidates() ? nominees.stream().filter(n -> n.getCategory().getId().equals(c.getId()) && n.isPublicAt(now))
                        .sorted(Comparator.comparing(Nominee::getNumber)).map(Candidate::of).toList() : List.of())).toList();
        return new PublicCampaign(campaign.getSlug(), campaign.getTitle(), campaign.getSummary(), phase, timeline, campaign.getRules(),
                categories, campaign.getChangedAt());
    }

    public boolean isVoting() {
        return phase == Phase.VOTING;
    }

    /** Every candidate, in number order. */
    public List<Candidate> candidates() {
        return categories.stream().flatMap(c -> c.candidates().stream()).sorted(Comparator.comparing(Candidate::number)).toList();
    }

    /** The candidates still on the ballot. */
    public List<Candidate> onBallot() {
        return candidates().stream().filter(c -> !c.withdrawn()).toList();
    }

    public PhaseDates dates(Phase of) {
        return timeline.stream().filter(d -> d.phase() == of).findFirst().orElse(null);
    }
}
