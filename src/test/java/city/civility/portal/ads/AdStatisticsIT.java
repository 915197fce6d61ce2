package city.civility.portal.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import city.civility.portal.testing.AdFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.Visitor;

/**
 * An ad's figures as the news desk reads them on the statistics page and in the workbook: the
 * impressions and clicks of the days asked for (per day, per placement), its click rate and its
 * downloads, and a period that is not one refused with a message.
 */
class AdStatisticsIT {

    private static void counted(long ad, String placement, LocalDate day, long impressions, long clicks) throws SQLException {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("INSERT INTO ad_count (ad_id, placement_code, counted_on, impressions, clicks) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, ad);
            s.setString(2, placement);
            s.setDate(3, Date.valueOf(day));
            s.setLong(4, impressions);
            s.setLong(5, clicks);
            s.executeUpdate();
        }
    }

    private static List<String> cells(String page, String rowHeading) {
        Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(rowHeading) + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), "a row for " + rowHeading + ":\n" + page);
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
        while (cell.find()) {
            cells.add(cell.group(1).strip());
        }
        return cells;
    }

    @Test
    void anAdsImpressionsClicksAndDownloadsOfTheDaysAskedFor() throws Exception {
        String name = StaffAccounts.create("ad-figures", "EDITOR");
        Visitor editor = new Visitor();
        assertEquals(302, editor.signIn(name, StaffAccounts.PASSWORD).statusCode());
        long ad = AdFixtures.published(editor, "统计测试广告 " + UUID.randomUUID().toString().substring(0, 6), TestFiles.png("figures.png", 1600, 900));
        LocalDate today = PortalServer.get().now().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        counted(ad, "sidebar", today, 120, 6);
        counted(ad, "article-footer", today.minusDays(2), 80, 2);
        counted(ad, "home-banner", today.minusDays(40), 1000, 10); // before the last 30 days
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("UPDATE ad_file SET downloads = 3 WHERE ad_id = ? AND role = 'ORIGINAL'")) {
            s.setLong(1, ad);
            assertEquals(1, s.executeUpdate());
        }

        String page = editor.get("/admin/ad-statistics.xhtml?ad=" + ad).body();
        assertTrue(page.contains("共展示 200 次，点击 8 次（点击率 4.00%），下载 3 次。"), "the last 30 days' totals:\n" + page);
        assertEquals(List.of("120", "6", "5.00%"), cells(page, "侧栏"), "the sidebar's impressions, clicks and click rate");
        assertEquals(List.of("80", "2", "2.50%"), cells(page, "文章页脚"));
        assertEquals(List.of("0", "0", "–"), cells(page, "首页横幅"), "nothing of 40 days ago");
        assertEquals(List.of("120", "6"), cells(page, today.toString()));

        Map<String, String> form = new LinkedHashMap<>();
        form.put("statistics", "statistics");
        form.put("statistics:from", today.minusDays(59).toString());
        form.put("statistics:to", today.toString());
        form.put("statistics:download", "");
        form.put("jakarta.faces.ViewState", Visitor.viewState(page));
        HttpResponse<byte[]> workbook = editor.postForBytes("/admin/ad-statistics.xhtml?ad=" + ad, form);
        assertEquals(200, workbook.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet days = book.getSheet("每天的展示和点击");
            assertEquals(60, days.getLastRowNum(), "a row for every day of the 60 asked for");
            long impressions = 0;
            for (Row r : days) {
                if (r.getRowNum() > 0) {
                    impressions += (long) r.getCell(1).getNumericCellValue();
                }
            }
            assertEquals(1200, impressions, "the days 40 days ago are in the 60 asked for");
            Row one = book.getSheet("各则广告").getRow(1);
            assertEquals(1200, (long) one.getCell(1).getNumericCellValue());
            assertEquals(18, (long) one.getCell(2).getNumericCellValue());
            assertEquals(0.015, one.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("0.00%", one.getCell(3).getCellStyle().getDataFormatString(), "a rate shown as a percentage");
            assertEquals(3, (long) one.getCell(4).getNumericCellValue());
        }

        page = editor.get("/admin/ad-statistics.xhtml?ad=" + ad).body();
        form.put("statistics:from", today.toString());
        form.put("statistics:to", today.minusDays(1).toString());
        form.put("statistics:show", "");
        form.remove("statistics:download");
        form.put("jakarta.faces.ViewState", Visitor.viewState(page));
        String refused = editor.post("/admin/ad-statistics.xhtml?ad=" + ad, form).body();
        assertTrue(refused.contains("起始日期不晚于截止日期"), "a period that ends before it starts is refused:\n" + refused);
        assertTrue(refused.contains("共展示 200 次"), "and the figures shown stay");

        Visitor resident = new Visitor();
        assertEquals(302, resident.get("/admin/ad-statistics.xhtml").statusCode(), "staff only");
    }
}
