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
    REJECTED;

    public String messageKey() {
        return "moderation.status." + name();
    }
}
