package city.civility.portal.feedback;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks residents' private details in the office's public replies before they are shown on the
 * web. Only numbers of a phone's, an ID number's or a plate's shape are masked; years, dates,
 * times, amounts and document numbers are left as they are.
 *
 * <ul>
 * <li>Mobile numbers (11 digits from 13 to 19, also written 3-4-4 with spaces or hyphens, after
 * +86 or 0086): the middle four digits, {@code 138****5678}.</li>
 * <li>Landline numbers, whose area code is set apart by a hyphen, a space or brackets, with 7 or 8
 * digits after it: the area code is kept and the number becomes {@code ****} and its last two
 * digits, {@code 0571-****56}. Without the area code set apart, a run of digits is as likely a
 * file or invoice number, so it is left.</li>
 * <li>Resident ID numbers (18 characters, the last a digit or X; or the old 15 digits): the first
 * three and the last two characters are kept, each other one becomes {@code *}.</li>
 * <li>Vehicle plates (province character, a letter, an optional {@code ·} or space, then 5
 * characters or 6 for a new-energy car, with at least one digit and no I or O): the province
 * character and the letter are kept, each other character becomes {@code *}, {@code 浙A·*****}.</li>
 * <li>E-mail addresses: the first character, {@code ***} and the domain, {@code z***@example.com}.</li>
 * </ul>
 *
 * A number is only masked when it is a whole run of digits: the digits are not part of a longer
 * run, nor of a decimal number.
 */
public final class PrivateDetails {

    private static final String NO_DIGIT_BEFORE = "(?<![0-9])(?<![0-9]\\.)";
    private static final String NO_DIGIT_AFTER = "(?![0-9])(?!\\.[0-9])";
    private static final String AREA_CODE = "0(?:10|2[0-9]|[3-9][0-9]{2})";

    private static final Pattern EMAIL = Pattern.compile(
            "([A-Za-z0-9])[A-Za-z0-9._%+-]*(@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");
    private static final Pattern ID_NUMBER = Pattern.compile(
            NO_DIGIT_BEFORE + "([1-9][0-9]{2})([0-9]{13}|[0-9]{10})([0-9][0-9Xx])" + NO_DIGIT_AFTER);
    private static final Pattern MOBILE = Pattern.compile(
            NO_DIGIT_BEFORE + "((?:(?:\\+|00)86[ -]?)?1[3-9][0-9][ -]?)([0-9]{4})([ -]?[0-9]{4})" + NO_DIGIT_AFTER);
    private static final Pattern LANDLINE = Pattern.compile(
            NO_DIGIT_BEFORE + "(" + AREA_CODE + "[ -]|[(（]" + AREA_CODE + "[)）][ -]?)([0-9]{5,6})([0-9]{2})" + NO_DIGIT_AFTER);
    private static final Pattern PLATE = Pattern.compile(
            "([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][· ]?)"
                    + "(?=[A-HJ-NP-Z]{0,5}[0-9])([A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9])");

    private PrivateDetails() {
    }

    /** The text with every private detail masked; {@code null} for {@code null}. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        // E-mail first: its local part may be a phone number. ID numbers before phones, as they are longer.
        String masked = replace(EMAIL, text, m -> m.group(1) + "***" + m.group(2));
        masked = replace(ID_NUMBER, masked, m -> m.group(1) + "*".repeat(m.group(2).length()) + m.group(3));
        masked = replace(MOBILE, masked, m -> m.group(1) + "****" + m.group(3));
        masked = replace(LANDLINE, masked, m -> m.group(1) + "****" + m.group(3));
        return replace(PLATE, masked, m -> m.group(1) + "*".repeat(m.group(2).length()));
    }

    /** Whether {@link #mask} would change the text. */
    public static boolean hasPrivateDetails(String text) {
        return text != null && !mask(text).equals(text);
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> masking) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(masking.apply(m)));
    }
}
