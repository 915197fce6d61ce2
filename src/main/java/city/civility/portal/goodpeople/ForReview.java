package city.civility.portal.goodpeople;

import java.util.List;

import city.civility.portal.platform.participation.Contact;

/** A nomination as a reviewer vets it: the nomination, and who nominated it with their contact masked. */
public record ForReview(GoodPerson nomination, String nominatorName, String maskedContact, List<String> photos) {

    static ForReview of(GoodPerson person) {
        return new ForReview(person, person.nominatorName(), Contact.parse(person.nominatorContact()).masked(),
                List.copyOf(person.getPhotos()));
    }
}
