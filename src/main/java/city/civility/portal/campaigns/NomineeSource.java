package city.civility.portal.campaigns;

/** Where a nominee came from. */
public enum NomineeSource {
    /** A published 身边好人 entry, proposed by the office. */
    GOOD_PEOPLE,
    /** A unit's nomination (单位推荐), entered by the office. */
    UNIT,
    /** A resident's nomination, approved in the moderation queue. */
    PUBLIC;

    public String messageKey() {
        return "campaigns.source." + name();
    }
}
