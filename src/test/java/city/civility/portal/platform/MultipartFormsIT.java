package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import city.civility.portal.testing.FeedbackFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.Visitor;

/**
 * Forms with files, as residents send a thousand a day: once answered, nothing of them stays in
 * the portal's memory or on its disk (the server's own parser kept every part of every form
 * for good), and a form of more parts than any of the portal's is refused unread.
 */
@Tag(PortalServer.ANY_DATABASE) // the request's parts, whatever the database
class MultipartFormsIT {

    @Test
    void noPartOfAnAnsweredFormStaysInMemoryOrOnDisk() throws Exception {
        Path photo = TestFiles.oversizedJpeg(2); // over the 1 MB kept in memory: it waits on disk
        for (int i = 0; i < 30; i++) {
            Visitor resident = FeedbackFixtures.resident();
            Map<String, String> form = FeedbackFixtures.form(resident, "SNAPSHOT", "OTHER", "太短", "幸福路", true, "", Map.of());
            HttpResponse<String> answer = FeedbackFixtures.send(resident, form, i % 10 == 0 ? List.of(photo) : List.of());
            assertEquals(200, answer.statusCode(), "the form comes back with its refusal");
            assertTrue(answer.body().contains("幸福路"), "what was typed is kept");
        }
        Map<String, Long> heap = PortalServer.get().heapHistogram();
        assertEquals(0, heap.getOrDefault("org.apache.catalina.fileupload.PartItem", 0L), "the server's parser is not used");
        assertEquals(0, heap.getOrDefault("org.apache.commons.fileupload2.core.DiskFileItem", 0L), "no part outlives its request");
        try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith("portal-uploads-")).toList()) {
                try (Stream<Path> left = Files.list(folder)) {
                    assertEquals(List.of(), left.toList(), "no upload left on disk in " + folder);
                }
            }
        }
    }

    @Test
    void aFormOfMorePartsThanAnyOfThePortalsIsRefusedUnread() {
        Visitor resident = FeedbackFixtures.resident();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            fields.put("field" + i, "x");
        }
        assertEquals(413, resident.postMultipart("/feedback/new", fields, Map.of()).statusCode());
    }
}
