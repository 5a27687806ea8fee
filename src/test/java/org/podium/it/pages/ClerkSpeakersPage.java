package org.podium.it.pages;

import org.openqa.selenium.support.ui.Select;
import org.podium.it.Browser;

/** clerk/speakers.xhtml: a meeting's sign-ups and its speaker rules, typed or from a preset. */
final class ClerkSpeakersPage {

    private final Browser browser;

    private ClerkSpeakersPage(Browser browser) {
        this.browser = browser;
    }

    static ClerkSpeakersPage shown(Browser browser) {
        return new ClerkSpeakersPage(browser);
    }

    /** The sign-ups' table as text. */
    String signUps() {
        return browser.text("signUps");
    }

    /** Seconds per speaker, as the field holds them. */
    String secondsPerSpeaker() {
        return browser.find("rules:secondsPerSpeaker").getAttribute("value");
    }

    /** Most speakers per item, as the field holds them. */
    String maxPerItem() {
        return browser.find("rules:maxPerItem").getAttribute("value");
    }

    /** Chooses a preset (its code) and applies it to the form; the page is loaded again when this returns. */
    ClerkSpeakersPage applyPreset(String preset) {
        new Select(browser.find("rules:preset")).selectByValue(preset);
        browser.press("rules:applyPreset");
        return this;
    }

    ClerkSpeakersPage secondsPerSpeaker(String seconds) {
        browser.type("rules:secondsPerSpeaker", seconds);
        return this;
    }

    /** Saves the rules; the page is loaded again when this returns. */
    ClerkSpeakersPage save() {
        browser.press("rules:save");
        return this;
    }

    /** The message beside a field of the rules (secondsPerSpeaker …). */
    String problemWith(String field) {
        return browser.text("rules:" + field + "Msg");
    }
}
