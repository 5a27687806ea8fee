package org.podium.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.podium.it.Browser;

/**
 * speak.xhtml, the sign-up to speak on an item: the rules, then address, name, how (in person, remote) and position;
 * the problems beside their fields and, linked to them, in the summary at the top (the template's).
 */
final class SpeakPage {

    private final Browser browser;

    private SpeakPage(Browser browser) {
        this.browser = browser;
    }

    static SpeakPage shown(Browser browser) {
        return new SpeakPage(browser);
    }

    /** The speaker rules as the page states them. */
    String rules() {
        return browser.text("speakRules");
    }

    SpeakPage email(String email) {
        browser.type("speak:email", email);
        return this;
    }

    SpeakPage name(String name) {
        browser.type("speak:name", name);
        return this;
    }

    /** Chooses IN_PERSON or REMOTE. */
    SpeakPage mode(String mode) {
        radio("mode", mode).click();
        return this;
    }

    /** Chooses the position (SUPPORT, OPPOSE, NEUTRAL …). */
    SpeakPage position(String position) {
        radio("position", position).click();
        return this;
    }

    /** Where a position's radio button is on the page, and how big. */
    Rectangle positionBox(String position) {
        return radio("position", position).getRect();
    }

    /** Puts the focus on a position's radio button (as Tab would). */
    SpeakPage focusPosition(String position) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus();", radio("position", position));
        return this;
    }

    /** Presses Sign up; the next page (or this one again, with its problems) is loaded when this returns. */
    void signUp() {
        browser.press("speak:submit");
    }

    /** The message beside a field (email, mode, position …). */
    String problemWith(String field) {
        return browser.text("speak:" + field + "Msg");
    }

    /** What a field holds now. */
    String typed(String field) {
        return browser.find("speak:" + field).getAttribute("value");
    }

    /** The summary of the problems at the top of the form. */
    String problems() {
        return browser.text("formErrors");
    }

    /** The summary of the problems has the focus (not the field below the fold). */
    boolean problemsHaveFocus() {
        return "formErrors".equals(browser.focusedId());
    }

    /** How many of the summary's links lead to these fields. */
    int problemLinksTo(String... fields) {
        StringBuilder css = new StringBuilder();
        for (String field : fields) {
            css.append(css.isEmpty() ? "" : ", ")
                    .append("a[href='#speak:")
                    .append(field)
                    .append("']");
        }
        return browser.find("formErrors")
                .findElements(By.cssSelector(css.toString()))
                .size();
    }

    private WebElement radio(String field, String value) {
        return browser.driver.findElements(By.cssSelector("input[name='speak:" + field + "']")).stream()
                .filter(e -> value.equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow();
    }
}
