package city.civility.portal.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 道德模范 campaigns as the office leaves them after review, written straight to the database:
 * launched, the five national categories with three candidates each (numbered 1 to 15 in
 * category order), voting from {@code votingFrom} to {@code votingUntil} around the portal's now.
 */
public final class CampaignFixtures {

    public static final List<String> CATEGORIES = List.of("HELPING_OTHERS", "COURAGE", "HONESTY", "DEDICATION", "FAMILY");
    private static final List<String> NAMES = List.of("助人为乐", "见义勇为", "诚实守信", "敬业奉献", "孝老爱亲");
    private static int next = 1;

    /** A campaign created: its address, and its candidates' ids by category code, in number order. */
    public record Campaign(long id, String slug, Map<String, List<Long>> candidates) {

        public List<Long> in(String category) {
            return candidates.get(category);
        }

        public List<Long> all() {
            return candidates.values().stream().flatMap(List::stream).toList();
        }
    }

    /** The rules and dates of a campaign to create; the defaults: the official rule, voting for the last day and the next three. */
    public static final class Builder {
        private String slug = "test-campaign-" + (next++) + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        private int maxPerCategory = 10;
        private int maxTotal = 50;
        private String frequency = "ONCE";
        private String voterCheck = "PHONE";
        private boolean tallyPublic;
        private Duration votingFrom = Duration.ofDays(-1);
        private Duration votingUntil = Duration.ofDays(3);
        private String firstName = "候选人1";

        public Builder picks(int perCategory, int total) {
            this.maxPerCategory = perCategory;
            this.maxTotal = total;
            return this;
        }

        public Builder daily() {
            this.frequency = "DAILY";
            return this;
        }

        public Builder withIdNumbers() {
            this.voterCheck = "PHONE_AND_ID";
            return this;
        }

        /** The name of candidate 001 (the others are 候选人2 to 候选人15). */
        public Builder firstNamed(String name) {
            this.firstName = name;
            return this;
        }

        public Builder tallyPublic() {
            this.tallyPublic = true;
            return this;
        }

        /** Voting from {@code from} to {@code until} after the portal's now (negative: before it). */
        public Builder voting(Duration from, Duration until) {
            this.votingFrom = from;
            this.votingUntil = until;
            return this;
        }

        public Campaign create() {
            Instant now = PortalServer.get().now();
            Instant voting = now.plus(votingFrom);
            Instant counting = now.plus(votingUntil);
            Instant start = voting.minus(Duration.ofDays(30));
            try (Connection c = PortalServer.get().database()) {
                long id;
                try (PreparedStatement s = c.prepareStatement("INSERT INTO campaign (slug, title, summary, phase, launched_at, nominations_from,"
                        + " review_from, notice_from, voting_from, counting_from, results_from, archived_from, max_per_category, max_total,"
                        + " ballot_frequency, voter_check, tally_public, public_weight, jury_size, changed_at, version)"
                        + " VALUES (?, ?, '为测试创建的评选。', 'NOMINATIONS', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 100, 0, ?, 1)", new String[] {"id"})) {
                    s.setString(1, slug);
                    s.setString(2, "测试评选 " + slug);
                    s.setObject(3, at(start));
                    s.setObject(4, at(start));
                    s.setObject(5, at(start.plus(Duration.ofDays(10))));
                    s.setObject(6, at(start.plus(Duration.ofDays(20))));
                    s.setObject(7, at(voting));
                    s.setObject(8, at(counting));
                    s.setObject(9, at(counting.plus(Duration.ofDays(3))));
                    s.setObject(10, at(counting.plus(Duration.ofDays(60))));
                    s.setInt(11, maxPerCategory);
                    s.setInt(12, maxTotal);
                    s.setString(13, frequency);
                    s.setString(14, voterCheck);
                    s.setBoolean(15, tallyPublic);
                    s.setObject(16, at(now));
                    s.executeUpdate();
                    id = key(s);
                }
                Map<String, List<Long>> candidates = new LinkedHashMap<>();
                int number = 0;
                for (int i = 0; i < CATEGORIES.size(); i++) {
                    long category;
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO campaign_category (campaign_id, position, code, name, seats)"
                            + " VALUES (?, ?, ?, ?, 2)", new String[] {"id"})) {
                        s.setLong(1, id);
                        s.setInt(2, i);
                        s.setString(3, CATEGORIES.get(i));
                        s.setString(4, NAMES.get(i));
                        s.executeUpdate();
                        category = key(s);
                    }
                    List<Long> ids = new ArrayList<>();
                    for (int k = 0; k < 3; k++) {
                        try (PreparedStatement s = c.prepareStatement("INSERT INTO campaign_nominee (campaign_id, category_id, number, name, district,"
                                + " story, source, unit_name, status, decided_at, decided_by, submitted_at, changed_at, version)"
                                + " VALUES (?, ?, ?, ?, '滨河区', ?, 'UNIT', '江川市总工会', 'PASSED', ?, 'reviewer', ?, ?, 1)", new String[] {"id"})) {
                            s.setLong(1, id);
                            s.setLong(2, category);
                            String name = ++number == 1 ? firstName : "候选人" + number;
                            s.setInt(3, number);
                            s.setString(4, name);
                            s.setString(5, name + "多年来热心帮助邻里，照顾独居老人，组织志愿服务，深受街坊好评。这是为测试写的事迹，内容是虚构的。");
                            s.setObject(6, at(start));
                            s.setObject(7, at(start));
                            s.setObject(8, at(start));
                            s.executeUpdate();
                            ids.add(key(s));
                        }
                    }
                    candidates.put(CATEGORIES.get(i), ids);
                }
                return new Campaign(id, slug, candidates);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private CampaignFixtures() {
    }

    public static Builder campaign() {
        return new Builder();
    }

    /** Takes a candidate off the ballot, as the office's withdrawal leaves them. */
    public static void withdraw(long candidate) {
        execute("UPDATE campaign_nominee SET status = 'WITHDRAWN', decision_reason = '本人申请退出' WHERE id = ?", candidate);
    }

    /**
     * A resident's objection to a candidate, as the objection form leaves it (its contact a made-up
     * phone); returns its tracking number, for the address {@code /campaigns/{slug}/objections/{number}}.
     */
    public static String objection(long campaign, long candidate, String grounds) {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        StringBuilder number = new StringBuilder("YY-202601-");
        for (int i = 0; i < 7; i++) {
            number.append(alphabet.charAt(java.util.concurrent.ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("INSERT INTO campaign_objection (campaign_id, nominee_id, tracking_number, objector_name,"
                     + " objector_contact, grounds, submitted_at, version) VALUES (?, ?, ?, '居民', '13700000000', ?, ?, 1)")) {
            s.setLong(1, campaign);
            s.setLong(2, candidate);
            s.setString(3, number.toString());
            s.setString(4, grounds);
            s.setObject(5, at(PortalServer.get().now()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return number.toString();
    }

    /** Ballots kept in a campaign, by status: {counted, set aside, voided}. */
    public static long[] ballots(long campaign) {
        long[] counts = new long[3];
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT status, COUNT(*) FROM ballot WHERE campaign_id = ? GROUP BY status")) {
            s.setLong(1, campaign);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts[List.of("COUNTED", "SET_ASIDE", "VOIDED").indexOf(r.getString(1))] = r.getLong(2);
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql, long id) {
        try (Connection c = PortalServer.get().database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static long key(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
