package city.civility.portal.goodpeople;

import city.civility.portal.platform.participation.Contact;

/** A nomination as a reviewer vets it: the nomination, and who nominated it with their contact masked. */
public record ForReview(GoodPerson nomination, String nominatorName, String maskedContact) {

    static ForReview of(GoodPerson person) {
        return new ForReview(person, person.nominatorName(), Contact.parse(person.nominatorContact()).masked());
    }
}
