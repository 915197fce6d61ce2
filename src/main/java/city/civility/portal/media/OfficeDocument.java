package city.civility.portal.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import city.civility.portal.platform.RuleViolation;

/**
 * Word and Excel files are ZIP archives. This reads one through, counting what it
 * really unpacks (never trusting the sizes the archive claims), so a "zip bomb" is
 * refused before it can fill memory or disk, and tells .docx from .xlsx by content.
 */
final class OfficeDocument {

    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 5_000;

    private OfficeDocument() {
    }

    static Optional<FileType> typeOf(Path file) throws IOException {
        long packed = Files.size(file);
        long unpacked = 0;
        int entries = 0;
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw new RuleViolation("media.zipBomb");
                }
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.equals("word/document.xml");
                excel |= name.equals("xl/workbook.xml");
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES || unpacked > Math.max(packed, 1) * MAX_RATIO + 1024 * 1024) {
                        throw new RuleViolation("media.zipBomb");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable ZIP: not a document we take
        }
        if (!contentTypes) {
            return Optional.empty();
        }
        return word ? Optional.of(FileType.DOCX) : excel ? Optional.of(FileType.XLSX) : Optional.empty();
    }
}
