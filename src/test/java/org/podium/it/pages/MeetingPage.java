package org.podium.it.pages;

import org.podium.it.Browser;

/** meeting.xhtml, a meeting as the public reads it: its agenda and, once finalized, its official record. */
final class MeetingPage {

    private final Browser browser;

    private MeetingPage(Browser browser) {
        this.browser = browser;
    }

    static MeetingPage shown(Browser browser) {
        return new MeetingPage(browser);
    }

    static MeetingPage open(Browser browser, long meeting) {
        browser.open("meeting.xhtml?id=" + meeting);
        return new MeetingPage(browser);
    }

    /** The page in a language of its own choosing (en, es), whatever the browser asks. */
    static MeetingPage open(Browser browser, long meeting, String language) {
        browser.open("meeting.xhtml?id=" + meeting + "&lang=" + language);
        return new MeetingPage(browser);
    }

    /** The agenda as text. */
    String agenda() {
        return browser.text("agenda");
    }

    /** The record's final hash. */
    String finalHash() {
        return browser.text("finalHash");
    }

    /** The record's files, as listed. */
    String recordFiles() {
        return browser.text("recordFiles");
    }
}
