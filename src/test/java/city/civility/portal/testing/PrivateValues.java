package city.civility.portal.testing;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The privacy scan of the whole test run. What residents gave the portal in confidence (the
 * e-mail addresses and mobile numbers they verified, the ID numbers voters typed) and what
 * the office wrote for itself (internal notes) is noted here as the tests use it; every
 * public answer a test then receives, by HTTP ({@link Visitor}) or in the browser
 * ({@link Browser}), is searched for each, and one found fails the test that was shown it.
 * Public: every GET outside the staff's pages, a resident's secret links and the test hooks.
 */
public final class PrivateValues {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])[0-9]{11}(?:[0-9]{6}[0-9Xx])?(?![0-9])");
    /** Where an answer may rightly show a resident what they gave, or is for staff only. */
    private static final Pattern PRIVATE_PATH = Pattern.compile(
            "^/(admin/.*|login\\.xhtml.*|api/participation/.*|api/test/.*|media/.*|goodpeople/track.*|feedback/track/.*"
            + "|campaigns/[^/?]+/(ballots|objections|nominations)/.*)$");

    private static final Set<String> CONTACTS = ConcurrentHashMap.newKeySet();
    private static final Set<String> NOTES = ConcurrentHashMap.newKeySet();

    private PrivateValues() {
    }

    /** A resident's e-mail address, mobile number or ID number, from now on never to be public. */
    public static String contact(String value) {
        CONTACTS.add(value.strip().toLowerCase(Locale.ROOT));
        return value;
    }

    /** An internal note the office writes, from now on never to be public. */
    public static String note(String text) {
        NOTES.add(text);
        return text;
    }

    /** Fails when this public answer shows a private value; {@code path} is the address with its query. */
    static void check(String path, String body) {
        if (PRIVATE_PATH.matcher(path).matches() || body == null || body.isEmpty()) {
            return;
        }
        if (!CONTACTS.isEmpty()) {
            for (Pattern kind : new Pattern[] {EMAIL, NUMBER}) {
                Matcher found = kind.matcher(body);
                while (found.find()) {
                    if (CONTACTS.contains(found.group().toLowerCase(Locale.ROOT))) {
                        throw new AssertionError("the public answer of " + path + " shows a resident's contact: " + found.group());
                    }
                }
            }
        }
        for (String note : NOTES) {
            if (body.contains(note)) {
                throw new AssertionError("the public answer of " + path + " shows an internal note: " + note);
            }
        }
    }
}
