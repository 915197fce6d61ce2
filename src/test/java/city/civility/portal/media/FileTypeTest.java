package city.civility.portal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Films, sound and captions are told by their content, as pictures and documents are: never by the name they were given. */
class FileTypeTest {

    @TempDir
    Path dir;

    private Optional<FileType> sniff(int... head) throws IOException {
        byte[] bytes = new byte[64];
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return FileType.sniff(Files.write(dir.resolve("upload.bin"), bytes));
    }

    private static int[] ascii(int offset, String text, int... before) {
        int[] head = new int[offset + text.length()];
        System.arraycopy(before, 0, head, 0, before.length);
        for (int i = 0; i < text.length(); i++) {
            head[offset + i] = text.charAt(i);
        }
        return head;
    }

    @Test
    void mpeg4FilmsAndSoundAreToldApartByTheirBrand() throws IOException {
        assertEquals(Optional.of(FileType.MP4), sniff(ascii(4, "ftypisom", 0, 0, 0, 0x18)));
        assertEquals(Optional.of(FileType.MP4), sniff(ascii(4, "ftypmp42", 0, 0, 0, 0x18)));
        assertEquals(Optional.of(FileType.M4A), sniff(ascii(4, "ftypM4A ", 0, 0, 0, 0x18)));
        assertEquals(Optional.empty(), sniff(ascii(4, "ftypqt  ", 0, 0, 0, 0x14)), "QuickTime is not taken");
    }

    @Test
    void webmIsMatroskaThatNamesItself() throws IOException {
        int[] webm = ascii(31, "webm", 0x1A, 0x45, 0xDF, 0xA3);
        assertEquals(Optional.of(FileType.WEBM), sniff(webm));
        assertEquals(Optional.empty(), sniff(ascii(31, "matroska", 0x1A, 0x45, 0xDF, 0xA3)), "other Matroska files are not");
    }

    @Test
    void mp3WithATagOrAFrameHeader() throws IOException {
        assertEquals(Optional.of(FileType.MP3), sniff(ascii(0, "ID3")));
        assertEquals(Optional.of(FileType.MP3), sniff(0xFF, 0xFB, 0x90, 0x64));
        assertEquals(Optional.of(FileType.JPEG), sniff(0xFF, 0xD8, 0xFF, 0xE0), "a JPEG's marker is not an audio frame");
    }

    @Test
    void aProgramIsNothingWhateverItsName() throws IOException {
        assertEquals(Optional.empty(), sniff(0x7F, 'E', 'L', 'F', 2, 1, 1));
        assertEquals(Optional.empty(), sniff('M', 'Z', 0x90, 0));
    }

    @Test
    void captionsAreWebVttTextThroughout() throws IOException {
        String cues = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n礼让斑马线，文明你我他。\n";
        assertEquals(Optional.of(FileType.VTT), FileType.sniff(Files.writeString(dir.resolve("a.vtt"), cues)));
        assertEquals(Optional.of(FileType.VTT), FileType.sniff(Files.writeString(dir.resolve("bom.vtt"), "\uFEFF" + cues)), "with a byte order mark");
        assertEquals(Optional.empty(), FileType.sniff(Files.writeString(dir.resolve("b.vtt"), "WEBVTTX\n")), "WEBVTT must stand alone");
        assertEquals(Optional.empty(), FileType.sniff(Files.writeString(dir.resolve("c.vtt"), "1\n00:00:01,000 --> 00:00:04,000\n字幕\n")),
                "SubRip is not WebVTT");
        byte[] notText = (cues + "\u0000\u0001").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), FileType.sniff(Files.write(dir.resolve("d.vtt"), notText)), "control bytes after the header");
        byte[] notUtf8 = java.util.Arrays.copyOf(cues.getBytes(java.nio.charset.StandardCharsets.UTF_8), cues.length() + 40);
        notUtf8[notUtf8.length - 1] = (byte) 0xC3;
        notUtf8[notUtf8.length - 2] = (byte) 0xFF;
        assertEquals(Optional.empty(), FileType.sniff(Files.write(dir.resolve("e.vtt"), notUtf8)), "not UTF-8");
    }
}
