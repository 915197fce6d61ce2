package city.civility.portal.platform.participation;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The development SMS sender: writes the message to the log instead of sending it, so a
 * developer can read the code. The only place a code is ever logged; a city in production
 * plugs in its gateway ({@link SmsSender}).
 */
@ApplicationScoped
public class LoggingSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(LoggingSmsSender.class.getName());

    @Override
    public void send(String phone, String text) {
        LOG.info(() -> "event=development-sms to=" + phone + " text=" + text);
    }
}
