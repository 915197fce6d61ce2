package city.civility.portal.campaigns;

/**
 * Why a ballot was set aside; each has its threshold in the configuration ({@link FraudSignals}).
 * Labels in the bundles, {@code campaigns.signal.*}.
 */
public enum FraudSignal {
    /** Many ballots from one address in a short window. */
    ADDRESS,
    /** Many ballots from one /24 (IPv4) or /48 (IPv6) in a short window. */
    SUBNET,
    /** Several ballots from one /24 at night, when a city sleeps. */
    NIGHT,
    /** A burst of ballots with exactly the same choices: one candidate (or set) pushed. */
    SAME_CHOICES,
    /** One device cookie voting with many phones. */
    DEVICE,
    /** A ballot sent sooner after its page opened than a person can read and choose. */
    TOO_FAST;

    public String messageKey() {
        return "campaigns.signal." + name();
    }
}
