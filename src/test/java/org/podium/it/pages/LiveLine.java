package org.podium.it.pages;

import org.podium.it.Browser;

/**
 * Who speaks now, who is next, the timer and the total time: the same panel on the chamber's public display
 * (display.xhtml), on the council member's live view and on the clerk's console, pushed to each without a reload.
 */
final class LiveLine {

    private final Browser browser;

    private LiveLine(Browser browser) {
        this.browser = browser;
    }

    /** The line on whatever page the browser shows (the console, the council's live view). */
    static LiveLine shown(Browser browser) {
        return new LiveLine(browser);
    }

    /** Opens the chamber's public display of a meeting. */
    static LiveLine openDisplay(Browser browser, long meeting) {
        browser.open("display.xhtml?meeting=" + meeting);
        return new LiveLine(browser);
    }

    /** Who speaks now (a name, "Speaker 2" for a withheld one, or that the meeting has adjourned). */
    String speaker() {
        return browser.text("liveSpeaker");
    }

    String next() {
        return browser.text("liveNext");
    }

    /** The time left (m:ss), or over time (−m:ss). */
    String timer() {
        return browser.text("liveTimer");
    }

    /** The timer's state in words: "Paused", "Time is up", or nothing while it runs with time left. */
    String timerState() {
        return browser.text("liveTimerState");
    }

    /** The timer is shown in that colour (amber under 30 seconds, red over time). */
    boolean timerIs(String colour) {
        return browser.find("liveTimer").getAttribute("class").contains(colour);
    }

    /** The total time of the line. */
    String total() {
        return browser.text("liveTotal");
    }
}
