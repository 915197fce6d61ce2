package city.civility.portal.campaigns;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import city.civility.portal.platform.RuleViolation;

/**
 * A resident ID number (居民身份证号码) as GB 11643-1999 defines it: six digits of region, the
 * birth date, three of sequence, and a check character (0–9 or X) from the ISO 7064 MOD 11-2
 * sum of the other seventeen. Used only to be hashed ({@link VoterKeys}); never kept.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** The number typed (full-width digits, spaces and a lower-case x allowed), or {@code campaigns.vote.idInvalid}. */
    public static ResidentIdNumber parse(String typed, LocalDate today) {
        String text = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!text.matches("[1-9][0-9]{16}[0-9X]") || text.charAt(17) != checkCharacter(text)) {
            throw new RuleViolation("campaigns.vote.idInvalid");
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
            if (born.isAfter(today) || born.getYear() < 1900) {
                throw new RuleViolation("campaigns.vote.idInvalid");
            }
        } catch (DateTimeException e) {
            throw new RuleViolation("campaigns.vote.idInvalid");
        }
        return new ResidentIdNumber(text);
    }

    /** The check character of the first seventeen digits. */
    static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    @Override
    public String toString() {
        return value.substring(0, 3) + "***************"; // never whole in a log line
    }
}
