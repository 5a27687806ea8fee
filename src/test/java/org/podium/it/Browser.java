package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by its own chromedriver (nothing is downloaded), and the page actions the tests
 * share: open, type, press, wait for the next page, and check the page with axe-core.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriverService service;
    public final WebDriver driver;
    private final String base;
    private final Path profile;

    public Browser(String base) throws IOException {
        this.base = base.endsWith("/") ? base : base + "/";
        this.profile = Files.createTempDirectory("podium-chromium");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=en-US",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public Browser open(String path) {
        driver.get(base + path);
        // get returns once the page has loaded; a page is only read once it says so itself, too
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        return this;
    }

    public WebElement find(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Waits up to {@code seconds} for an element (an ajax update, a long import) and returns it. */
    public WebElement await(String id, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public String text(String id) {
        return find(id).getText();
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public Browser type(String id, String value) {
        WebElement e = find(id);
        e.clear();
        e.sendKeys(value);
        return this;
    }

    /** Presses a button that posts the page, and waits until the next page has replaced it. */
    public Browser press(String id) {
        WebElement button = find(id);
        markPage();
        button.click();
        awaitNewPage();
        return this;
    }

    /** Presses the button found by {@code by} (one of a table's rows), and waits for the next page. */
    public Browser press(By by) {
        WebElement button = driver.findElement(by);
        markPage();
        button.click();
        awaitNewPage();
        return this;
    }

    /** Presses a button that asks "are you sure?" first, and says yes. */
    public Browser pressAndConfirm(String id) {
        WebElement button = find(id);
        markPage();
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.alertIsPresent())
                .accept();
        awaitNewPage();
        return this;
    }

    public Browser click(String linkText) {
        WebElement link = driver.findElement(By.linkText(linkText));
        markPage();
        link.click();
        awaitNewPage();
        return this;
    }

    /** Marks the current document, so that the next one can be told apart from it. */
    public void markPage() {
        ((JavascriptExecutor) driver).executeScript("window.podiumOldPage = true;");
    }

    public void awaitNewPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !window.podiumOldPage && document.readyState === 'complete';")));
    }

    /** Waits up to {@code seconds} until the condition holds (a push, a timer), asking it again and again. */
    public void until(int seconds, BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(d -> condition.getAsBoolean());
    }

    /**
     * Waits (20 s at most) until the element's text passes the check, reading it afresh each time: for a panel that a
     * push may render again at any moment.
     */
    public void awaitText(By by, Predicate<String> check) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> check.test(d.findElement(by).getText()));
    }

    /** The document marked by {@link #markPage()} is still the one shown: nothing reloaded it. */
    public Boolean stillMarked() {
        return windowMarked("podiumOldPage");
    }

    /** Marks the window with a flag of its own, which only a new document clears. */
    public void markWindow(String flag) {
        ((JavascriptExecutor) driver).executeScript("window[arguments[0]] = true;", flag);
    }

    /** The flag set by {@link #markWindow(String)} is still there. */
    public Boolean windowMarked(String flag) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("return window[arguments[0]] === true;", flag);
    }

    /** The id of the element that holds the focus. */
    public String focusedId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    public String heading() {
        return text("pageHeading");
    }

    public String body() {
        // waits for it: a page that a script reloads or redirects has no body for a moment
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")))
                .getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public void logout() {
        press("logoutForm:logout");
    }

    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** axe-core on the page as it is now: no serious or critical WCAG 2.1 A/AA violation. */
    public void assertAccessible(String what) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertEquals(
                "",
                bad.stream()
                        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                + v.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")),
                "accessibility of " + what + " (" + url() + ")");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    public static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not a test failure
        }
    }
}
