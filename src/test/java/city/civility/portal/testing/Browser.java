package city.civility.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * Debian's Chromium, headless, driven through Selenium against the test server.
 * A fresh browser profile per test; on failure a screenshot and the page source go
 * to target/browser-failures/. Outside CI a machine without Chromium skips browser
 * tests with a message; in CI that is a failure.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /**
     * How long a test waits for the browser to answer a public form's challenge: the proof of
     * work takes a number of tries that varies from token to token, and a busy test machine
     * shares its two cores with the portal, so a minute rather than the 15 s of a page.
     */
    public static final Duration CHALLENGE_TIME = Duration.ofSeconds(60);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private WebDriver driver;
    private Path profile;
    private PortalServer server;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "Chromium or chromedriver is missing (apt-get install chromium chromium-driver)";
            if (PortalServer.IN_CI) {
                throw new IllegalStateException("CI needs the browser tests: " + why);
            }
            throw new TestAbortedException("Skipping browser test: " + why);
        }
        server = PortalServer.get();
        profile = Files.createTempDirectory("portal-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver == null) {
            return;
        }
        try {
            if (context.getExecutionException().isEmpty() && driver.getCurrentUrl().startsWith("http")) {
                scanForPrivateValues(); // where the story ended
            }
            if (context.getExecutionException().isPresent()) {
                Path dir = Path.of(System.getProperty("portal.buildDir", "target"), "browser-failures");
                Files.createDirectories(dir);
                String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
                Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            }
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }

    public void open(String path) {
        driver.get(server.url(path));
        scanForPrivateValues();
    }

    /** The privacy scan ({@link PrivateValues}) of the page the browser shows now. */
    public void scanForPrivateValues() {
        java.net.URI shown = java.net.URI.create(driver.getCurrentUrl());
        PrivateValues.check(shown.getRawPath() + (shown.getRawQuery() == null ? "" : "?" + shown.getRawQuery()), driver.getPageSource());
    }

    /** From now on, pages open on this instance of the portal (tests with several). */
    public void use(PortalServer instance) {
        server = instance;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(By by) {
        return await(d -> d.findElement(by));
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Waits (at most 15 s) until the condition holds, as a user would wait for the page.
     * An element not there yet, or replaced by an Ajax update meanwhile, means "not yet".
     */
    public <T> T await(Function<WebDriver, T> condition) {
        return await(Duration.ofSeconds(15), condition);
    }

    /** Waits at most {@code limit} (for example {@link #CHALLENGE_TIME}) until the condition holds. */
    public <T> T await(Duration limit, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, limit)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(this::whatThePageSays)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        // Chrome's own word for an element its page replaced between finding and reading it.
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /** Where the browser is and what its page says, so a failed wait in CI explains itself. */
    private String whatThePageSays() {
        try {
            List<WebElement> main = driver.findElements(By.tagName("main"));
            String text = (main.isEmpty() ? driver.findElement(By.tagName("body")) : main.get(0)).getText().replaceAll("\\s+", " ");
            return "on " + driver.getCurrentUrl() + " the page says: " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
        } catch (RuntimeException unreadable) {
            return "the page could not be read: " + unreadable.getMessage();
        }
    }

    /**
     * Waits until the public form's script has its token and has answered the token's
     * challenge (participation.js), at most {@link #CHALLENGE_TIME}.
     */
    public void awaitChallenge(By form) {
        new WebDriverWait(driver, CHALLENGE_TIME)
                .withMessage(() -> "the form's challenge was not answered; its status says: "
                        + driver.findElement(form).findElement(By.cssSelector("[data-role='form-status']")).getText())
                .until(d -> !d.findElement(form).findElement(By.cssSelector("input[data-role='answer']")).getDomProperty("value").isEmpty());
    }

    /** Waits until PrimeFaces has no Ajax request in flight (and jQuery none either). */
    public void awaitAjax() {
        await(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);"));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public String text(By by) {
        return await(d -> d.findElement(by).getText());
    }
}
