package org.podium.it.pages;

import org.podium.it.Browser;

/** verify.xhtml, opened from the e-mailed link: a button confirms the address (opening the link alone does not). */
final class VerifyPage {

    private final Browser browser;

    private VerifyPage(Browser browser) {
        this.browser = browser;
    }

    static VerifyPage shown(Browser browser) {
        return new VerifyPage(browser);
    }

    void confirm() {
        browser.press("verify:confirm");
    }
}
