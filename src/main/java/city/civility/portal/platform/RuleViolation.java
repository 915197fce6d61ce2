package city.civility.portal.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a rule of the portal (a taken user name, a weak password...).
 * Carries a message-bundle key so the page can say what is wrong in the user's language.
 * Rolls the transaction back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public RuleViolation(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
