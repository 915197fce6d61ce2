package city.civility.portal.news;

/** Where an article's latest revision stands in the editorial workflow. */
public enum ArticleStatus {
    /** Being written; nobody but staff sees it. */
    DRAFT,
    /** Waiting for a reviewer. */
    SUBMITTED,
    /** Approved, to be published by the timer at {@code scheduledFor}. */
    SCHEDULED,
    /** Public. */
    PUBLISHED,
    /** Taken down: its address answers 410 Gone. */
    WITHDRAWN,
    /** Withdrawn and put away; kept for the record. */
    ARCHIVED
}
