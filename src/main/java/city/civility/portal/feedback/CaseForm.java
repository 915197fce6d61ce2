package city.civility.portal.feedback;

/**
 * What a resident fills in, as typed ({@link FeedbackCase#submit} checks it): the point on the
 * map is optional (both or neither of latitude and longitude).
 */
public record CaseForm(CaseKind kind, String categoryCode, String description, String address, Double latitude, Double longitude,
        boolean consentToPublish) {
}
