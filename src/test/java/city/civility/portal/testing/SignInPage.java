package city.civility.portal.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The staff sign-in page, as a browser test uses it. */
public final class SignInPage {

    private final Browser browser;

    public SignInPage(Browser browser) {
        this.browser = browser;
    }

    public SignInPage open() {
        browser.open("/login.xhtml");
        return this;
    }

    /** Fills in and submits the form; the browser then shows wherever the portal sends it. */
    public void signIn(String username, String password) {
        WebElement name = browser.find(By.id("signIn:username"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.find(By.id("signIn:password"));
        secret.clear();
        secret.sendKeys(password);
        browser.find(By.id("signIn:submit")).click();
        browser.await(d -> !d.getCurrentUrl().endsWith("/login.xhtml") || !d.findElements(By.cssSelector(".form-messages li")).isEmpty());
    }

    public void signOut() {
        browser.find(By.id("signOutForm:signOut")).click();
        browser.await(d -> d.findElements(By.id("signOutForm:signOut")).isEmpty());
    }
}
