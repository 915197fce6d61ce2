package city.civility.portal.feedback.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import city.civility.portal.feedback.CaseFigures;
import city.civility.portal.platform.i18n.Texts;

/**
 * The cases' figures as an Excel workbook, one sheet per figure, headed in the staff member's
 * language: counts as numbers, months as dates, rates as fractions shown as percentages, so the
 * office can sort and chart them in Excel.
 */
final class CaseStatisticsWorkbook {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Locale language;
    private final CellStyle header;
    private final CellStyle month;
    private final CellStyle percent;
    private final CellStyle decimal;

    private CaseStatisticsWorkbook(Locale language) {
        this.language = language;
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        month = book.createCellStyle();
        month.setDataFormat(book.createDataFormat().getFormat("yyyy-mm"));
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
        decimal = book.createCellStyle();
        decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
    }

    static byte[] write(CaseFigures figures, Locale language) {
        CaseStatisticsWorkbook workbook = new CaseStatisticsWorkbook(language);
        try (XSSFWorkbook book = workbook.book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.fill(figures);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(CaseFigures figures) {
        Sheet months = sheet("feedback.stats.byMonth", "feedback.stats.month", "feedback.stats.cases");
        figures.byMonth().forEach(c -> {
            Row row = months.createRow(months.getLastRowNum() + 1);
            Cell cell = row.createCell(0);
            cell.setCellValue(c.key().atDay(1));
            cell.setCellStyle(month);
            row.createCell(1).setCellValue(c.count());
        });
        Sheet kinds = sheet("feedback.stats.byKind", "feedback.field.kind", "feedback.stats.cases");
        figures.byKind().forEach(c -> text(kinds, Texts.get(language, c.key().messageKey()), c.count()));
        Sheet categories = sheet("feedback.stats.byCategory", "feedback.field.category", "feedback.stats.cases");
        figures.byCategory().forEach(c -> text(categories, c.key().name(language), c.count()));
        Sheet departments = sheet("feedback.stats.byDepartment", "feedback.field.department", "feedback.stats.received", "feedback.stats.answered",
                "feedback.stats.onTimeRate", "feedback.stats.overdueNow", "feedback.stats.meanDays", "feedback.stats.satisfaction",
                "feedback.stats.reopenRate");
        figures.departments().forEach(d -> department(departments, d.name(), d));
        department(departments, Texts.get(language, "feedback.stats.total"), figures.total());
    }

    private void department(Sheet sheet, String name, CaseFigures.Department d) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(d.received());
        row.createCell(2).setCellValue(d.answered());
        number(row, 3, d.onTimeRate(), percent);
        row.createCell(4).setCellValue(d.overdueNow());
        number(row, 5, d.meanDaysToAnswer(), decimal);
        number(row, 6, d.satisfaction(), decimal);
        number(row, 7, d.reopenRate(), percent);
    }

    private static void number(Row row, int column, Double value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static void text(Sheet sheet, String name, long count) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(count);
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
        return sheet;
    }
}
