package city.civility.portal.campaigns.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import city.civility.portal.campaigns.BallotReview;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.i18n.Texts;

/**
 * Every ballot of a campaign for the audit, as CSV or as an Excel workbook, headed in the staff
 * member's language: its number, time (office time), status, signals, network, how long its
 * page was open, the voter's pseudonym, the candidates' numbers it chose, and the review.
 * Written as the ballots are read, so a city's vote never sits in memory whole.
 */
final class BallotsExport {

    private static final List<String> HEADERS = List.of("campaigns.export.number", "campaigns.export.castAt", "campaigns.export.status",
            "campaigns.export.signals", "campaigns.export.subnet", "campaigns.export.fillSeconds", "campaigns.export.voter",
            "campaigns.export.choices", "campaigns.export.reviewedBy", "campaigns.export.reviewReason");

    private BallotsExport() {
    }

    static void csv(BallotReview review, long campaignId, Locale language, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(String.join(",", HEADERS.stream().map(h -> quoted(Texts.get(language, h))).toList()) + "\r\n");
        try {
            review.export(campaignId, row -> {
                try {
                    writer.write(String.join(",", values(row, language).stream().map(BallotsExport::quoted).toList()) + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    static void workbook(BallotReview review, long campaignId, Locale language, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            Sheet sheet = book.createSheet(Texts.get(language, "campaigns.export.sheet"));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Row top = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = top.createCell(i);
                cell.setCellValue(Texts.get(language, HEADERS.get(i)));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            review.export(campaignId, row -> {
                Row line = sheet.createRow(sheet.getLastRowNum() + 1);
                List<String> values = values(row, language);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = line.createCell(i);
                    if (i == 1) {
                        cell.setCellValue(LocalDateTime.ofInstant(row.castAt(), PortalClock.ZONE));
                        cell.setCellStyle(time);
                    } else if (i == 5) {
                        cell.setCellValue(row.fillSeconds());
                    } else {
                        cell.setCellValue(values.get(i));
                    }
                }
            });
            book.write(out); // closing the workbook deletes its temporary files
        }
    }

    private static List<String> values(BallotReview.Row row, Locale language) {
        return List.of(row.number(), LocalDateTime.ofInstant(row.castAt(), PortalClock.ZONE).toString().replace('T', ' '),
                Texts.get(language, row.status().messageKey()), row.signals(), row.subnet(), String.valueOf(row.fillSeconds()), row.voter(),
                String.join(" ", row.choices()), row.reviewedBy() == null ? "" : row.reviewedBy(), row.reviewReason() == null ? "" : row.reviewReason());
    }

    /** A CSV field: quoted, quotes doubled; a leading =, +, - or @ is kept from being read as a formula. */
    private static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
