package city.civility.portal.goodpeople;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.civility.portal.testing.GoodPeopleFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/**
 * The office's 身边好人 figures: nominations of known months (by the office's calendar, in
 * Beijing time), categories, districts and decisions, on the statistics page's tables and
 * in the workbook it downloads; only those who vet see them. The months are in 2013, which
 * no other test writes to, so the figures are exact whatever else the database holds.
 */
class GoodPeopleStatisticsIT {

    private static final String FROM = "2013-01";
    private static final String TO = "2013-06";

    @BeforeAll
    static void nominationsOfKnownMonths() {
        nomination("2013-01-05T10:00:00+08:00", "HELPING_OTHERS", "统计甲区", "APPROVED", "2013-01-20T10:00:00+08:00", "2013-01", 12);
        nomination("2013-01-15T10:00:00+08:00", "COURAGE", "统计甲区", "REJECTED", "2013-02-02T10:00:00+08:00", null, 0);
        nomination("2013-03-10T10:00:00+08:00", "HONESTY", "统计乙区", "PENDING", null, null, 0);
        // 15:30 UTC on 31 March is 23:30 in Beijing: still March.
        nomination("2013-03-31T15:30:00Z", "FAMILY", "统计乙区", "APPROVED", "2013-04-02T10:00:00+08:00", "2013-04", 30);
        // 17:30 UTC on 31 March is 01:30 on 1 April in Beijing: an April nomination for the office.
        nomination("2013-03-31T17:30:00Z", "HELPING_OTHERS", "统计甲区", "REJECTED", "2013-04-03T10:00:00+08:00", null, 0);
        nomination("2013-04-20T10:00:00+08:00", "DEDICATION", "统计丙区", "MORE_INFORMATION", null, null, 0);
        nomination("2013-05-02T10:00:00+08:00", "HELPING_OTHERS", "统计丁区", "APPROVED", "2013-05-10T10:00:00+08:00", "2013-05", 5);
        nomination("2013-05-03T10:00:00+08:00", "HELPING_OTHERS", "统计戊区", "PENDING", null, null, 0);
        nomination("2013-06-01T10:00:00+08:00", "COURAGE", "统计己区", "PENDING", null, null, 0);
        nomination("2013-06-10T10:00:00+08:00", "HONESTY", "统计庚区", "PENDING", null, null, 0);
        nomination("2013-06-15T10:00:00+08:00", "FAMILY", "统计辛区", "PENDING", null, null, 0);
        nomination("2013-06-30T23:30:00+08:00", "HELPING_OTHERS", "统计壬区", "PENDING", null, null, 0);
        // Sent before the period (December in Beijing), approved and liked within it: a decision and likes of the period.
        nomination("2012-12-31T23:30:00+08:00", "COURAGE", "统计甲区", "APPROVED", "2013-01-03T10:00:00+08:00", "2013-01", 7);
        // Sent after it: 00:30 on 1 July in Beijing.
        nomination("2013-07-01T00:30:00+08:00", "COURAGE", "统计癸区", "PENDING", null, null, 0);
    }

    private static void nomination(String sent, String category, String district, String status, String decided, String round, long likes) {
        GoodPeopleFixtures.nomination(category, district, OffsetDateTime.parse(sent).toInstant(), status,
                decided == null ? null : OffsetDateTime.parse(decided).toInstant(), round == null ? null : YearMonth.parse(round), likes);
    }

    private static Visitor reviewer() {
        Visitor reviewer = new Visitor();
        assertEquals(302, reviewer.signIn(StaffAccounts.create("reviewer", "REVIEWER"), StaffAccounts.PASSWORD).statusCode());
        return reviewer;
    }

