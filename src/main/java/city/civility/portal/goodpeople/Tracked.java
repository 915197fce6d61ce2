package city.civility.portal.goodpeople;

import java.time.Instant;
import java.util.List;

import city.civility.portal.platform.moderation.ModerationStatus;

/**
 * A nomination as its nominator follows it on the public tracking page: what they sent
 * about the nominee and what happened since, and nothing about the nominator.
 */
public record Tracked(String trackingNumber, ModerationStatus status, String nomineeName, Category category, Instant submittedAt,
        List<Step> events) {

    /** One step of the history as the nominator reads it. */
    public record Step(Instant happenedAt, String messageKey, String note) {
    }

    static Tracked of(GoodPerson person) {
        return new Tracked(person.getTrackingNumber(), person.getStatus(), person.getNomineeName(), person.getCategory(),
                person.getSubmittedAt(), person.getEvents().stream()
                        .map(e -> new Step(e.getHappenedAt(), e.getMessageKey(), e.getKind().noteForNominator() ? e.getNote() : null))
                        .toList());
    }

    public boolean awaitsAnswer() {
        return status == ModerationStatus.MORE_INFORMATION;
    }
}
