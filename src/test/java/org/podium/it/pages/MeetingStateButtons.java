package org.podium.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.podium.it.Browser;

/** The meeting editor's state buttons: publish the agenda, start, adjourn or cancel the meeting. */
final class MeetingStateButtons {

    private final Browser browser;

    private MeetingStateButtons(Browser browser) {
        this.browser = browser;
    }

    static MeetingStateButtons of(Browser browser) {
        return new MeetingStateButtons(browser);
    }

    /** Publishes the agenda; the page is loaded again when this returns. */
    void publish() {
        browser.press("state:publish");
    }

    /** Presses "Start the meeting": its question, not answered yet. */
    Question start() {
        return Question.after(browser, button("Start the meeting"));
    }

    /** Presses "Adjourn": its question, not answered yet. */
    Question adjourn() {
        return Question.after(browser, button("Adjourn"));
    }

    /** How "Cancel the meeting" is styled (its classes). */
    String cancelStyle() {
        return button("Cancel the meeting").getAttribute("class");
    }

    private WebElement button(String label) {
        return browser.driver.findElement(By.cssSelector("#state input[value='" + label + "']"));
    }
}
