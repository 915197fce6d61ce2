package city.civility.portal.ads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.AdFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.Visitor;

/**
 * An ad's files as the editor's page sends them: a print original kept byte for byte with its web
 * copies made, served in parts, replaced by a corrected one; a 300 MB film streamed to disk with the portal's heap as it was; a program named
 * like a film, a file over the format's limit, a request from another site and one from a visitor
 * who is not staff all refused, with nothing kept.
 */
class AdUploadsIT {

    private static final long MB = 1024L * 1024L;

    private static Visitor editor() {
        Visitor editor = new Visitor();
        String name = StaffAccounts.create("ad-editor", "EDITOR");
        assertEquals(302, editor.signIn(name, StaffAccounts.PASSWORD).statusCode());
        return editor;
    }

    /** The ad's files: role → [media key, size, width]. */
    private static Map<String, Object[]> files(long ad) throws SQLException {
        Map<String, Object[]> files = new LinkedHashMap<>();
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT f.role, m.public_key, m.size_bytes, m.width FROM ad_file f JOIN media_file m ON m.id = f.media_id "
                     + "WHERE f.ad_id = ? ORDER BY f.role")) {
            s.setLong(1, ad);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    files.put(rows.getString(1), new Object[] {rows.getString(2), rows.getLong(3), rows.getObject(4)});
                }
            }
        }
        return files;
    }

    private static long mediaRows() throws SQLException {
        try (Connection c = PortalServer.get().database();
             ResultSet count = c.createStatement().executeQuery("SELECT COUNT(*) FROM media_file")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static long mediaFilesOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(PortalServer.get().mediaDirectory())) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aPrintOriginalIsKeptAsDeliveredAndGetsItsWebCopies() throws Exception {
        Visitor editor = editor();
        long ad = AdFixtures.draft("PICTURE", "someone");
        Path poster = TestFiles.png("print-original.png", 2400, 1350);

        HttpResponse<String> sent = AdFixtures.upload(editor, ad, "original", poster);

        assertEquals(204, sent.statusCode(), sent.body());
        Map<String, Object[]> files = files(ad);
        assertEquals(java.util.Set.of("ORIGINAL", "LARGE", "WEB"), files.keySet());
        assertArrayEquals(Files.readAllBytes(poster), editor.getBytes("/media/" + files.get("ORIGINAL")[0]), "the original is the producer's bytes");
        assertEquals(2400, files.get("ORIGINAL")[2]);
        assertEquals(1600, files.get("LARGE")[2]);
        assertEquals(800, files.get("WEB")[2]);

        String original = "/media/" + files.get("ORIGINAL")[0];
        HttpResponse<String> part = new Visitor().sending("Range", "bytes=0-99").get(original);
        assertEquals(206, part.statusCode(), "a part of it, as a film is played from where the viewer skips to");
        assertEquals("bytes 0-99/" + Files.size(poster), part.headers().firstValue("Content-Range").orElse(""));
        assertEquals("100", part.headers().firstValue("Content-Length").orElse(""));
        assertEquals(200, new Visitor().sending("Range", "bytes=9-3").get(original).statusCode(), "a range out of order is no range: the whole file");
        assertEquals(416, new Visitor().sending("Range", "bytes=" + Files.size(poster) + "-").get(original).statusCode());

        Path corrected = TestFiles.png("print-original-corrected.png", 1200, 675);
        assertEquals(204, AdFixtures.upload(editor, ad, "original", corrected).statusCode(), "a corrected original replaces the first");
        Map<String, Object[]> replaced = files(ad);
        assertEquals(java.util.Set.of("ORIGINAL", "LARGE", "WEB"), replaced.keySet());
        assertEquals(1200, replaced.get("ORIGINAL")[2]);
        assertEquals(1200, replaced.get("LARGE")[2], "never enlarged");
        assertEquals(800, replaced.get("WEB")[2]);
    }

    @Test
    void aFilmOf300MbStreamsToDiskWithoutTheHeapGrowing() throws Exception {
        Visitor editor = editor();
        long ad = AdFixtures.draft("VIDEO", "someone");
        Path film = TestFiles.mp4("city-film.mp4", 300);
        PortalServer server = PortalServer.get();
        long before = server.liveHeapBytes();
        AtomicLong halfway = new AtomicLong();
        // Half way through the film, the portal holds half of it: measured then, with the upload open.
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return new FilterInputStream(Files.newInputStream(film)) {
                    private long sent;

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        if (sent >= 150 * MB && halfway.get() == 0) {
                            try {
                                halfway.set(server.liveHeapBytes());
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new IOException(e);
                            }
                        }
                        int n = super.read(buffer, offset, length);
                        sent += Math.max(n, 0);
                        return n;
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        HttpResponse<String> sent = AdFixtures.upload(editor, ad, "original", "城市宣传片.mp4", body);

        assertEquals(204, sent.statusCode(), sent.body());
        assertEquals(300 * MB, files(ad).get("ORIGINAL")[1]);
        assertTrue(halfway.get() > 0, "measured half way");
        assertTrue(halfway.get() - before < 48 * MB, "the heap kept " + (halfway.get() - before) / MB + " MB more half way through a 300 MB film");
    }

    @Test
    void aProgramNamedLikeAFilmAndAFileOverTheLimitAreRefusedAndNothingIsKept() throws Exception {
        Visitor editor = editor();
        long ad = AdFixtures.draft("VIDEO", "someone");
        long rows = mediaRows();
        long onDisk = mediaFilesOnDisk();

        HttpResponse<String> program = AdFixtures.upload(editor, ad, "original", TestFiles.executableNamedMp4());
        assertEquals(400, program.statusCode(), program.body());
        assertTrue(program.body().contains("这里只能上传视频"), program.body());

        long picture = AdFixtures.draft("PICTURE", "someone");
        HttpResponse<String> tooLarge = AdFixtures.upload(editor, picture, "original", TestFiles.oversizedJpeg(201));
        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("最大 200 MB"), tooLarge.body());

        assertEquals("HTTP/1.1 413", statusOfAnnounced(editor, ad, 600 * MB).substring(0, 12), "refused from its length alone, before it is read");

        assertEquals(Map.of(), files(ad));
        assertEquals(Map.of(), files(picture));
        assertEquals(rows, mediaRows());
        assertEquals(onDisk, mediaFilesOnDisk(), "no file left in the media folder");
    }

    @Test
    void aFilmTakesWebVttCaptionsThatItsPageShows() throws Exception {
        Visitor editor = editor();
        long film = AdFixtures.draft("VIDEO", "someone");
        assertEquals(204, AdFixtures.upload(editor, film, "original", TestFiles.mp4("字幕测试.mp4", 1)).statusCode());
        Path captions = Files.writeString(Files.createTempDirectory("captions").resolve("字幕.vtt"),
                "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n过马路，请走斑马线。\n");
        assertEquals(204, AdFixtures.upload(editor, film, "captions", captions).statusCode());
        assertTrue(files(film).containsKey("CAPTIONS"), "kept as the film's captions: " + files(film));

        HttpResponse<String> subRip = AdFixtures.upload(editor, film, "captions",
                Files.writeString(captions.resolveSibling("字幕.srt"), "1\n00:00:01,000 --> 00:00:04,000\n过马路\n"));
        assertEquals(400, subRip.statusCode());
        assertTrue(subRip.body().contains("这里只能上传字幕文件"), subRip.body());
        long picture = AdFixtures.draft("PICTURE", "someone");
        HttpResponse<String> onPicture = AdFixtures.upload(editor, picture, "captions", captions);
        assertEquals(400, onPicture.statusCode());
        assertTrue(onPicture.body().contains("只有视频广告可以加字幕"), onPicture.body());

        assertEquals(204, AdFixtures.upload(editor, film, "poster", TestFiles.png("字幕测试封面.png", 1280, 720)).statusCode());
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("UPDATE ad SET status = 'PUBLISHED', published_at = ?, published_by = 'test' WHERE id = ?")) {
            s.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            s.setLong(2, film);
            s.executeUpdate();
        }
        String page = new Visitor().get("/ads/" + film).body();
        Matcher track = Pattern.compile("<track kind=\"captions\" srclang=\"zh\"[^>]*src=\"([^\"]+)\"").matcher(page);
        assertTrue(track.find(), "the film's page shows its captions: " + page);
        HttpResponse<String> served = new Visitor().get(track.group(1));
        assertEquals("text/vtt;charset=UTF-8", served.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(served.body().contains("过马路，请走斑马线。"));
    }

    /** The answer's status line to a request that announces a body of {@code length} bytes and sends none of it. */
    private static String statusOfAnnounced(Visitor editor, long ad, long length) throws IOException {
        URI base = URI.create(PortalServer.get().baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /admin/ads/upload?ad=" + ad + "&file=original HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nOrigin: " + base + "\r\nContent-Type: application/octet-stream\r\nX-File-Name: huge.mp4\r\nContent-Length: " + length
                    + "\r\nCookie: JSESSIONID=" + editor.cookie("JSESSIONID").orElseThrow().getValue() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void anotherSitesPageAndSomeoneNotStaffCannotSendAFile() throws Exception {
        Visitor editor = editor();
        long ad = AdFixtures.draft("PICTURE", "someone");
        Path picture = TestFiles.png("small.png", 640, 360);

        HttpResponse<String> crossSite = editor.postFile("/admin/ads/upload?ad=" + ad + "&file=original", HttpRequest.BodyPublishers.ofFile(picture),
                Map.of("Content-Type", "application/octet-stream", "X-File-Name", "small.png", "Sec-Fetch-Site", "cross-site"));
        assertEquals(403, crossSite.statusCode(), crossSite.body());

        Visitor stranger = new Visitor();
        HttpResponse<String> notStaff = AdFixtures.upload(stranger, ad, "original", picture);
        assertTrue(notStaff.statusCode() == 302 || notStaff.statusCode() == 401 || notStaff.statusCode() == 403, "refused: " + notStaff.statusCode());

        Visitor caseOfficer = new Visitor();
        assertEquals(302, caseOfficer.signIn(StaffAccounts.create("ad-officer", "CASE_OFFICER"), StaffAccounts.PASSWORD).statusCode());
        assertEquals(403, AdFixtures.upload(caseOfficer, ad, "original", picture).statusCode());

        assertEquals(Map.of(), files(ad));
    }
}
