package city.civility.portal.platform.api;

/** Whole numbers from query parameters: anything that is not one, or out of range, is null (a 400 for the caller). */
public final class QueryNumbers {

    private QueryNumbers() {
    }

    public static Integer within(String value, int min, int max) {
        if (value == null || !value.strip().matches("[0-9]{1,9}")) {
            return null;
        }
        int n = Integer.parseInt(value.strip());
        return n < min || n > max ? null : n;
    }
}
