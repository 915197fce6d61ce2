package city.civility.portal.goodpeople;

import java.util.List;

/**
 * A good person as the public sees them: the nominee and the story as published. Built only
 * from public fields, so no public page, feed, search document or API can show a nominator's
 * name or contact, or the resident's unedited words.
 */
public record PublicEntry(long id, String nomineeName, String district, Category category, String story, String roundMonth,
        long likes, boolean onBoard, List<String> photos) {

    static PublicEntry of(GoodPerson person) {
        return new PublicEntry(person.getId(), person.getNomineeName(), person.getDistrict(), person.getCategory(),
                person.getPublicStory(), person.getRoundMonth(), person.getLikes(), person.isOnBoard(), List.copyOf(person.getPhotos()));
    }

    /** The photo a card shows, if the entry has one. */
    public String firstPhoto() {
        return photos.isEmpty() ? null : photos.get(0);
    }

    /** The first words of the story, for lists and feeds. */
    public String summary() {
        String flat = story.replace('\n', ' ');
        return flat.codePointCount(0, flat.length()) <= 80 ? flat : flat.substring(0, flat.offsetByCodePoints(0, 80)) + "……";
    }
}
