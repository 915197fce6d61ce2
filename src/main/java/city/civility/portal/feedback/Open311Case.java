package city.civility.portal.feedback;

import java.time.Instant;

import city.civility.portal.platform.i18n.Languages;

/**
 * A case as Open311 clients read it (GeoReport v2's service request). The status and the office's
 * answer are always there; what the resident wrote and where (description, address, point) only
 * for a public case, since GET requests is open to anyone.
 */
public record Open311Case(String serviceRequestId, boolean open, String statusNotes, String serviceCode, String serviceName, String description,
        String agencyResponsible, Instant requestedAt, Instant updatedAt, Instant expectedAt, String address, Double latitude, Double longitude) {

    static Open311Case of(FeedbackCase c) {
        boolean shown = c.isPublic();
        return new Open311Case(c.trackingNumber().toString(), !c.getState().isEnded(), PrivateDetails.mask(c.getPublicAnswer()),
                c.getCategory().getCode(), c.getCategory().name(Languages.SIMPLIFIED),
                shown ? PrivateDetails.mask(c.getDescription()) : null, c.getDepartment(), c.getReceivedAt(), c.getChangedAt(), c.getDueAt(),
                shown ? c.getAddress() : null, shown ? c.getLatitude() : null, shown ? c.getLongitude() : null);
    }
}
