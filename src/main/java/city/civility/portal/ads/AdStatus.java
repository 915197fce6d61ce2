package city.civility.portal.ads;

/** Where an ad stands in the library's review, which is the news review: an editor writes, a reviewer publishes. */
public enum AdStatus {
    /** Being written, or sent back; only staff see it. */
    DRAFT,
    /** Waiting for a reviewer. */
    SUBMITTED,
    /** In the public gallery, in search, and ready for the placements. */
    PUBLISHED,
    /** Taken down: its address answers 410 Gone. An editor may take it back to draft to correct it. */
    WITHDRAWN;

    public String messageKey() {
        return "ads.status." + name();
    }
}
