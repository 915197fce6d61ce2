package city.civility.portal.ads;

/** What one of an ad's files is for. */
public enum AdFileRole {
    /** As the producer delivered it: print-ready, or the film or sound in full quality. */
    ORIGINAL,
    /** A picture's large web copy (1,600 px wide), for screens and the ad's page. */
    LARGE,
    /** A picture's small web copy (800 px), for banners, lists and phones. */
    WEB,
    /** A film's or a sound's still, shown before it plays and wherever it cannot. */
    POSTER,
    /** A film's captions (WebVTT): what is said and heard, shown over the film for those who cannot hear it. */
    CAPTIONS;

    public String messageKey() {
        return "ads.file." + name();
    }
}
