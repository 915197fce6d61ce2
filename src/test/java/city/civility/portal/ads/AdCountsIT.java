package city.civility.portal.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.AdFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.Visitor;

/**
 * Impressions and clicks sent at once by many visitors are all counted, in the day's one row per
 * ad and placement, with nothing about the visitors; a beacon for an ad not on air there is refused
 * and counts nothing.
 */
class AdCountsIT {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    /** Puts the ad on the placement today, as an editor's schedule does, and moves the public version on (which a schedule does too). */
    private static void onAir(long ad, String placement, LocalDate today) throws SQLException {
        try (Connection c = PortalServer.get().database()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO ad_schedule (ad_id, placement_code, starts_on, ends_on, weight, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, 10, 'test', ?)")) {
                s.setLong(1, ad);
                s.setString(2, placement);
                s.setObject(3, today);
                s.setObject(4, today.plusDays(1));
                s.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                s.executeUpdate();
            }
            c.createStatement().executeUpdate("UPDATE public_version SET changed_at = changed_at + INTERVAL '1' SECOND");
        }
    }

    private static long[] counted(long ad, String placement) throws SQLException {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(impressions), 0), COALESCE(SUM(clicks), 0), COUNT(*) FROM ad_count"
                     + " WHERE ad_id = ? AND placement_code = ?")) {
            s.setLong(1, ad);
            s.setString(2, placement);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
            }
        }
    }

    private static HttpResponse<String> beacon(Visitor visitor, long ad, String placement, String seen) {
        return visitor.post("/api/ads/beacon", Map.of("ad", String.valueOf(ad), "placement", placement, "seen", seen));
    }

    @Test
    void everyBeaconSentAtOnceIsCountedOnceAndOnlyForAnAdOnAir() throws Exception {
        Visitor editor = new Visitor();
        assertEquals(302, editor.signIn(StaffAccounts.create("ad-counter", "EDITOR"), StaffAccounts.PASSWORD).statusCode());
        long ad = AdFixtures.published(editor, "节约用水 " + UUID.randomUUID().toString().substring(0, 6), TestFiles.png("water.png", 800, 450));
        long notOnAir = AdFixtures.published(editor, "爱护绿地 " + UUID.randomUUID().toString().substring(0, 6), TestFiles.png("grass.png", 800, 450));
        LocalDate today = PortalServer.get().now().atZone(OFFICE).toLocalDate();
        onAir(ad, "sidebar", today);

        Visitor first = new Visitor();
        HttpResponse<String> answer = first.await("/api/ads/placements/sidebar", a -> a.body().contains("\"id\":" + ad + ","), Duration.ofSeconds(5));
        assertEquals(200, answer.statusCode(), answer.body());

        int visitors = 16;
        int each = 150;
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        List<Future<?>> sending = new ArrayList<>();
        for (int v = 0; v < visitors; v++) {
            int number = v;
            sending.add(pool.submit(() -> {
                Visitor visitor = new Visitor().sending("X-Forwarded-For", "203.0.113." + (10 + number));
                for (int i = 0; i < each; i++) {
                    String seen = (number * each + i) % 10 == 0 ? "click" : "impression";
                    if (beacon(visitor, ad, "sidebar", seen).statusCode() != 204) {
                        refused.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : sending) {
            f.get();
        }
        pool.shutdown();
        assertEquals(0, refused.get(), "every beacon for an ad on air is taken");

        // One address past its 600 a minute: refused, and not counted.
        Visitor script = new Visitor().sending("X-Forwarded-For", "203.0.113.99");
        int taken = 0;
        int tooMany = 0;
        for (int i = 0; i < 610; i++) {
            int status = beacon(script, ad, "sidebar", "impression").statusCode();
            taken += status == 204 ? 1 : 0;
            tooMany += status == 429 ? 1 : 0;
        }
        assertEquals(600, taken, "600 a minute from one address");
        assertEquals(10, tooMany, "the rest refused");

        assertEquals(400, beacon(first, notOnAir, "sidebar", "impression").statusCode(), "not scheduled");
        assertEquals(400, beacon(first, ad, "home-banner", "impression").statusCode(), "on air, but not there");
        assertEquals(400, beacon(first, ad, "sidebar", "hover").statusCode());

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long[] counts = counted(ad, "sidebar");
        while (counts[0] + counts[1] < visitors * each + taken && System.nanoTime() < deadline) {
            Thread.sleep(250); // the sums are written once a second
            counts = counted(ad, "sidebar");
        }
        int clicks = visitors * each / 10;
        assertEquals(visitors * each - clicks + taken, counts[0], "impressions, none of those refused");
        assertEquals(clicks, counts[1], "clicks");
        assertEquals(1, counts[2], "one row for the day");
        assertEquals(0, counted(notOnAir, "sidebar")[2]);
        assertEquals(0, counted(ad, "home-banner")[2]);
    }
}
