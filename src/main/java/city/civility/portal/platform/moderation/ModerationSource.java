package city.civility.portal.platform.moderation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What one feature has waiting for the office's moderators, for the one queue where they
 * find everything residents sent ({@code /admin/moderation.xhtml}). A feature contributes by
 * being a CDI bean of this type; its decisions run through the feature's own service, which
 * checks the moderator's role and audits them.
 */
public interface ModerationSource {

    /** The message key naming what waits here, for example 身边好人推荐. */
    String kindKey();

    long waitingCount();

    /** Up to {@code max} waiting submissions, the longest waiting first. */
    List<Waiting> waiting(int max);

    void approve(long id);

    void reject(long id, String reason);

    /** One waiting submission as the queue shows it; {@code reviewPath} is the feature's own page for it, if it has one. */
    record Waiting(long id, String title, String text, Instant submittedAt, String reviewPath) implements Serializable {
    }
}
