package org.podium.it.pages;

import org.podium.it.Browser;

/**
 * speaker.xhtml, a sign-up's own page (its link is mailed): the status and the time to speak, the confirmation of the
 * address (only from the mailed link) and the withdrawal.
 */
final class SpeakerPage {

    private final Browser browser;

    private SpeakerPage(Browser browser) {
        this.browser = browser;
    }

    static SpeakerPage shown(Browser browser) {
        return new SpeakerPage(browser);
    }

    /** The page is a sign-up's (its lead is there). */
    boolean isShown() {
        return browser.present("speakerLead");
    }

    /** Waiting for …, confirmed, number n, withdrawn … */
    String status() {
        return browser.text("speakerStatus");
    }

    /** The time to speak, as the page says it. */
    String time() {
        return browser.text("speakerTime");
    }

    /** What the page says while the address is not confirmed. */
    String unconfirmedNote() {
        return browser.text("unconfirmedNote");
    }

    boolean offersConfirm() {
        return browser.present("confirmForm:confirm");
    }

    /** Confirms the address (the button of the mailed link's page); the page is loaded again when this returns. */
    void confirm() {
        browser.press("confirmForm:confirm");
    }

    /** Withdraws, answering yes to "are you sure?". */
    void withdraw() {
        browser.pressAndConfirm("speaker:withdraw");
    }
}
