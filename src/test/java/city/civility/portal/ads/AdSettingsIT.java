package city.civility.portal.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/**
 * The office keeps the ad library's lists: an administrator adds a theme the editors then choose
 * from, takes it out of the choice again, and adds a city screen whose page is there at once;
 * a bad code or name is refused with a message; an editor may not change the lists.
 */
class AdSettingsIT {

    private static String save(Visitor admin, String form, Map<String, String> fields) {
        String page = admin.get("/admin/ad-settings.xhtml").body();
        Map<String, String> post = new LinkedHashMap<>();
        post.put(form, form);
        fields.forEach((name, value) -> post.put(form + ":" + name, value));
        post.put(form + ":save", "");
        post.put("jakarta.faces.ViewState", Visitor.viewState(page));
        return admin.post("/admin/ad-settings.xhtml", post).body();
    }

    @Test
    void anAdministratorAddsAThemeAndAScreenAndTakesTheThemeOutOfTheChoice() {
        Visitor admin = new Visitor();
        admin.signIn(StaffAccounts.create("ad-settings", "ADMIN"), StaffAccounts.PASSWORD);
        String mark = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String code = "DINING_" + mark;
        String name = "文明餐桌" + mark;

        String refused = save(admin, "themes", Map.of("code", "dining table", "zh", name, "tw", name, "en", "Civil dining"));
        assertTrue(refused.contains("主题代码用大写英文字母"), refused);
        assertTrue(save(admin, "themes", Map.of("code", code, "zh", name, "tw", "", "en", "Civil dining")).contains("请填写三种语言的名称"));
        String saved = save(admin, "themes", Map.of("code", code, "zh", name, "tw", "文明餐桌" + mark, "en", "Civil dining", "active", "on"));
        assertTrue(saved.contains("“" + name + "”已保存"), saved);

        Visitor editor = new Visitor();
        editor.signIn(StaffAccounts.create("ad-theme-user", "EDITOR"), StaffAccounts.PASSWORD);
        assertTrue(editor.get("/admin/ad.xhtml").body().contains("value=\"" + code + "\""), "the editors choose the new theme");
        assertEquals(403, editor.get("/admin/ad-settings.xhtml").statusCode(), "an editor does not change the lists");

        // Chosen from its table (the form keeps its code), then saved without "in use".
        String page = admin.get("/admin/ad-settings.xhtml").body();
        Matcher edit = Pattern.compile("id=\"(themes:table:[0-9]+:edit)\"[^>]*aria-label=\"修改 " + name + "\"")
                .matcher(page);
        assertTrue(edit.find(), page);
        Map<String, String> choose = new LinkedHashMap<>();
        choose.put("themes", "themes");
        choose.put(edit.group(1), "");
        choose.put("jakarta.faces.ViewState", Visitor.viewState(page));
        String chosen = admin.post("/admin/ad-settings.xhtml", choose).body();
        assertTrue(chosen.contains("value=\"" + code + "\""), "the form holds the chosen theme");
        Map<String, String> out = new LinkedHashMap<>();
        out.put("themes", "themes");
        out.put("themes:zh", name);
        out.put("themes:tw", "文明餐桌" + mark);
        out.put("themes:en", "Civil dining");
        out.put("themes:save", "");
        out.put("jakarta.faces.ViewState", Visitor.viewState(chosen));
        assertTrue(admin.post("/admin/ad-settings.xhtml", out).body().contains("已保存"));
        assertFalse(editor.get("/admin/ad.xhtml").body().contains("value=\"" + code + "\""), "out of the choice");

        String screen = "station-" + mark.toLowerCase();
        assertTrue(save(admin, "placements", Map.of("code", screen, "zh", "北站大屏", "tw", "北站大屏", "en", "North station screen", "seconds", "1"))
                .contains("每则广告停留的秒数应在 3 到 300 之间"));
        assertTrue(save(admin, "placements", Map.of("code", screen, "zh", "北站大屏", "tw", "北站大屏", "en", "North station screen", "seconds", "12"))
                .contains("“北站大屏”已保存"));
        HttpResponse<String> page2 = new Visitor().get("/screen/" + screen);
        assertEquals(200, page2.statusCode(), "the new screen's page is there");
    }
}
