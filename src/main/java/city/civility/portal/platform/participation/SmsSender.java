package city.civility.portal.platform.participation;

/**
 * Sends a text message to a mainland mobile number. The portal ships only
 * {@link LoggingSmsSender}, for development; a city plugs in its SMS gateway (阿里云短信,
 * 腾讯云短信, its operator's) as another implementation marked
 * {@code @Alternative @Priority(1)}, without touching the portal's code.
 */
public interface SmsSender {

    void send(String phone, String text);
}
