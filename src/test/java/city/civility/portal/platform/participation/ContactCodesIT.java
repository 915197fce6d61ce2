package city.civility.portal.platform.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.TestMailbox;
import city.civility.portal.testing.Visitor;

/** A resident verifies an e-mail address with the code the portal sends to a real SMTP server. */
class ContactCodesIT {

    private static final String SEND = "/api/participation/contact-codes";
    private static final String VERIFY = "/api/participation/contact-codes/verify";

    private final Visitor resident = new Visitor().sending("X-Forwarded-For", "198.51.100.23");

    /** The form asking for a code, as the page's script sends it: the contact, a token and the challenge's answer. */
    static Map<String, String> askFor(Visitor visitor, String contact) {
        Map<String, String> form = visitor.formPass("contact-code");
        form.put("contact", contact);
        return form;
    }

    private static String newAddress() {
        return "resident-" + System.nanoTime() + "@example.com";
    }

    @Test
    void theCodeReceivedByMailVerifiesTheAddressOnceAndAWrongCodeSaysHowManyTriesAreLeft() throws Exception {
        String address = newAddress();
        HttpResponse<String> sent = resident.post(SEND, askFor(resident, " " + address.toUpperCase() + " "));
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("\"to\":\"r***@example.com\""), "the page shows where the code went, masked: " + sent.body());
        String code = TestMailbox.awaitCode(address, 0);
        String mail = TestMailbox.text(TestMailbox.messagesTo(address).get(0));
        assertTrue(mail.contains("江川市文明网") && mail.contains("10 分钟内有效"), mail);

        String wrong = code.equals("000000") ? "111111" : "000000";
        HttpResponse<String> refused = resident.post(VERIFY, Map.of("contact", address, "code", wrong));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("\"error\":\"wrong_code\"") && refused.body().contains("还可以再试 4 次"), refused.body());

        // Full-width digits, as a Chinese input method may type them, are the same code.
        String fullWidth = code.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
        HttpResponse<String> verified = resident.post(VERIFY, Map.of("contact", address, "code", fullWidth));
        assertEquals(200, verified.statusCode(), verified.body());
        assertTrue(verified.body().matches("\\{\"contact\":\"r\\*\\*\\*@example.com\",\"proof\":\"[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}\"}"), verified.body());

        HttpResponse<String> again = resident.post(VERIFY, Map.of("contact", address, "code", code));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("\"error\":\"no_code\""), "a code verifies once: " + again.body());
    }

    @Test
    void fiveWrongCodesUseUpTheCodeAndAnExpiredCodeIsRefused() {
        String address = newAddress();
        assertEquals(200, resident.post(SEND, askFor(resident, address)).statusCode());
        String code = TestMailbox.awaitCode(address, 0);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            resident.post(VERIFY, Map.of("contact", address, "code", wrong));
        }
        HttpResponse<String> usedUp = resident.post(VERIFY, Map.of("contact", address, "code", code));
        assertTrue(usedUp.body().contains("\"error\":\"too_many_tries\"") && usedUp.body().contains("请重新获取"), usedUp.body());

        String later = newAddress();
        assertEquals(200, resident.post(SEND, askFor(resident, later)).statusCode());
        String laterCode = TestMailbox.awaitCode(later, 0);
        PortalServer.get().advanceClock(Duration.ofMinutes(11));
        HttpResponse<String> expired = resident.post(VERIFY, Map.of("contact", later, "code", laterCode));
        assertTrue(expired.body().contains("\"error\":\"code_expired\""), expired.body());
    }

    @Test
    void aNewCodeWaitsAMinuteAndNothingIsSentMeanwhile() {
        String address = newAddress();
        assertEquals(200, resident.post(SEND, askFor(resident, address)).statusCode());
        TestMailbox.awaitCode(address, 0);
        HttpResponse<String> tooSoon = resident.post(SEND, askFor(resident, address));
        assertEquals(429, tooSoon.statusCode());
        long retryAfter = Long.parseLong(tooSoon.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(tooSoon.body().contains("秒后再试"), tooSoon.body());
        assertEquals(1, TestMailbox.messagesTo(address).size(), "no second message");
    }

    @Test
    void whatIsNotAContactIsRefusedInTheVisitorsLanguage() {
        HttpResponse<String> chinese = resident.post(SEND, askFor(resident, "12345"));
        assertEquals(400, chinese.statusCode());
        assertTrue(chinese.body().contains("请填写正确的手机号码或电子邮箱"), chinese.body());
        Visitor english = new Visitor().sending("X-Forwarded-For", "198.51.100.24");
        english.chooseLanguage("en");
        HttpResponse<String> refused = english.post(VERIFY, Map.of("contact", "not an address", "code", "123456"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Please give a valid mobile number or e-mail address"), refused.body());
    }
}
