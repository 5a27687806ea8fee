package org.podium.it.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.podium.it.Browser;

/** login.xhtml: e-mail and password (staff with a second factor get a second step, not driven here). */
final class LoginPage {

    private final Browser browser;

    private LoginPage(Browser browser) {
        this.browser = browser;
    }

    static LoginPage open(Browser browser) {
        browser.open("login.xhtml");
        return new LoginPage(browser);
    }

    /** Types the address and the password and presses Log in; the next page is loaded when this returns. */
    LoginPage as(String email, String password) {
        browser.type("login:email", email).type("login:password", password).press("login:submit");
        return this;
    }

    /**
     * Logs in and checks that it worked (the page offers to log out), so that a refused login fails here, with the
     * page's words, and not pages later as a link that is missing.
     */
    LoginPage signedInAs(String email, String password) {
        as(email, password);
        assertTrue(PageFrame.of(browser).offersLogOut(), () -> "logged in as " + email + ": " + browser.body());
        return this;
    }

    /** Follows "Forgot your password?". */
    ForgotPasswordPage forgotPassword() {
        browser.click("Forgot your password?");
        return ForgotPasswordPage.shown(browser);
    }
}