    /** The statistics form as the browser sends it, with one of its buttons. */
    private static Map<String, String> form(String page, String button) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("statistics", "statistics");
        form.put("statistics:from", FROM);
        form.put("statistics:to", TO);
        form.put("statistics:" + button, "");
        form.put("jakarta.faces.ViewState", Visitor.viewState(page));
        return form;
    }

    @Test
    void aReviewerReadsTheFiguresOfTheMonthsChosenInTheTables() {
        Visitor reviewer = reviewer();
        HttpResponse<String> page = reviewer.get("/admin/goodpeople-statistics.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("每月收到的推荐") && page.body().contains("class=\"ui-chart"), "charts and their tables");

        String shown = reviewer.post("/admin/goodpeople-statistics.xhtml", form(page.body(), "show")).body();
        assertTrue(shown.contains("统计期间：2013-01 至 2013-06"), shown);
        assertEquals(List.of(List.of("2013-01", "2"), List.of("2013-02", "0"), List.of("2013-03", "2"), List.of("2013-04", "2"),
                List.of("2013-05", "2"), List.of("2013-06", "4"), List.of("合计", "12")), rows(shown, "byMonth"),
                "months in Beijing time: 23:30 on 31 March is March, 01:30 on 1 April is April");
        assertEquals(List.of(List.of("助人为乐", "5"), List.of("见义勇为", "2"), List.of("诚实守信", "2"), List.of("敬业奉献", "1"),
                List.of("孝老爱亲", "2")), rows(shown, "byCategory"));
        List<List<String>> districts = rows(shown, "byDistrict");
        assertEquals(9, districts.size(), "the 8 busiest districts and the others: " + districts);
        assertEquals(List.of(List.of("统计甲区", "3"), List.of("统计乙区", "2")), districts.subList(0, 2));
        assertEquals(List.of("其他", "1"), districts.get(8), "the ninth district of one nomination");
        assertEquals(List.of(List.of("通过", "4"), List.of("不通过", "2"), List.of("审核完毕", "6"), List.of("通过率", "66.7%")),
                rows(shown, "decisions"), "decided in the period, including one sent before it");
        assertEquals(List.of(List.of("2013-01", "2", "19"), List.of("2013-02", "0", "0"), List.of("2013-03", "0", "0"),
                List.of("2013-04", "1", "30"), List.of("2013-05", "1", "5"), List.of("2013-06", "0", "0")), rows(shown, "likesByRound"));

        Map<String, String> backwards = form(page.body(), "show");
        backwards.put("statistics:from", "2013-07");
        String refused = reviewer.post("/admin/goodpeople-statistics.xhtml", backwards).body();
        assertTrue(refused.contains("起始月份不晚于截止月份"), refused);
        assertTrue(refused.contains("统计期间：2013-01 至 2013-06"), "the figures shown stay");
    }

    @Test
    void theWorkbookHoldsTheSameFiguresAsNumbersWithHeadersInTheStaffMembersLanguage() throws IOException {
        Visitor reviewer = reviewer();
        HttpResponse<byte[]> download = download(reviewer);
        assertEquals(200, download.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                download.headers().firstValue("Content-Type").orElseThrow());
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        Matcher encoded = Pattern.compile("filename\\*=UTF-8''([^;]+)").matcher(disposition);
        assertTrue(disposition.startsWith("attachment") && encoded.find(), disposition);
        assertEquals("身边好人统计-2013-01至2013-06.xlsx", URLDecoder.decode(encoded.group(1), StandardCharsets.UTF_8));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertEquals(List.of("每月推荐", "事迹类别", "区县或单位", "审核结果", "每月点赞"), sheets, "one sheet per figure");
            Sheet months = book.getSheet("每月推荐");
            assertEquals(List.of("月份", "推荐数"), texts(months.getRow(0)));
            assertEquals(LocalDate.of(2013, 4, 1), months.getRow(4).getCell(0).getLocalDateTimeCellValue().toLocalDate(), "a date cell");
            assertEquals(List.of(2.0, 0.0, 2.0, 2.0, 2.0, 4.0), column(months, 1));
            assertEquals(List.of(5.0, 2.0, 2.0, 1.0, 2.0), column(book.getSheet("事迹类别"), 1));
            Sheet districts = book.getSheet("区县或单位");
            assertEquals("统计甲区", districts.getRow(1).getCell(0).getStringCellValue());
            assertEquals("其他", districts.getRow(9).getCell(0).getStringCellValue());
            assertEquals(12.0, column(districts, 1).stream().mapToDouble(Double::doubleValue).sum(), "every nomination once");
            Row decisions = book.getSheet("审核结果").getRow(1);
            assertEquals(List.of("通过", "不通过", "审核完毕", "通过率"), texts(book.getSheet("审核结果").getRow(0)));
            assertEquals(4.0, decisions.getCell(0).getNumericCellValue());
            assertEquals(2.0, decisions.getCell(1).getNumericCellValue());
            assertEquals(4.0 / 6, decisions.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", decisions.getCell(3).getCellStyle().getDataFormatString(), "shown as a percentage");
            Sheet likes = book.getSheet("每月点赞");
            assertEquals(List.of(19.0, 0.0, 0.0, 30.0, 5.0, 0.0), column(likes, 2));
        }

        reviewer.chooseLanguage("en");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(reviewer).body()))) {
            assertEquals("By month", book.getSheetAt(0).getSheetName());
            assertEquals(List.of("Month", "Nominations"), texts(book.getSheetAt(0).getRow(0)));
        }
    }

    @Test
    void anEditorIsRefusedThePageAndTheWorkbook() {
        Visitor reviewer = reviewer();
        String page = reviewer.get("/admin/goodpeople-statistics.xhtml").body();
        Visitor editor = new Visitor();
        assertEquals(302, editor.signIn(StaffAccounts.create("editor", "EDITOR"), StaffAccounts.PASSWORD).statusCode());

        HttpResponse<String> refused = editor.get("/admin/goodpeople-statistics.xhtml");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("没有权限"), refused.body());
        HttpResponse<String> export = editor.post("/admin/goodpeople-statistics.xhtml", form(page, "download"));
        assertEquals(403, export.statusCode());
        assertTrue(export.body().contains("没有权限") && !export.body().contains("统计甲区"), "no figures: " + export.body());
        assertFalse(export.body().contains("Exception:"), "no stack trace");
        assertFalse(editor.get("/admin/index.xhtml").body().contains("goodpeople-statistics.xhtml"), "neither in the menu nor on the dashboard");
    }

    @Test
    void theDashboardShowsAReviewerTheNominationsOfTheLastTwelveMonthsAndTheWayToTheStatistics() {
        Visitor reviewer = reviewer();
        List<Long> before = dashboardFigures(reviewer.get("/admin/index.xhtml").body());
        GoodPeopleFixtures.nomination("HONESTY", "统计看板区", PortalServer.get().now(), "PENDING", null, null, 0);

        String dashboard = reviewer.get("/admin/index.xhtml").body();
        assertTrue(dashboard.contains("<h2>身边好人推荐</h2>"), dashboard);
        List<Long> after = dashboardFigures(dashboard);
        assertEquals(List.of(before.get(0) + 1, before.get(1) + 1, before.get(2) + 1), after, "12 months, this month, this month's bar");
        assertTrue(dashboard.contains("/admin/goodpeople-statistics.xhtml\">查看身边好人统计</a>"), dashboard);
    }

    /** The dashboard panel's nominations of the 12 months and of this month, and the height of the chart's last bar. */
    private static List<Long> dashboardFigures(String dashboard) {
        Matcher summary = Pattern.compile("近 12 个月收到推荐 ([0-9]+) 条，本月 ([0-9]+) 条。").matcher(dashboard);
        Matcher bars = Pattern.compile("\"data\":\\[(?:[0-9]+,){11}([0-9]+)\\]").matcher(dashboard);
        assertTrue(summary.find() && bars.find(), dashboard);
        return List.of(Long.parseLong(summary.group(1)), Long.parseLong(summary.group(2)), Long.parseLong(bars.group(1)));
    }

    /** The workbook for the period, as the download button asks for it (bytes, not text). */
    private static HttpResponse<byte[]> download(Visitor visitor) {
        Map<String, String> form = form(visitor.get("/admin/goodpeople-statistics.xhtml").body(), "download");
        return visitor.postForBytes("/admin/goodpeople-statistics.xhtml", form);
    }

    /** A table's rows, each its header cell and data cells as text. */
    private static List<List<String>> rows(String html, String tableId) {
        Matcher table = Pattern.compile("<table id=\"" + tableId + "\".*?</table>", Pattern.DOTALL).matcher(html);
        assertTrue(table.find(), "table " + tableId);
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table.group().replaceAll("(?s)<thead>.*?</thead>", ""));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** The numbers of a column below its header; fails on a cell that is not a number. */
    private static List<Double> column(Sheet sheet, int index) {
        List<Double> numbers = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(index);
            assertEquals(CellType.NUMERIC, cell.getCellType(), sheet.getSheetName() + " row " + r);
            numbers.add(cell.getNumericCellValue());
        }
        return numbers;
    }
}
