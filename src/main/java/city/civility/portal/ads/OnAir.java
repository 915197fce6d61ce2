package city.civility.portal.ads;

import java.util.List;

/**
 * A placement and the ads on air on it today, heaviest first: what a page carries for its
 * browser to choose from, and what a screen turns through. Public fields only.
 */
public record OnAir(String placement, PlacementKind kind, int secondsEach, List<Item> ads) {

    /** An ad on air: where its page is, what to show (a web copy, or a film with its poster and captions), and its weight. */
    public record Item(long id, String title, String altText, String path, String picture, String smallPicture, String film,
                       String filmType, String captions, int weight) {
    }

    public boolean isEmpty() {
        return ads.isEmpty();
    }
}
