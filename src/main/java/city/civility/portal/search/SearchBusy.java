package city.civility.portal.search;

/**
 * A search refused because as many as the portal admits are running and waiting already;
 * the visitor may search again after {@link #RETRY_AFTER_SECONDS}.
 */
public class SearchBusy extends RuntimeException {

    /** A burst of searches passes in seconds: sooner, the visitor would find it still going. */
    public static final int RETRY_AFTER_SECONDS = 3;

    SearchBusy() {
        super("search busy", null, false, false); // expected under load: no stack trace to fill
    }
}
