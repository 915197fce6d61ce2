package city.civility.portal.ads.web;

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

import city.civility.portal.ads.AdFigures;
import city.civility.portal.platform.i18n.Texts;

/**
 * The ads' figures as an Excel workbook (by day, by placement, by ad), headed in the staff
 * member's language: counts as numbers, days as dates, click rates as fractions shown as
 * percentages, so the office can sort and chart them in Excel.
 */
final class AdStatisticsWorkbook {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Locale language;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle percent;

    private AdStatisticsWorkbook(Locale language) {
        this.language = language;
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
    }

    static byte[] write(AdFigures figures, Locale language) {
        AdStatisticsWorkbook workbook = new AdStatisticsWorkbook(language);
        try (XSSFWorkbook book = workbook.book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.fill(figures);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(AdFigures figures) {
        Sheet days = sheet("ads.stats.byDay", "ads.stats.day", "ads.stats.impressions", "ads.stats.clicks");
        figures.byDay().forEach(d -> {
            Row row = days.createRow(days.getLastRowNum() + 1);
            Cell cell = row.createCell(0);
            cell.setCellValue(d.day());
            cell.setCellStyle(date);
            row.createCell(1).setCellValue(d.impressions());
            row.createCell(2).setCellValue(d.clicks());
        });
        Sheet placements = sheet("ads.stats.byPlacement", "ads.schedule.placement", "ads.stats.impressions", "ads.stats.clicks", "ads.stats.clickRate");
        figures.byPlacement().forEach(p -> {
            Row row = placements.createRow(placements.getLastRowNum() + 1);
            row.createCell(0).setCellValue(p.name());
            row.createCell(1).setCellValue(p.impressions());
            row.createCell(2).setCellValue(p.clicks());
            rate(row, 3, p.clickRate());
        });
        Sheet ads = sheet("ads.stats.byAd", "ads.field.title", "ads.stats.impressions", "ads.stats.clicks", "ads.stats.clickRate", "ads.stats.downloads");
        figures.byAd().forEach(a -> {
            Row row = ads.createRow(ads.getLastRowNum() + 1);
            row.createCell(0).setCellValue(a.title());
            row.createCell(1).setCellValue(a.impressions());
            row.createCell(2).setCellValue(a.clicks());
            rate(row, 3, a.clickRate());
            row.createCell(4).setCellValue(a.downloads());
        });
    }

    private void rate(Row row, int column, Double value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(percent);
        }
    }

    private Sheet sheet(String nameKey, String... headerKeys) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(Texts.get(language, nameKey)));
        Row row = sheet.createRow(0);
        for (int i = 0; i < headerKeys.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(Texts.get(language, headerKeys[i]));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, (i == 0 ? 30 : 14) * 256);
        }
        return sheet;
    }
}
