package org.podium.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.podium.it.Browser;

/** item.xhtml with its comment form, as a resident fills it: text, address, name, position, files; preview; send. */
final class ItemPage {

    private final Browser browser;

    private ItemPage(Browser browser) {
        this.browser = browser;
    }

    /** The item page the browser shows now. */
    static ItemPage shown(Browser browser) {
        return new ItemPage(browser);
    }

    /** The comment window is open: the form is there. */
    boolean takesComment() {
        return browser.present("comment:text");
    }

    ItemPage write(String text, String email, String name) {
        browser.type("comment:text", text).type("comment:email", email).type("comment:name", name);
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

    /** Sends the previewed comment: the receipt's tracking number. */
    String send() {
        browser.press("confirm:submit");
        return browser.text("trackingNumber");
    }
}
