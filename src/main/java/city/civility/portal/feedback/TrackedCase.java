package city.civility.portal.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as its resident follows it through their link: everything they sent and every public
 * step with its note, the deadline, and what they may do now. Never an internal note.
 */
public record TrackedCase(String trackingNumber, CaseKind kind, FeedbackCategory category, String description, String address, CaseState state,
        String department, Instant receivedAt, Instant dueAt, Instant closedAt, String mergedInto, int supporters, Integer rating,
        List<String> photos, List<Step> steps, boolean open, boolean canRate, boolean canReopen) {

    /** One step as the resident reads it; {@code byOffice} marks the office's words. */
    public record Step(Instant happenedAt, String messageKey, String note, boolean byOffice) {
    }

    /** The last day to answer on, in the city's time. */
    public LocalDate dueDay() {
        return FeedbackCase.dueDay(dueAt);
    }

    static TrackedCase of(FeedbackCase c, String mergedInto, Instant now) {
        return new TrackedCase(c.trackingNumber().toString(), c.getKind(), c.getCategory(), c.getDescription(), c.getAddress(), c.getState(),
                c.getDepartment(), c.getReceivedAt(), c.getDueAt(), c.getClosedAt(), mergedInto, c.getSupporters(), c.getRating(),
                c.getPhotos(),
                c.getEvents().stream().filter(e -> e.getKind().isPublic())
                        .map(e -> new Step(e.getHappenedAt(), e.getMessageKey(),
                                e.getKind().isReply() ? PrivateDetails.mask(e.getNote()) : e.getNote(), !CaseEvent.RESIDENT.equals(e.getActor())))
                        .toList(),
                c.getState().isOpen(), c.getState() == CaseState.CLOSED && c.getRating() == null, c.canBeReopened(now));
    }
}
