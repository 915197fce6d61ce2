package city.civility.portal.campaigns;

/**
 * A campaign's phases, in order. Each after {@link #DRAFT} starts at its own time and lasts
 * until the next starts; labels in the bundles, {@code campaigns.phase.*}.
 */
public enum Phase {
    /** Being prepared by the office; not public. */
    DRAFT,
    /** Units and residents nominate. */
    NOMINATIONS,
    /** The committee narrows the nominees down. */
    REVIEW,
    /** 公示: the candidates are public, residents may object. */
    NOTICE,
    VOTING,
    /** Voting is over; set-aside ballots are reviewed, the jury's votes entered. */
    COUNTING,
    /** 公示 of the results. */
    RESULTS,
    ARCHIVED;

    public String messageKey() {
        return "campaigns.phase." + name();
    }

    /** Whether the public sees the campaign in this phase. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /** Whether the candidates (with their numbers) are public in this phase. */
    public boolean showsCandidates() {
        return compareTo(NOTICE) >= 0;
    }

    /** Whether the results are public in this phase. */
    public boolean showsResults() {
        return compareTo(RESULTS) >= 0;
    }
}
