package city.civility.portal.goodpeople;

/** What a resident fills in to nominate someone, as typed ({@link GoodPerson#nominate} checks it). */
public record NominationForm(String nomineeName, String district, Category category, String story, boolean consent,
        String nominatorName) {
}
