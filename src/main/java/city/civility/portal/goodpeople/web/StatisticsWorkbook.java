package city.civility.portal.goodpeople.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import city.civility.portal.goodpeople.GoodPeopleFigures;
import city.civility.portal.goodpeople.GoodPeopleFigures.Count;
import city.civility.portal.goodpeople.GoodPeopleFigures.RoundLikes;
import city.civility.portal.platform.i18n.Texts;

/**
 * The statistics as an Excel workbook, one sheet per figure, headed in the staff member's
 * language. Counts are number cells and months date cells, so the office can add, sort and
 * chart them in Excel; the approval rate is a fraction shown as a percentage.
 */
final class StatisticsWorkbook {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Locale language;
    private final CellStyle header;
    private final CellStyle month;
    private final CellStyle percent;

    private StatisticsWorkbook(Locale language) {
        this.language = language;
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        month = book.createCellStyle();
        month.setDataFormat(book.createDataFormat().getFormat("yyyy-mm"));
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
    }

    static byte[] write(GoodPeopleFigures figures, Locale language) {
        StatisticsWorkbook workbook = new StatisticsWorkbook(language);
        try (XSSFWorkbook book = workbook.book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.fill(figures);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(GoodPeopleFigures figures) {
        Sheet months = sheet("goodpeople.stats.sheet.byMonth", "goodpeople.stats.month", "goodpeople.stats.nominations");
        figures.byMonth().forEach(c -> row(months, c.key(), c.count()));
        Sheet categories = sheet("goodpeople.stats.sheet.byCategory", "goodpeople.stats.category", "goodpeople.stats.nominations");
        figures.byCategory().forEach(c -> row(categories, Texts.get(language, c.key().messageKey()), c.count()));
        Sheet districts = sheet("goodpeople.stats.sheet.byDistrict", "goodpeople.stats.district", "goodpeople.stats.nominations");
        for (Count<String> district : figures.topDistricts()) {
            row(districts, district.key(), district.count());
        }
        if (figures.otherDistricts() > 0) {
            row(districts, Texts.get(language, "goodpeople.stats.otherDistricts"), figures.otherDistricts());
        }
        Sheet decisions = sheet("goodpeople.stats.sheet.decisions",
                "goodpeople.stats.approved", "goodpeople.stats.rejected", "goodpeople.stats.decided", "goodpeople.stats.approvalRate");
        row(decisions, figures.approved(), figures.rejected(), figures.decided(), figures.approvalRate());
        Sheet likes = sheet("goodpeople.stats.sheet.likesByRound", "goodpeople.stats.round", "goodpeople.stats.candidates", "goodpeople.stats.likes");
        for (RoundLikes round : figures.likesByRound()) {
            row(likes, round.round(), round.candidates(), round.likes());
        }
    }

    private Sheet sheet(String nameKey, String... headerKeys) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(Texts.get(language, nameKey)));
        Row row = sheet.createRow(0);
        for (int i = 0; i < headerKeys.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(Texts.get(language, headerKeys[i]));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, (i == 0 ? 24 : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** A row under the last: text, a count, a month, or a rate (blank when there is none). */
    private void row(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            if (values[i] instanceof String text) {
                cell.setCellValue(text);
            } else if (values[i] instanceof Long count) {
                cell.setCellValue(count);
            } else if (values[i] instanceof YearMonth yearMonth) {
                cell.setCellValue(yearMonth.atDay(1));
                cell.setCellStyle(month);
            } else if (values[i] instanceof Double rate) {
                cell.setCellValue(rate);
                cell.setCellStyle(percent);
            }
        }
    }
}
