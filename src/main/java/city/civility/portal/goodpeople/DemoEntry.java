package city.civility.portal.goodpeople;

/** A good person of the demo city, as {@code goodpeople.demo} reads them: of last month's round or this month's. */
public record DemoEntry(boolean lastMonth, Category category, String district, String name, boolean onBoard, long likes, String picture, String story) {
}
