package city.civility.portal.feedback;

/** A case of the demo city (demo/feedback.txt): what the resident sent, how far the office got, and what it answered. */
public record DemoCase(CaseKind kind, String categoryCode, String address, int daysAgo, CaseState reached, int answerAfterDays, Integer rating,
        String description, String answer) {
}
