package city.civility.portal.platform.participation;

import java.util.Locale;
import java.util.regex.Pattern;

import city.civility.portal.platform.RuleViolation;

/**
 * A resident's phone number (a mainland mobile number) or e-mail address, written one way
 * whatever way it was typed: {@code +86 138-0013-8000} is {@code 13800138000}, e-mail
 * addresses are in lower case. Private: shown to staff only {@link #masked()}.
 */
public record Contact(Kind kind, String value) {

    public enum Kind { PHONE, EMAIL }

    static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** The contact typed, or a {@link RuleViolation} {@code contact.invalid} saying it is neither. */
    public static Contact parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.contains("@")) {
            String email = text.toLowerCase(Locale.ROOT);
            if (email.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(email).matches()) {
                return new Contact(Kind.EMAIL, email);
            }
        } else {
            String digits = text.replaceAll("[\\s()-]", "");
            if (digits.startsWith("+86")) {
                digits = digits.substring(3);
            } else if (digits.startsWith("0086")) {
                digits = digits.substring(4);
            }
            if (PHONE.matcher(digits).matches()) {
                return new Contact(Kind.PHONE, digits);
            }
        }
        throw new RuleViolation("contact.invalid");
    }

    /** {@code 138****8000}, {@code z***@example.com}: enough for its owner or the office to recognise it. */
    public String masked() {
        if (kind == Kind.PHONE) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }
}
