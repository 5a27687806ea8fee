package org.podium.it.pages;

import org.openqa.selenium.By;
import org.podium.it.Browser;

/** The meeting editor's official record: finalized once the meeting is adjourned, with its final hash. */
final class RecordPanel {

    private final Browser browser;

    private RecordPanel(Browser browser) {
        this.browser = browser;
    }

    static RecordPanel of(Browser browser) {
        return new RecordPanel(browser);
    }

    /** What the panel says before the meeting is adjourned. */
    String laterNote() {
        return browser.text("recordLater");
    }

    /** Presses Finalize: its question, not answered yet. */
    Question askToFinalize() {
        return Question.after(browser, browser.driver.findElement(By.id("record:finalize")));
    }

    /** Presses Finalize and answers yes; the page is loaded again when this returns. */
    void finalizeRecord() {
        browser.pressAndConfirm("record:finalize");
    }

    String finalHash() {
        return browser.text("finalHash");
    }
}
