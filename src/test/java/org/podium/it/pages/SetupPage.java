package org.podium.it.pages;

import org.podium.it.Browser;

/** setup.xhtml, where the first administrator is made: closed once one exists. */
final class SetupPage {

    private final Browser browser;

    private SetupPage(Browser browser) {
        this.browser = browser;
    }

    static SetupPage open(Browser browser) {
        browser.open("setup.xhtml");
        return new SetupPage(browser);
    }

    /** The page says setup is over. */
    boolean isClosed() {
        return browser.present("setupClosed");
    }
}
