package org.podium.it.pages;

import java.time.Duration;
import org.openqa.selenium.Alert;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.it.Browser;

/** The browser's own "are you sure?" dialog, which a step that cannot be undone asks first. */
final class Question {

    private final Browser browser;
    private final Alert alert;

    private Question(Browser browser, Alert alert) {
        this.browser = browser;
        this.alert = alert;
    }

    /** The question the page asks now (waits up to 10 s for it). */
    static Question asked(Browser browser) {
        return new Question(
                browser,
                new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()));
    }

    /** Clicks a button that asks first, and returns its question, not answered yet. */
    static Question after(Browser browser, WebElement button) {
        browser.markPage();
        button.click();
        return asked(browser);
    }

    String text() {
        return alert.getText();
    }

    /** Yes: the page posts, and the next one is loaded when this returns. */
    void accept() {
        alert.accept();
        browser.awaitNewPage();
    }

    /** No: nothing is sent, the page stays. */
    void dismiss() {
        alert.dismiss();
    }
}
