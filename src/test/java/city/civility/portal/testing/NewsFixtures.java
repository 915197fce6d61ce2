package city.civility.portal.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts articles straight into the database for tests that read the public side
 * (feeds, sitemap, API), in the state a reviewer's approval would leave them.
 * The workflow itself is tested through the admin pages.
 */
public final class NewsFixtures {

    public enum State { PUBLISHED, DRAFT, WITHDRAWN, SCHEDULED }

    private NewsFixtures() {
    }

    /** Creates an article in the channel with this slug; returns its id. */
    public static long article(String title, String channelSlug, String bodyHtml, State state) {
        // The portal's clock, which tests may have moved ahead: "now" must be now for the portal too.
        return article(title, channelSlug, bodyHtml, state, PortalServer.get().now());
    }

    /** As above, at the given time (for when the portal is down and cannot be asked for its clock). */
    public static long article(String title, String channelSlug, String bodyHtml, State state, Instant at) {
        try (Connection c = PortalServer.get().database()) {
            c.setAutoCommit(false);
            long article = insert(c, title, channelSlug, bodyHtml, state, at);
            c.commit();
            return article;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes {@code count} articles titled "{title} 1" and on in one transaction, as a large import does; returns their ids. */
    public static List<Long> published(String title, String channelSlug, String bodyHtml, int count) {
        Instant at = PortalServer.get().now();
        try (Connection c = PortalServer.get().database()) {
            c.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                ids.add(insert(c, title + " " + i, channelSlug, bodyHtml, State.PUBLISHED, at));
            }
            c.commit();
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(Connection c, String title, String channelSlug, String bodyHtml, State state, Instant at) throws SQLException {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        long channel = single(c, "SELECT id FROM channel WHERE slug = '" + channelSlug + "'");
        long article;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO article (channel_id, status, created_by, pinned, headline, "
                + "first_published_at, public_changed_at, view_count, created_at, updated_at, version) "
                + "VALUES (?, ?, 'fixture', FALSE, FALSE, ?, ?, 0, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, channel);
            s.setString(2, state.name());
            s.setObject(3, state == State.DRAFT ? null : now);
            s.setObject(4, state == State.DRAFT ? null : now);
            s.setObject(5, now);
            s.setObject(6, now);
            s.executeUpdate();
            article = key(s);
        }
        long revision;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO article_revision (article_id, number, title, summary, body, "
                + "channel_id, pinned, headline, saved_by, saved_at) VALUES (?, 1, ?, ?, ?, ?, FALSE, FALSE, 'fixture', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, article);
            s.setString(2, title);
            s.setString(3, title + "的摘要");
            s.setString(4, bodyHtml);
            s.setLong(5, channel);
            s.setObject(6, now);
            s.executeUpdate();
            revision = key(s);
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE article SET current_revision_id = ?, published_revision_id = ? WHERE id = ?")) {
            s.setLong(1, revision);
            s.setObject(2, state == State.PUBLISHED ? revision : null);
            s.setLong(3, article);
            s.executeUpdate();
        }
        if (state == State.PUBLISHED || state == State.WITHDRAWN) {
            publicVersionMovesOn(c, now);
        }
        if (state == State.PUBLISHED) {
            searchOutboxRow(c, article, now);
        }
        return article;
    }

    /** An approved article that the portal is to publish at {@code at}, as a reviewer's approval for a time leaves it; returns its id. */
    public static long scheduled(String title, String channelSlug, String bodyHtml, Instant at) {
        long id = article(title, channelSlug, bodyHtml, State.SCHEDULED, at);
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("UPDATE article SET scheduled_for = ?, first_published_at = NULL, "
                     + "public_changed_at = NULL WHERE id = ?")) {
            s.setObject(1, at.atOffset(ZoneOffset.UTC));
            s.setLong(2, id);
            s.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A visible topic (专题) without a banner gathering these articles in this order, as a reviewer's save leaves it; returns its id. */
    public static long topic(String title, String slug, String introHtml, long... articles) {
        OffsetDateTime now = PortalServer.get().now().atOffset(ZoneOffset.UTC);
        try (Connection c = PortalServer.get().database()) {
            c.setAutoCommit(false);
            long topic;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO topic (slug, title, intro, visible, changed_at, created_at, version) "
                    + "VALUES (?, ?, ?, TRUE, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, slug);
                s.setString(2, title);
                s.setString(3, introHtml);
                s.setObject(4, now);
                s.setObject(5, now);
                s.executeUpdate();
                topic = key(s);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO topic_article (topic_id, article_id, position) VALUES (?, ?, ?)")) {
                for (int i = 0; i < articles.length; i++) {
                    s.setLong(1, topic);
                    s.setLong(2, articles[i]);
                    s.setInt(3, i);
                    s.executeUpdate();
                }
            }
            publicVersionMovesOn(c, now);
            c.commit();
            return topic;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes a published article down, as a reviewer's withdrawal does. */
    public static void withdraw(long id) {
        withdraw(id, PortalServer.get().now());
    }

    /** As above, at the given time. */
    public static void withdraw(long id, Instant at) {
        try (Connection c = PortalServer.get().database()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("UPDATE article SET status = 'WITHDRAWN', published_revision_id = NULL, "
                    + "public_changed_at = ?, version = version + 1 WHERE id = ?")) {
                s.setObject(1, at.atOffset(ZoneOffset.UTC));
                s.setLong(2, id);
                s.executeUpdate();
            }
            publicVersionMovesOn(c, at.atOffset(ZoneOffset.UTC));
            searchOutboxRow(c, id, at.atOffset(ZoneOffset.UTC));
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version of what the public sees moves on, as the portal moves it in every transaction that changes it. */
    static void publicVersionMovesOn(Connection c, OffsetDateTime at) throws SQLException {
        OffsetDateTime current;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT changed_at FROM public_version WHERE id = 1 FOR UPDATE")) {
            r.next();
            current = r.getObject(1, OffsetDateTime.class);
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE public_version SET changed_at = ? WHERE id = 1")) {
            s.setObject(1, at.isAfter(current) ? at : current.plusNanos(1_000_000));
            s.executeUpdate();
        }
    }

    /** The search index's note that the article changed, which the portal writes in the same transaction. */
    private static void searchOutboxRow(Connection c, long article, OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO search_outbox (doc_type, doc_id, created_at) VALUES ('article', ?, ?)")) {
            s.setLong(1, article);
            s.setObject(2, at);
            s.executeUpdate();
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long key(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
