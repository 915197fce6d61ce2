package city.civility.portal.campaigns;

/** Where a nominee stands: nominated, then passed (a candidate) or rejected by the committee; a candidate may be withdrawn. */
public enum NomineeStatus {
    NOMINATED,
    PASSED,
    REJECTED,
    WITHDRAWN;

    public String messageKey() {
        return "campaigns.nomineeStatus." + name();
    }
}
