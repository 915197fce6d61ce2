package city.civility.portal.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The staff's article page (/admin/article.xhtml): writing, then reviewing. */
public final class ArticleEditorPage {

    private final Browser browser;

    public ArticleEditorPage(Browser browser) {
        this.browser = browser;
    }

    public ArticleEditorPage openNew() {
        browser.open("/admin/article.xhtml");
        return this;
    }

    public ArticleEditorPage open(long id) {
        browser.open("/admin/article.xhtml?id=" + id);
        return this;
    }

    public ArticleEditorPage title(String title) {
        WebElement field = browser.find(By.id("article:title"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), title);
        return this;
    }

    /** Types into a plain field of the form, by its id without the form's prefix (e.g. "subtitle"). */
    public ArticleEditorPage field(String id, String text) {
        WebElement field = browser.find(By.id("article:" + id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        return this;
    }

    /** Sends this HTML as the body as it is, past the editor's own clean-up, as a hostile client could. */
    public ArticleEditorPage rawBody(String html) {
        browser.find(By.cssSelector("[id='article:body'] .ql-editor"));
        browser.script("document.getElementById('article:body_input').value = arguments[0];", html);
        return this;
    }

    /** Types into the rich-text editor, replacing what it held. */
    public ArticleEditorPage body(String text) {
        WebElement editor = browser.find(By.cssSelector("[id='article:body'] .ql-editor"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
        return this;
    }

    /** Uploads a picture through the editor's button; it lands in the text at the cursor. */
    public ArticleEditorPage insertPicture(java.nio.file.Path picture) {
        browser.driver().findElement(By.cssSelector("input[type='file'][id^='article:image']"))
                .sendKeys(picture.toAbsolutePath().toString());
        browser.await(d -> !d.findElements(By.cssSelector("[id='article:body'] .ql-editor img[src^='/media/']")).isEmpty());
        return this;
    }

    /** Uploads the cover picture; waits for its preview, or for the message refusing it. */
    public ArticleEditorPage cover(java.nio.file.Path picture) {
        clearMessages();
        browser.driver().findElement(By.cssSelector("input[type='file'][id^='article:cover']"))
                .sendKeys(picture.toAbsolutePath().toString());
        browser.await(d -> !d.findElements(By.cssSelector("[id='article:coverPanel'] img.cover-preview")).isEmpty()
                || !d.findElements(By.cssSelector("#messages .ui-messages-error")).isEmpty());
        return this;
    }

    /** Uploads an attachment; waits until it is listed or refused with a message. */
    public ArticleEditorPage attach(java.nio.file.Path file) {
        clearMessages();
        int before = browser.driver().findElements(By.cssSelector("[id='article:attachmentsPanel'] .attachment-name")).size();
        browser.driver().findElement(By.cssSelector("input[type='file'][id^='article:attachment']"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.await(d -> d.findElements(By.cssSelector("[id='article:attachmentsPanel'] .attachment-name")).size() > before
                || !d.findElements(By.cssSelector("#messages .ui-messages-error")).isEmpty());
        return this;
    }

    /** Takes earlier messages off the page, so that waiting for one sees only the next. */
    private void clearMessages() {
        browser.script("document.querySelectorAll('#messages .ui-messages-error').forEach(function (e) { e.remove(); });");
    }

    public ArticleEditorPage channel(String name) {
        browser.find(By.id("article:channel")).click();
        browser.find(By.cssSelector("[id='article:channel_items'] li[data-label='" + name + "']")).click();
        return this;
    }

    public void save() {
        click("article:save");
    }

    public void submit() {
        click("article:submit");
    }

    /** The id of the article on screen, from the address. */
    public long id() {
        browser.await(d -> d.getCurrentUrl().contains("id="));
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=([0-9]+).*", "$1"));
    }

    public String status() {
        return browser.text(By.id("article:status"));
    }

    public void sendBack(String reason) {
        browser.find(By.id("review:reason")).sendKeys(reason);
        click("review:sendBack");
    }

    public void withdraw(String reason) {
        browser.find(By.id("review:reason")).sendKeys(reason);
        click("review:withdraw");
    }

    /** Approves for publication at this local time ("yyyy-MM-dd HH:mm"), or now when null. */
    public void approve(String at) {
        if (at != null) {
            WebElement input = browser.find(By.id("review:publishAt_input"));
            input.sendKeys(at);
            // The calendar that typing opens covers the buttons below it until it is closed, as a
            // person closes it: Escape (again, when a slow machine opened it after the first).
            browser.await(d -> {
                if (d.findElements(By.id("review:publishAt_panel")).stream().noneMatch(WebElement::isDisplayed)) {
                    return true;
                }
                input.sendKeys(Keys.ESCAPE);
                return false;
            });
        }
        click("review:approve");
    }

    public String messages() {
        return browser.text(By.id("messages"));
    }

    private void click(String id) {
        browser.find(By.id(id)).click();
        browser.awaitAjax();
    }
}
