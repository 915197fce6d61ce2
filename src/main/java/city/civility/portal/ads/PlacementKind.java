package city.civility.portal.ads;

/** What kind of place a placement is, which says how its ads are shown. */
public enum PlacementKind {
    /** The home page's wide banner: one ad at a time, turning every few seconds, pausable. */
    BANNER,
    /** Beside a page's content: one small ad. */
    SIDEBAR,
    /** Under an article: one ad. */
    FOOTER,
    /** A full-screen page for a lobby or an LED screen ({@code /screen/{code}}), turning on its own. */
    SCREEN
}
