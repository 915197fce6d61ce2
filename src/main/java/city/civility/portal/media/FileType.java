package city.civility.portal.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the media library takes, told apart by their content (magic
 * numbers), never by the name the uploader gave them.
 */
public enum FileType {
    JPEG("image/jpeg", "jpg", Kind.PICTURE),
    PNG("image/png", "png", Kind.PICTURE),
    GIF("image/gif", "gif", Kind.PICTURE),
    WEBP("image/webp", "webp", Kind.PICTURE),
    PDF("application/pdf", "pdf", Kind.DOCUMENT),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", Kind.DOCUMENT),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", Kind.DOCUMENT),
    /** MPEG-4 film (H.264 as browsers play it); QuickTime's .mov is not taken. */
    MP4("video/mp4", "mp4", Kind.VIDEO),
    WEBM("video/webm", "webm", Kind.VIDEO),
    MP3("audio/mpeg", "mp3", Kind.AUDIO),
    M4A("audio/mp4", "m4a", Kind.AUDIO),
    /** A film's captions (WebVTT), UTF-8 text: the words the browser shows over the film. */
    VTT("text/vtt", "vtt", Kind.CAPTIONS);

    /** What a file is for: the library's general uploads take pictures and documents; films and sound only where a page asks for them. */
    public enum Kind {
        PICTURE, DOCUMENT, VIDEO, AUDIO, CAPTIONS
    }

    private final String contentType;
    private final String extension;
    private final Kind kind;

    FileType(String contentType, String extension, Kind kind) {
        this.contentType = contentType;
        this.extension = extension;
        this.kind = kind;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return kind == Kind.PICTURE;
    }

    public Kind kind() {
        return kind;
    }

    /** What the file really is, or empty when it is none of the accepted kinds. */
    static Optional<FileType> sniff(Path file) throws IOException {
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        head = Arrays.copyOf(head, n);
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (ascii(head, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
            return OfficeDocument.typeOf(file);
        }
        if (ascii(head, 4, "ftyp")) { // an ISO media file: its brand says sound or film
            return ascii(head, 8, "M4A ") || ascii(head, 8, "M4B ") ? Optional.of(M4A)
                    : ascii(head, 8, "qt  ") ? Optional.empty() : Optional.of(MP4);
        }
        if (startsWith(head, 0x1A, 0x45, 0xDF, 0xA3)) { // Matroska; WebM names itself in the header
            return new String(head, StandardCharsets.ISO_8859_1).contains("webm") ? Optional.of(WEBM) : Optional.empty();
        }
        if (ascii(head, 0, "ID3") || isMpegAudioFrame(head)) {
            return Optional.of(MP3);
        }
        int bom = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (ascii(head, bom, "WEBVTT") && (head.length == bom + 6 || " \t\r\n".indexOf(head[bom + 6]) >= 0)) {
            return isText(file) ? Optional.of(VTT) : Optional.empty(); // the whole file: text the browser shows, never bytes of another kind
        }
        return Optional.empty();
    }

    /** Valid UTF-8 throughout, without control characters other than tab and line ends. */
    private static boolean isText(Path file) throws IOException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** An MPEG audio layer III frame header: eleven sync bits, then a version, layer III and a bitrate that is not "bad". */
    private static boolean isMpegAudioFrame(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x18) != 0x08
                && (head[1] & 0x06) == 0x02 && (head[2] & 0xF0) != 0xF0;
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] head, int offset, String text) {
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        return head.length >= offset + expected.length
                && Arrays.equals(head, offset, offset + expected.length, expected, 0, expected.length);
    }
}
