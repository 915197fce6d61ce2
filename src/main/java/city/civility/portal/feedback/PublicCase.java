package city.civility.portal.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as everyone sees it: what the problem is and where, and the office's answers, with
 * residents' private details masked; never a contact, a photo (faces and plates go public only
 * blurred, on the 曝光台: {@code exposedPhoto}), an internal note or what the resident wrote after sending.
 */
public record PublicCase(long id, String trackingNumber, CaseKind kind, FeedbackCategory category, String description, String address,
        CaseState state, String department, Instant receivedAt, Instant dueAt, Instant answeredAt, String answer, int supporters,
        List<Step> steps, String exposedPhoto) {

    /** One public step of the case: what happened and, for the office's replies, what it said. */
    public record Step(Instant happenedAt, String messageKey, String reply) {
    }

    /** The last day to answer on, in the city's time. */
    public LocalDate dueDay() {
        return FeedbackCase.dueDay(dueAt);
    }

    static PublicCase of(FeedbackCase c) {
        return of(c, null);
    }

    /** With the key of its photo's blurred copy when it is on the 曝光台. */
    static PublicCase of(FeedbackCase c, String exposedPhoto) {
        return new PublicCase(c.getId(), c.trackingNumber().toString(), c.getKind(), c.getCategory(), PrivateDetails.mask(c.getDescription()),
                c.getAddress(), c.getState(), c.getDepartment(), c.getReceivedAt(), c.getDueAt(), c.getAnsweredAt(),
                PrivateDetails.mask(c.getPublicAnswer()), c.getSupporters(),
                c.getEvents().stream().filter(e -> e.getKind().isPublic())
                        .map(e -> new Step(e.getHappenedAt(), e.getMessageKey(), e.getKind().isReply() ? PrivateDetails.mask(e.getNote()) : null))
                        .toList(), exposedPhoto);
    }

    /** The first line of the description, for lists. */
    public String summary() {
        String first = description.lines().findFirst().orElse("");
        return first.length() > 80 ? first.substring(0, 80) + "…" : first;
    }
}
