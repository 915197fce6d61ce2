package city.civility.portal.platform.participation;

import jakarta.ejb.ApplicationException;

/** A resident's write refused by a rate limit; they may try again after {@link #retryAfterSeconds()}. Saves nothing. */
@ApplicationException(rollback = true)
public class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequests(String limit, long retryAfterSeconds) {
        super("rate limit " + limit + " reached", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
