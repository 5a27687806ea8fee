package org.podium.it.pages;

import org.podium.it.Browser;

/** clerk/topics.xhtml: the topics as lines of text ("Name | Nombre: keyword, keyword"), saved all at once. */
final class TopicsPage {

    private final Browser browser;

    private TopicsPage(Browser browser) {
        this.browser = browser;
    }

    static TopicsPage open(Browser browser) {
        browser.open("clerk/topics.xhtml");
        return new TopicsPage(browser);
    }

    /** The lines as the field holds them now. */
    String lines() {
        return browser.find("topics:text").getAttribute("value");
    }

    /** Types the lines in place of the old ones and saves; the page is loaded again when this returns. */
    TopicsPage save(String lines) {
        browser.type("topics:text", lines).press("topics:save");
        return this;
    }

    /** The message beside the lines (which line is wrong, and why). */
    String problem() {
        return browser.text("topics:textMsg");
    }
}
