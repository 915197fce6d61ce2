package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    private static final String ONE_DEED = "王秀兰阿姨每天早上七点到社区路口引导小学生过马路，八年来风雨无阻，还为独居老人买菜送药。";
    private static final String SAME_DEED_TOLD_AGAIN = "我们社区的王秀兰阿姨八年来每天早上都在路口护送小学生过马路，风雨无阻，也常给独居老人送药买菜。";
    private static final String ANOTHER_PERSON = "王秀兰是市第一医院的护士，疫情期间主动报名去隔离病区，连续工作四十天没有回家。";

    @Test
    void oneDeedToldTwiceIsSuggestedAndAnotherPersonOfTheSameNameIsNot() {
        int same = TextSimilarity.percent(ONE_DEED, SAME_DEED_TOLD_AGAIN);
        int other = TextSimilarity.percent(ONE_DEED, ANOTHER_PERSON);
        assertTrue(same >= 25, "same deed: " + same);
        assertTrue(other < 25, "another person: " + other);
        assertEquals(100, TextSimilarity.percent(ONE_DEED, ONE_DEED));
        assertEquals(100, TextSimilarity.percent("Help, neighbours!", "help neighbours"), "punctuation and case do not count");
        assertEquals(0, TextSimilarity.percent("", ONE_DEED));
    }
}
