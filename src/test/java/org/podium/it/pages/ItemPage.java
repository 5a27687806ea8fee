package org.podium.it.pages;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.it.Browser;

/**
 * item.xhtml, an agenda item as the public reads it (its comment window, its file number) with its comment form, as a
 * resident fills it: text, address, name, position, files; preview; send.
 */
final class ItemPage {

    private final Browser browser;

    private ItemPage(Browser browser) {
        this.browser = browser;
    }

    /** The item page the browser shows now. */
    static ItemPage shown(Browser browser) {
        return new ItemPage(browser);
    }

    static ItemPage open(Browser browser, long item) {
        browser.open("item.xhtml?id=" + item);
        return new ItemPage(browser);
    }

    /** What the page says of the comment window (open until …, closed …). */
    String commentWindow() {
        return browser.text("commentWindow");
    }

    String fileNumber() {
        return browser.text("fileNumber");
    }

    /** The note an item the clerk did not translate carries. */
    String untranslatedNote() {
        return browser.text("originalNote");
    }

    /** The comment window is open: the form is there. */
    boolean takesComment() {
        return browser.present("comment:text");
    }

    ItemPage write(String text, String email, String name) {
        browser.type("comment:text", text).type("comment:email", email).type("comment:name", name);
        return this;
    }

    /** The text and the address, no name. */
    ItemPage write(String text, String email) {
        browser.type("comment:text", text).type("comment:email", email);
        return this;
    }

    /** Chooses SUPPORT, OPPOSE or NEUTRAL. */
    ItemPage choose(String position) {
        browser.driver.findElements(By.cssSelector("input[name='comment:position']")).stream()
                .filter(e -> position.equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        return this;
    }

    /** Picks a file for the form's file field (the page checks it at once). */
    ItemPage attach(Path file) {
        browser.find("comment:files").sendKeys(file.toString());
        return this;
    }

    /** Waits (10 s at most) until the page has said something of the file just picked. */
    ItemPage awaitFileCheck() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !fileCheck().isBlank());
        return this;
    }

    /** What the page says of the files picked, before anything is sent. */
    String fileCheck() {
        return browser.text("filesCheck");
    }

    /** The files field as it holds them now (empty once a file is taken off). */
    String attachedFiles() {
        return browser.find("comment:files").getAttribute("value");
    }

    /** Whether the files field tells a screen reader it is invalid ("true"). */
    String filesFieldInvalid() {
        return browser.find("comment:files").getAttribute("aria-invalid");
    }

    ItemPage preview() {
        browser.press("comment:preview");
        return this;
    }

    /** The message beside a field (text, email, position, files …); empty when there is none. */
    String problemWith(String field) {
        return browser.present("comment:" + field + "Msg") ? browser.text("comment:" + field + "Msg") : "";
    }

    /** The text as the field holds it now. */
    String typedText() {
        return browser.find("comment:text").getAttribute("value");
    }

    /** The text as the preview shows it. */
    String previewText() {
        return browser.text("previewText");
    }

    /** The files as the preview lists them. */
    String previewFiles() {
        return browser.text("previewFiles");
    }

    /** The preview's lead has the focus (a screen reader starts there). */
    boolean previewHasFocus() {
        return "previewLead".equals(browser.focusedId());
    }

    /** Sends the previewed comment: the receipt's tracking number. */
    String send() {
        browser.press("confirm:submit");
        return browser.text("trackingNumber");
    }
}
