package city.civility.portal.platform.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.TestMailbox;
import city.civility.portal.testing.Visitor;

/**
 * Every public POST carries a token made for its form and its visitor, redeemed once, with
 * its challenge answered. Shown on the form that asks for a verification code: whatever is
 * refused sends nothing.
 */
class FormTokensIT {

    private static final String SEND = "/api/participation/contact-codes";

    private final Visitor resident = new Visitor().sending("X-Forwarded-For", "198.51.100.31");

    private static String newAddress() {
        return "token-test-" + System.nanoTime() + "@example.com";
    }

    private HttpResponse<String> ask(Visitor visitor, Map<String, String> pass, String address) {
        Map<String, String> form = new HashMap<>(pass);
        form.put("contact", address);
        return visitor.post(SEND, form);
    }

    private static void refusedAndNothingSent(HttpResponse<String> answer, String message, String address) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(message), answer.body());
        assertEquals(0, TestMailbox.messagesTo(address).size(), "nothing was sent to " + address);
    }

    @Test
    void aFormWithoutItsTokenIsRefused() {
        String address = newAddress();
        refusedAndNothingSent(ask(resident, Map.of(), address), "页面还没有完成安全校验", address);
    }

    @Test
    void aTokenIsRedeemedOnceAndAReplayIsRefused() {
        Map<String, String> pass = resident.formPass("contact-code");
        String first = newAddress();
        assertEquals(200, ask(resident, pass, first).statusCode());
        TestMailbox.awaitCode(first, 0);
        String second = newAddress();
        refusedAndNothingSent(ask(resident, pass, second), "这份表单已经提交过了", second);
    }

    @Test
    void aScriptThatSkipsTheChallengeIsRefused() {
        Map<String, String> pass = resident.formPass("contact-code");
        String address = newAddress();
        refusedAndNothingSent(ask(resident, Map.of("token", pass.get("token")), address), "页面还在完成安全校验", address);
        refusedAndNothingSent(ask(resident, Map.of("token", pass.get("token"), "answer", "7"), address), "页面还在完成安全校验", address);
        assertEquals(200, ask(resident, pass, address).statusCode(), "refusals did not use the token up");
    }

    @Test
    void aTokenServesOnlyItsVisitorAndItsFormAndCannotBeForged() {
        Map<String, String> othersPass = new Visitor().sending("X-Forwarded-For", "198.51.100.32").formPass("contact-code");
        String address = newAddress();
        resident.formPass("contact-code"); // the resident has a visitor cookie of their own
        refusedAndNothingSent(ask(resident, othersPass, address), "页面的安全校验不对", address);
        refusedAndNothingSent(ask(resident, resident.formPass("nominate"), address), "页面的安全校验不对", address);

        Map<String, String> forged = resident.formPass("contact-code");
        String token = forged.get("token");
        forged.put("token", (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1));
        refusedAndNothingSent(ask(resident, forged, address), "页面的安全校验不对", address);
    }

    @Test
    void aTokenExpiresAfterTwoHoursAndTheVisitorIsToldNothingTheyWroteIsLost() {
        Map<String, String> pass = resident.formPass("contact-code");
        PortalServer.get().advanceClock(Duration.ofMinutes(121));
        String address = newAddress();
        refusedAndNothingSent(ask(resident, pass, address), "您填写的内容都还在", address);
    }

    @Test
    void anUnknownFormGetsNoToken() {
        assertEquals(400, resident.get("/api/participation/form?name=..%2Fadmin").statusCode());
    }
}
