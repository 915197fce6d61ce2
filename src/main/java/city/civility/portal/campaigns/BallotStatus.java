package city.civility.portal.campaigns;

/** Whether a ballot is in the public tally. */
public enum BallotStatus {
    COUNTED,
    /** Flagged by a fraud signal: kept, out of the public tally until a reviewer decides. */
    SET_ASIDE,
    /** A reviewer found it fraudulent, with a reason. */
    VOIDED;

    public String messageKey() {
        return "campaigns.ballotStatus." + name();
    }
}
