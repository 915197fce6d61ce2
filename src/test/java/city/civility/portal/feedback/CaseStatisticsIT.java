package city.civility.portal.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import city.civility.portal.testing.FeedbackFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/**
 * A department's record as an officer reads it on the statistics page and in the workbook:
 * received, answered, the on-time rate, the overdue now, the mean days to answer, satisfaction
 * and the reopen rate, counted from the cases themselves.
 */
class CaseStatisticsIT {

    @Test
    void aDepartmentsRecordIsCountedFromItsCases() throws Exception {
        String department = "统计测试局" + Long.toString(System.nanoTime() % 1_000_000, 36);
        Instant received = PortalServer.get().now().minus(Duration.ofDays(10));
        Instant due = received.plus(Duration.ofDays(3));
        FeedbackFixtures.caseOf(department, received, due, received.plus(Duration.ofDays(1)), 5, 0, "CLOSED"); // on time, satisfied
        FeedbackFixtures.caseOf(department, received, due, received.plus(Duration.ofDays(5)), 2, 1, "CLOSED"); // late, reopened once
        FeedbackFixtures.caseOf(department, received, due, null, null, 0, "ACCEPTED"); // overdue now
        FeedbackFixtures.caseOf(department, received, PortalServer.get().now().plus(Duration.ofDays(5)), null, null, 0, "IN_PROGRESS");

        Visitor officer = new Visitor();
        String name = StaffAccounts.create("stats-officer", "CASE_OFFICER");
        officer.signIn(name, StaffAccounts.PASSWORD);
        String page = officer.get("/admin/case-statistics.xhtml").body();
        Matcher row = Pattern.compile("<th scope=\"row\">" + department + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), page);
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
        while (cell.find()) {
            cells.add(cell.group(1).strip());
        }
        assertEquals(List.of("4", "2", "50.0%", "1", "3.0", "3.5", "50.0%"), cells,
                "received, answered, on time, overdue now, mean days, satisfaction, reopened");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("statistics", "statistics");
        form.put("statistics:from", PortalServer.get().now().atZone(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(11).toString().substring(0, 7));
        form.put("statistics:to", PortalServer.get().now().atZone(java.time.ZoneId.of("Asia/Shanghai")).toString().substring(0, 7));
        form.put("statistics:download", "");
        form.put("jakarta.faces.ViewState", Visitor.viewState(page));
        HttpResponse<byte[]> workbook = officer.postForBytes("/admin/case-statistics.xhtml", form);
        assertEquals(200, workbook.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet departments = book.getSheet("各责任部门");
            Row record = null;
            for (Row r : departments) {
                if (department.equals(r.getCell(0).getStringCellValue())) {
                    record = r;
                }
            }
            assertTrue(record != null, "the department has its row");
            assertEquals(4, (int) number(record.getCell(1)));
            assertEquals(2, (int) number(record.getCell(2)));
            assertEquals(0.5, number(record.getCell(3)), 1e-9);
            assertEquals("0.0%", record.getCell(3).getCellStyle().getDataFormatString(), "a rate shown as a percentage");
            assertEquals(1, (int) number(record.getCell(4)));
            assertEquals(3.0, number(record.getCell(5)), 1e-9);
            assertEquals(3.5, number(record.getCell(6)), 1e-9);
            assertEquals(0.5, number(record.getCell(7)), 1e-9);
        }
    }

    private static double number(Cell cell) {
        return cell.getNumericCellValue();
    }
}
