package city.civility.portal.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.FeedbackFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.PrivateValues;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.TestMailbox;
import city.civility.portal.testing.Visitor;

/**
 * A 随手拍 from the resident's phone to its end: the resident sends it with a photo and an
 * e-mail code; an officer accepts it for a department, answers and closes it; the resident,
 * not satisfied, rates the answer 2 and reopens it through their link; the officer answers
 * again and closes it. The public page shows the case with the answers and never the contact;
 * the officer puts it on the 曝光台 with the railing marked, and the public copy of the photo
 * is blurred there and only there. The office's internal note and the contact stay out of every
 * public answer (the run's privacy scan, {@link PrivateValues}).
 */
class CaseStoryBrowserIT {

    static final String SNAPSHOT = "滨江路观景平台的栏杆上有人刻字，旁边草丛里扔满了饮料瓶，周末游客很多，影响城市形象。";
    static final String FIRST_ANSWER = "您好，市文明办已联系滨江路管理处清理草丛垃圾，并增设了文明提示牌。";
    static final String SECOND_ANSWER = "您好，栏杆刻字已全部打磨修复，管理处在周末安排了志愿者巡查劝导。";
    static final String INTERNAL_NOTE = "内部：管理处王主任电话已记下，周五前回访，勿对外。";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aSnapshotIsAnsweredReopenedByItsResidentAndAnsweredAgain() throws Exception {
        String address = "snapshot-" + System.nanoTime() + "@example.com";
        browser.open("/feedback");
        browser.find(By.linkText("我要投诉建议")).click();
        browser.await(ExpectedConditions.urlContains("/feedback/new"));
        browser.find(By.xpath("//label[normalize-space()='随手拍：拍下公共场所的不文明行为或问题']")).click();
        new Select(browser.find(By.id("case:category"))).selectByVisibleText("不文明行为");
        browser.find(By.id("case:description")).sendKeys(SNAPSHOT);
        browser.find(By.id("case:address")).sendKeys("滨江路观景平台");
        browser.find(By.id("case:photos")).sendKeys(TestFiles.checkerboard("railing.png", 640, 480).toAbsolutePath().toString());
        browser.find(By.id("case:contact")).sendKeys(address, Keys.ENTER); // Enter in the contact field asks for the code
        browser.await(Browser.CHALLENGE_TIME, d -> browser.text(By.id("contact-status")).contains("验证码已发到"));
        browser.find(By.id("contact-code")).sendKeys(TestMailbox.awaitCode(address, 0), Keys.ENTER);
        browser.await(d -> browser.text(By.id("contact-status")).contains("已验证"));
        browser.find(By.xpath("//label[@for='case:consent']")).click();
        browser.awaitChallenge(By.id("case"));
        browser.find(By.id("case:submit")).click();

        browser.await(ExpectedConditions.urlContains("/feedback/track/TS-"));
        String link = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "").replace("&sent=1", "");
        String number = browser.text(By.cssSelector(".notice .tracking-number"));
        assertTrue(browser.text(By.cssSelector(".notice.success")).contains("已收到您的诉求"));
        assertEquals("已收到", browser.text(By.cssSelector(".tracked .state")));
        assertTrue(browser.text(By.cssSelector(".tracked")).contains("市文明办"), "the category's department");

