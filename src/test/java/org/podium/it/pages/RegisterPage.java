package org.podium.it.pages;

import org.podium.it.Browser;

/** register.xhtml: a resident's name, address and password; the next page asks them to check their e-mail. */
final class RegisterPage {

    private final Browser browser;

    private RegisterPage(Browser browser) {
        this.browser = browser;
    }

    static RegisterPage open(Browser browser) {
        browser.open("register.xhtml");
        return new RegisterPage(browser);
    }

    RegisterPage name(String displayName) {
        browser.type("register:displayName", displayName);
        return this;
    }

    RegisterPage email(String email) {
        browser.type("register:email", email);
        return this;
    }

    RegisterPage password(String password) {
        browser.type("register:password", password);
        return this;
    }

    /** Presses Register; the next page (or this one again, with its problems) is loaded when this returns. */
    RegisterPage register() {
        browser.press("register:submit");
        return this;
    }

    /** The message beside a field (displayName, email, password). */
    String problemWith(String field) {
        return browser.text("register:" + field + "Msg");
    }

    /** What a field holds now, as the page sent it back. */
    String typed(String field) {
        return browser.find("register:" + field).getAttribute("value");
    }
}
