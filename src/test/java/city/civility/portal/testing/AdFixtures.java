package city.civility.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Ads in the library for tests about their files: a draft made in the database, and a file sent as the editor's page sends it. */
public final class AdFixtures {

    private AdFixtures() {
    }

    /** A new draft ad of this format (PICTURE, VIDEO, AUDIO, ANIMATION) written by {@code editor}; returns its id. */
    public static long draft(String format, String editor) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("INSERT INTO ad (title, theme_code, format, description, alt_text, producer, made_year, "
                     + "rights, tags, status, created_by, changed_at, version) VALUES (?, 'TRAFFIC', ?, '测试用的公益广告。', '一位交警在斑马线前指挥车辆礼让行人。', "
                     + "'江川市文明办', 2026, '免费用于公益宣传。', '', 'DRAFT', ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, "测试广告 " + System.nanoTime());
            s.setString(2, format);
            s.setString(3, editor);
            s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A published picture ad titled {@code title}: written as a draft, its original sent by
     * {@code editor} as the ad's page sends it, then marked published (the review is
     * AdLibraryBrowserIT's). Returns its id.
     */
    public static long published(Visitor editor, String title, Path picture) {
        long id = draft("PICTURE", "someone");
        HttpResponse<String> sent = upload(editor, id, "original", picture);
        if (sent.statusCode() != 204) {
            throw new IllegalStateException("the original was refused: " + sent.body());
        }
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("UPDATE ad SET title = ?, status = 'PUBLISHED', published_at = ?, published_by = 'test' WHERE id = ?")) {
            s.setString(1, title);
            s.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            s.setLong(3, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** Sends {@code file} as the ad's original or poster, as ads-admin.js does from the ad's page. */
    public static HttpResponse<String> upload(Visitor editor, long ad, String role, Path file) {
        try {
            return upload(editor, ad, role, file.getFileName().toString(), HttpRequest.BodyPublishers.ofFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpResponse<String> upload(Visitor editor, long ad, String role, String name, HttpRequest.BodyPublisher body) {
        return editor.postFile("/admin/ads/upload?ad=" + ad + "&file=" + role, body, Map.of(
                "Content-Type", "application/octet-stream",
                "X-File-Name", URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"),
                "Origin", PortalServer.get().baseUrl()));
    }

    /** A call for works on the theme 讲文明树新风 open from {@code opensOn} to {@code closesOn}, as the office's page leaves it; returns its id. */
    public static long call(String title, java.time.LocalDate opensOn, java.time.LocalDate closesOn) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("INSERT INTO ad_call (title, theme_code, rules, licence, opens_on, closes_on, created_by, created_at, version)"
                     + " VALUES (?, 'CIVILITY', '征集原创公益海报，横版，主题鲜明，画面文明健康。', '作者授权江川市文明办在公益宣传中免费使用，须署名。', ?, ?, 'test', ?, 1)",
                     Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, title);
            s.setObject(2, opensOn);
            s.setObject(3, closesOn);
            s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
