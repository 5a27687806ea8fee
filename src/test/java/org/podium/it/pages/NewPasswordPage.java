package org.podium.it.pages;

import org.podium.it.Browser;

/** reset.xhtml, opened from the e-mailed link: the new password, typed twice. */
final class NewPasswordPage {

    private final Browser browser;

    private NewPasswordPage(Browser browser) {
        this.browser = browser;
    }

    static NewPasswordPage shown(Browser browser) {
        return new NewPasswordPage(browser);
    }

    /** Types the password and its repetition and saves; the next page is loaded when this returns. */
    void choose(String password, String repeat) {
        browser.type("reset:password", password).type("reset:repeat", repeat).press("reset:save");
    }
}
