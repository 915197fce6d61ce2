package city.civility.portal.platform.participation;

/** A resident's write refused by a rate limit; they may try again after {@link #retryAfterSeconds()}. */
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
