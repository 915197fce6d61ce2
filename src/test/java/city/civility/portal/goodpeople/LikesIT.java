package city.civility.portal.goodpeople;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.GoodPeopleFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Visitor;

/** 点赞 counted honestly: one like per entry, visitor and day, refused a second time by the database; counts live on cached pages. */
class LikesIT {

    private static YearMonth thisRound() {
        return YearMonth.from(PortalServer.get().now().atZone(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void twoHundredLikersAtOnceWithDuplicatesGiveExactlyTwoHundredLikes() throws Exception {
        long id = GoodPeopleFixtures.candidate("并发点赞测试", thisRound());
        List<Callable<Integer>> likes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Visitor liker = new Visitor().sending("X-Forwarded-For", "10.20." + (i / 250) + "." + (i % 250 + 1));
            liker.get("/api/goodpeople/likes?ids=" + id); // as the page does: the counts, and the visitor's cookie
            likes.add(() -> liker.post("/api/goodpeople/likes/" + id, Map.of()).statusCode());
            if (i % 4 == 0) { // a quarter of them press twice at once
                likes.add(() -> liker.post("/api/goodpeople/likes/" + id, Map.of()).statusCode());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        int accepted = 0;
        int refused = 0;
        try {
            for (Future<Integer> status : pool.invokeAll(likes)) {
                int code = status.get();
                if (code == 200) {
                    accepted++;
                } else if (code == 409) {
                    refused++;
                } else {
                    throw new AssertionError("unexpected answer " + code);
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(200, accepted, "every visitor's like counted once");
        assertEquals(50, refused, "every second press refused");
        assertEquals(200, GoodPeopleFixtures.likes(id), "what was acknowledged is what the database holds");
        String counts = new Visitor().get("/api/goodpeople/likes?ids=" + id).body();
        assertEquals("{\"" + id + "\":200}", counts);
    }

    @Test
    void aVisitorLikesOnceADayAndIsToldSoInTheirLanguage() {
        long id = GoodPeopleFixtures.candidate("每日一次测试", thisRound());
        Visitor liker = new Visitor().sending("X-Forwarded-For", "10.21.0.1");
        HttpResponse<String> cookieless = liker.post("/api/goodpeople/likes/" + id, Map.of());
        assertEquals(403, cookieless.statusCode(), "no visitor cookie, nobody to count once");
        liker.get("/api/goodpeople/likes?ids=" + id);
        HttpResponse<String> first = liker.post("/api/goodpeople/likes/" + id, Map.of());
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("{\"likes\":1}", first.body());
        HttpResponse<String> again = liker.post("/api/goodpeople/likes/" + id, Map.of());
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("今天已经为 TA 点过赞了"), again.body());
        liker.chooseLanguage("en");
        assertTrue(liker.post("/api/goodpeople/likes/" + id, Map.of()).body().contains("liked them today already"));
        assertEquals(1, GoodPeopleFixtures.likes(id));
    }

    @Test
    void anotherSiteCannotLikeOnAVisitorsBehalfNorCanAnyoneLikeWhatIsNotACandidate() {
        long id = GoodPeopleFixtures.candidate("跨站测试", thisRound());
        Visitor elsewhere = new Visitor().sending("X-Forwarded-For", "10.22.0.3");
        elsewhere.get("/api/goodpeople/likes?ids=" + id);
        // A page of another site making the visitor's browser send the like: the browser says so.
        HttpResponse<String> crossSite = elsewhere.sending("Sec-Fetch-Site", "cross-site").post("/api/goodpeople/likes/" + id, Map.of());
        assertEquals(403, crossSite.statusCode());
        assertTrue(crossSite.body().contains("\"error\":\"cross_site\""), crossSite.body());
        assertEquals(0, GoodPeopleFixtures.likes(id));
        long lastMonths = GoodPeopleFixtures.candidate("上月候选人", thisRound().minusMonths(1));
        Visitor late = new Visitor().sending("X-Forwarded-For", "10.22.0.1");
        late.get("/api/goodpeople/likes?ids=" + lastMonths);
        HttpResponse<String> closed = late.post("/api/goodpeople/likes/" + lastMonths, Map.of());
        assertEquals(403, closed.statusCode());
        assertTrue(closed.body().contains("现在不是点赞时间"), closed.body());
        assertEquals(404, late.post("/api/goodpeople/likes/987654321", Map.of()).statusCode());
    }

    @Test
    void oneAddressLikesOneEntryAtMostTwentyTimesADayAndIsToldWhenToComeBack() {
        long id = GoodPeopleFixtures.candidate("同一地址点赞测试", thisRound());
        for (int i = 0; i < 20; i++) { // a family, an office: twenty visitors behind one address
            Visitor member = new Visitor().sending("X-Forwarded-For", "10.23.0.1");
            member.get("/api/goodpeople/likes?ids=" + id);
            assertEquals(200, member.post("/api/goodpeople/likes/" + id, Map.of()).statusCode());
        }
        Visitor oneMore = new Visitor().sending("X-Forwarded-For", "10.23.0.1");
        oneMore.get("/api/goodpeople/likes?ids=" + id);
        HttpResponse<String> refused = oneMore.post("/api/goodpeople/likes/" + id, Map.of());
        assertEquals(429, refused.statusCode());
        assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) > 0, "says when to try again");
        assertTrue(refused.body().contains("操作太频繁了"), refused.body());
        assertEquals(20, GoodPeopleFixtures.likes(id), "the refused like is not counted");
    }
}
