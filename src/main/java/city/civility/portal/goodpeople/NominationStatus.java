package city.civility.portal.goodpeople;

/** Where a nomination stands in the office's vetting. */
public enum NominationStatus {
    /** Waiting for a reviewer. */
    PENDING,
    /** A reviewer asked the nominator for more; back to PENDING when they answer. */
    MORE_INFORMATION,
    /** Vetted: a candidate of a monthly round. */
    APPROVED,
    /** Not published, with the reviewer's reason. */
    REJECTED;

    public String messageKey() {
        return "goodpeople.status." + name();
    }
}
