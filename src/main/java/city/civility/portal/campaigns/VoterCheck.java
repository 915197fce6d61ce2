package city.civility.portal.campaigns;

/** What a voter proves before their ballot counts. */
public enum VoterCheck {
    /** A phone verified with the participation kit's code. */
    PHONE,
    /** A verified phone plus a resident ID number (身份证号), kept only as a keyed hash. */
    PHONE_AND_ID;

    public String messageKey() {
        return "campaigns.voterCheck." + name();
    }
}
