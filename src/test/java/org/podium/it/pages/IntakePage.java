package org.podium.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.podium.it.Browser;

/**
 * clerk/intake.xhtml: a clerk enters a comment that came on paper (how it came, when, its text, its scan), and imports
 * a CSV file of them, a large one in chunks with a progress bar.
 */
final class IntakePage {

    private final Browser browser;

    private IntakePage(Browser browser) {
        this.browser = browser;
    }

    static IntakePage shown(Browser browser) {
        return new IntakePage(browser);
    }

    /** How the comment came: LETTER, EMAIL, FAX … */
    IntakePage channel(String channel) {
        new Select(browser.find("intake:channel")).selectByValue(channel);
        return this;
    }

    /** The channel chosen now. */
    String channel() {
        return new Select(browser.find("intake:channel"))
                .getFirstSelectedOption()
                .getAttribute("value");
    }

    /** When it was received, as the clerk types it. */
    IntakePage receivedAt(String receivedAt) {
        browser.type("intake:receivedAt", receivedAt);
        return this;
    }

    /** The date received as the field holds it now. */
    String receivedAt() {
        return browser.find("intake:receivedAt").getAttribute("value");
    }

    /** The comment's text, as the clerk types it from the paper. */
    IntakePage commentText(String text) {
        browser.type("intake:text", text);
        return this;
    }

    /** Whether the text field tells a screen reader it is invalid ("true"). */
    String textFieldInvalid() {
        return browser.find("intake:text").getAttribute("aria-invalid");
    }

    /** Picks the scan of the letter. */
    IntakePage attach(Path file) {
        browser.find("intake:files").sendKeys(file.toString());
        return this;
    }

    /** Enters the comment; the page is loaded again when this returns. */
    void enter() {
        browser.press("intake:submit");
    }

    /** The message beside a field (receivedAt, text …). */
    String problemWith(String field) {
        return browser.text("intake:" + field + "Msg");
    }

    // ---- the import ----

    /** Picks the CSV file and presses Import; the page is loaded again when this returns. */
    void importFile(Path csv) {
        browser.find("import:file").sendKeys(csv.toString());
        browser.press("import:submit");
    }

    /** The rows refused, with their line and the reason. */
    String importErrors() {
        return browser.text("importErrors");
    }

    /** The progress bar as a screen reader is told it: its role and how far the import is, in percent. */
    record ProgressBar(String role, String valueNow) {}

    ProgressBar progressBar() {
        WebElement bar = browser.find("importBar");
        return new ProgressBar(bar.getAttribute("role"), bar.getAttribute("aria-valuenow"));
    }

    /** The status line a screen reader reads while the import runs. */
    String importStatus() {
        return browser.text("importStatus");
    }

    /** Waits (two minutes at most) for the import to finish, and returns what it says it did. */
    String awaitImportSummary() {
        return browser.await("importSummary", 120).getText();
    }

    /** The progress bar is on the page (an import runs). */
    boolean importing() {
        return browser.present("importBar");
    }
}