        // The officer finds it in the inbox, accepts it for its department, answers and closes it.
        String officer = StaffAccounts.create("officer", "CASE_OFFICER");
        SignInPage signIn = new SignInPage(browser);
        signIn.open().signIn(officer, StaffAccounts.PASSWORD);
        browser.open("/admin/cases.xhtml");
        browser.find(By.linkText(number)).click();
        browser.await(d -> browser.text(By.id("state")).equals("已收到"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#photos img")).size(), "the officer sees the photo");
        assertFalse(browser.text(By.tagName("main")).contains(address), "the contact is hidden until asked for");
        ajax(By.id("case:accept"));
        browser.await(d -> browser.text(By.id("state")).equals("已受理"));
        WebElement noteField = browser.find(By.id("case:text"));
        noteField.sendKeys(PrivateValues.note(INTERNAL_NOTE));
        ajax(By.id("case:note"));
        browser.await(d -> browser.text(By.id("history")).contains(INTERNAL_NOTE));
        answer(FIRST_ANSWER);
        ajax(By.id("case:close"));
        browser.await(d -> browser.text(By.id("state")).equals("已办结"));
        signIn.signOut();

        // The resident reads the answer, is not satisfied, rates it 2 and reopens the case.
        browser.open(link);
        assertTrue(browser.text(By.cssSelector(".case-timeline")).contains(FIRST_ANSWER));
        browser.find(By.xpath("//label[normalize-space()='不满意']")).click();
        browser.find(By.id("rating:comment")).sendKeys("刻字还在，没有处理。");
        browser.awaitChallenge(By.id("rating"));
        browser.find(By.id("rating:rate")).click();
        browser.await(d -> browser.text(By.tagName("main")).contains("谢谢您的评价"));
        browser.find(By.id("reopen:reason")).sendKeys("栏杆上的刻字还在，只清理了垃圾。");
        browser.awaitChallenge(By.id("reopen"));
        browser.find(By.id("reopen:send")).click();
        browser.await(d -> browser.text(By.tagName("main")).contains("已重新提交办理"));
        assertEquals("已受理", browser.text(By.cssSelector(".tracked .state")));

        // The officer answers again and closes it; the resident sees it closed.
        signIn.open().signIn(officer, StaffAccounts.PASSWORD);
        browser.open("/admin/cases.xhtml");
        browser.find(By.linkText(number)).click();
        browser.await(d -> browser.text(By.id("history")).contains("栏杆上的刻字还在"));
        String caseAddress = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertEquals("1", browser.find(By.xpath("//dt[normalize-space()='重新办理次数']/following-sibling::dd[1]")).getText());
        answer(SECOND_ANSWER);
        ajax(By.id("case:close"));
        browser.await(d -> browser.text(By.id("state")).equals("已办结"));
        signIn.signOut();
        browser.open(link);
        assertEquals("已办结", browser.text(By.cssSelector(".tracked .state")));
        assertTrue(browser.text(By.cssSelector(".case-timeline")).contains(SECOND_ANSWER));

        // In public: the problem and both answers, never the resident's contact.
        String page = new Visitor().await("/feedback/cases/" + number, p -> p.body().contains(SECOND_ANSWER), Duration.ofSeconds(10)).body();
        assertTrue(page.contains(FIRST_ANSWER) && page.contains(SECOND_ANSWER) && page.contains("滨江路观景平台"), page);
        assertFalse(page.contains(address), "never the contact");

        // The officer puts it on the 曝光台, marking the railing (the photo's upper left) by dragging over the photo.
        signIn.open().signIn(officer, StaffAccounts.PASSWORD);
        browser.open(caseAddress);
        WebElement photo = browser.find(By.cssSelector(".region-marker img"));
        Dimension size = photo.getSize();
        new Actions(browser.driver()).moveToElement(photo, -size.getWidth() / 2 + size.getWidth() / 5, -size.getHeight() / 2 + size.getHeight() / 5)
                .clickAndHold().moveByOffset(size.getWidth() * 3 / 10, size.getHeight() * 3 / 10).release().perform();
        String regions = browser.find(By.id("case:regions")).getAttribute("value");
        assertTrue(regions.matches("[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+"), "the drag wrote a region: " + regions);
        ajax(By.id("case:expose"));
        browser.await(d -> browser.text(By.id("case:messages")).contains("已打码并发布到曝光台"));
        signIn.signOut();

        String board = new Visitor().await("/exposure", p -> p.body().contains(number), Duration.ofSeconds(10)).body();
        Matcher copy = Pattern.compile("/media/([A-Za-z0-9_-]{22})\"").matcher(board.substring(board.indexOf(number) - 2000));
        assertTrue(copy.find(), board);
        BufferedImage published = ImageIO.read(new ByteArrayInputStream(new Visitor().getBytes("/media/" + copy.group(1))));
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(new Visitor().getBytes("/media/" + originalPhoto(number))));
        String[] marked = regions.split(",");
        int x0 = (int) (Double.parseDouble(marked[0]) / 100 * original.getWidth());
        int y0 = (int) (Double.parseDouble(marked[1]) / 100 * original.getHeight());
        int x1 = x0 + (int) (Double.parseDouble(marked[2]) / 100 * original.getWidth());
        int y1 = y0 + (int) (Double.parseDouble(marked[3]) / 100 * original.getHeight());
        assertTrue(difference(original, published, x0 + 16, y0 + 16, x1 - 16, y1 - 16) > 60, "the marked area is blurred in the public copy");
        assertTrue(difference(original, published, x1 + 16, y1 + 16, original.getWidth(), original.getHeight()) < 3, "the rest is as it was");
        assertFalse(board.contains(originalPhoto(number)), "the original is never on the board");

        // Everywhere the public may look for it (each answer goes through the privacy scan: the contact, the internal note).
        Visitor anyone = new Visitor();
        for (String path : java.util.List.of("/feedback", "/feedback/cases/" + number, "/exposure", "/search?q=" + number, "/api/search?q=栏杆刻字",
                "/open311/v2/requests/" + number + ".xml", "/open311/v2/requests/" + number + ".json",
                "/open311/v2/requests.json", "/sitemap.xml", "/feed.xml", "/")) {
            assertEquals(200, anyone.get(path).statusCode(), path);
        }
    }

    /** The mean difference of the two pictures' colour channels over a rectangle. */
    private static double difference(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        long sum = 0;
        long n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xff) - (q >> shift & 0xff));
                    n++;
                }
            }
        }
        return (double) sum / n;
    }

    private static String originalPhoto(String number) throws SQLException {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT media_key FROM feedback_case_photo WHERE case_id = ? AND position = 0")) {
            s.setLong(1, FeedbackFixtures.id(number));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private void answer(String text) {
        WebElement field = browser.find(By.id("case:text"));
        field.clear();
        field.sendKeys(text);
        ajax(By.id("case:answer"));
        browser.await(d -> browser.text(By.id("state")).equals("已答复"));
    }

    private void ajax(By button) {
        browser.find(button).click();
        browser.awaitAjax();
    }
}
