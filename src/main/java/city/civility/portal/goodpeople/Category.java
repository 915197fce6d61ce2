package city.civility.portal.goodpeople;

/** The five kinds of good deed 好人榜 are published under (as 中国好人榜 does); labels in the bundles, {@code goodpeople.category.*}. */
public enum Category {
    /** 助人为乐 */
    HELPING_OTHERS,
    /** 见义勇为 */
    COURAGE,
    /** 诚实守信 */
    HONESTY,
    /** 敬业奉献 */
    DEDICATION,
    /** 孝老爱亲 */
    FAMILY;

    public String messageKey() {
        return "goodpeople.category." + name();
    }
}
