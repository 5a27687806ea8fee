package org.podium.it.pages;

import org.podium.it.Browser;

/** forgot.xhtml: an address, and a link to choose a new password is mailed to it (if an account uses it). */
final class ForgotPasswordPage {

    private final Browser browser;

    private ForgotPasswordPage(Browser browser) {
        this.browser = browser;
    }

    static ForgotPasswordPage shown(Browser browser) {
        return new ForgotPasswordPage(browser);
    }

    ForgotPasswordPage send(String email) {
        browser.type("forgot:email", email).press("forgot:send");
        return this;
    }

    /** What the page says once sent. */
    String sentNote() {
        return browser.text("forgotSent");
    }
}
