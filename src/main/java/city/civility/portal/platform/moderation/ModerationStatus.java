package city.civility.portal.platform.moderation;

/** Where a resident's submission stands with the office's moderators. */
public enum ModerationStatus {
    /** Waiting for a moderator. */
    PENDING,
    /** A moderator asked the resident for more; back to PENDING when they answer. */
    MORE_INFORMATION,
    /** Accepted: public unless hidden. */
    APPROVED,
    /** Not published, with the moderator's reason. */
    REJECTED,
    /** The same as another submission, which goes on in its place (a second nomination of one person, a second report of one pothole). */
    MERGED;

    public String messageKey() {
        return "moderation.status." + name();
    }
}
