package city.civility.portal.campaigns;

/** How often one voter may vote in a campaign. */
public enum BallotFrequency {
    /** One ballot for the whole campaign. */
    ONCE,
    /** One ballot per voting day (in the office's time zone). */
    DAILY;

    public String messageKey() {
        return "campaigns.frequency." + name();
    }
}
