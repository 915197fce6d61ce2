package city.civility.portal.feedback;

/**
 * Where a case stands: received, accepted for a department, in progress, answered, closed;
 * or rejected (with a reason the resident reads), or merged into another case.
 */
public enum CaseState {
    RECEIVED, ACCEPTED, IN_PROGRESS, ANSWERED, CLOSED, REJECTED, MERGED;

    /** Still the office's to answer: the deadline runs. */
    public boolean awaitsAnswer() {
        return this == RECEIVED || this == ACCEPTED || this == IN_PROGRESS;
    }

    /** Open for the resident to add information and photos, and for others to say "mine too". */
    public boolean isOpen() {
        return awaitsAnswer() || this == ANSWERED;
    }

    /** Ended: the resident may rate the answer, and reopen a closed case within the reopening time. */
    public boolean isEnded() {
        return this == CLOSED || this == REJECTED || this == MERGED;
    }

    public String messageKey() {
        return "feedback.state." + name();
    }
}
