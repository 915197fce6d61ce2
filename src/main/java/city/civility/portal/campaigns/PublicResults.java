package city.civility.portal.campaigns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A campaign's results for its page and {@code GET /api/campaigns/{slug}/results}: the ballots
 * counted, set aside and voided, per candidate too; each candidate's public share (the part of
 * counted ballots that chose them), jury share (the part of the jury that did) and score, the
 * two weighted as the campaign says; and the elected, the best scores of each category up to
 * its seats.
 */
public record PublicResults(String slug, String title, Phase phase, Tallies.Counts ballots, Instant countedAt, int publicWeight, int jurySize,
        List<Category> categories) {

    public record Category(String code, String name, int seats, List<Candidate> candidates) {

        public List<Candidate> elected() {
            return candidates.stream().filter(Candidate::elected).toList();
        }
    }

    /** Shares and score in percent, one decimal as shown. */
    public record Candidate(long id, String number, String name, Tallies.Counts votes, double publicShare, double juryShare, double score,
            boolean elected, boolean withdrawn) {
    }

    static PublicResults of(PublicCampaign campaign, Tallies.Tally tally, List<Nominee> nominees) {
        int publicWeight = campaign.rules().publicWeight();
        int jury = campaign.rules().jurySize();
        long counted = tally.ballots().counted();
        List<Category> categories = new ArrayList<>();
        for (PublicCampaign.Category category : campaign.categories()) {
            List<Candidate> ranked = new ArrayList<>();
            for (PublicCampaign.Candidate c : category.candidates()) {
                Tallies.Counts votes = tally.of(c.id());
                int juryVotes = nominees.stream().filter(n -> n.getId() == c.id()).findFirst().map(Nominee::getJuryVotes).orElse(0);
                double publicShare = counted == 0 ? 0 : 100.0 * votes.counted() / counted;
                double juryShare = jury == 0 ? 0 : 100.0 * juryVotes / jury;
                double score = (publicWeight * publicShare + (100 - publicWeight) * juryShare) / 100;
                ranked.add(new Candidate(c.id(), c.number(), c.name(), votes, round(publicShare), round(juryShare), round(score), false, c.withdrawn()));
            }
            ranked.sort(Comparator.comparing(Candidate::withdrawn).thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                    .thenComparing(Comparator.comparingLong((Candidate c) -> c.votes().counted()).reversed()).thenComparing(Candidate::number));
            List<Candidate> marked = new ArrayList<>();
            for (Candidate c : ranked) {
                boolean elected = !c.withdrawn() && c.score() > 0 && marked.stream().filter(Candidate::elected).count() < category.seats();
                marked.add(new Candidate(c.id(), c.number(), c.name(), c.votes(), c.publicShare(), c.juryShare(), c.score(), elected, c.withdrawn()));
            }
            categories.add(new Category(category.code(), category.name(), category.seats(), marked));
        }
        return new PublicResults(campaign.slug(), campaign.title(), campaign.phase(), tally.ballots(), tally.countedAt(), publicWeight, jury, categories);
    }

    private static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }

    /** The largest vote count of any candidate, for scaling the bars of the chart. */
    public long mostVotes() {
        return categories.stream().flatMap(c -> c.candidates().stream()).mapToLong(c -> c.votes().total()).max().orElse(0);
    }
}
