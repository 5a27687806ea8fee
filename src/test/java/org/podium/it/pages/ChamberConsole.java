package org.podium.it.pages;

import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.podium.it.Browser;

/** clerk/live.xhtml, the clerk's console in the chamber: which item is on, its line of speakers (n calls the next). */
final class ChamberConsole {

    private final Browser browser;

    private ChamberConsole(Browser browser) {
        this.browser = browser;
    }

    static ChamberConsole open(Browser browser, long meeting) {
        browser.open("clerk/live.xhtml?meeting=" + meeting);
        return new ChamberConsole(browser);
    }

    /** Chooses the item and shows it; the page is loaded again when this returns. */
    ChamberConsole showItem(long item) {
        new Select(browser.find("console:item")).selectByValue(String.valueOf(item));
        browser.press("console:showItem");
        return this;
    }

    /** Types a walk-in speaker's name and presses Enter, as a clerk does; the page is loaded again when this returns. */
    ChamberConsole addWalkInWithEnter(String name) {
        browser.markPage();
        browser.find("walkInForm:walkInName").sendKeys(name + Keys.ENTER);
        browser.awaitNewPage();
        return this;
    }

    /** The item's line of speakers, as text. */
    String line() {
        return browser.text("line");
    }
}
