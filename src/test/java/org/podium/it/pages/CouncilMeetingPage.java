package org.podium.it.pages;

import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.podium.it.Browser;

/** council/meeting.xhtml, a meeting at a glance for a council member: its items and the total of comments. */
final class CouncilMeetingPage {

    private final Browser browser;

    private CouncilMeetingPage(Browser browser) {
        this.browser = browser;
    }

    /** The page in a language of its own choosing (en, es). */
    static CouncilMeetingPage open(Browser browser, long meeting, String language) {
        browser.open("council/meeting.xhtml?meeting=" + meeting + "&lang=" + language);
        return new CouncilMeetingPage(browser);
    }

    /** Waits (20 s at most, the panel may be pushed again) until the total of comments passes the check. */
    CouncilMeetingPage awaitTotal(Predicate<String> check) {
        browser.awaitText(By.id("meetingTotal"), check);
        return this;
    }
}
