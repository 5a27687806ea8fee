package org.podium.it.pages;

import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.podium.it.Browser;

/**
 * council/summary.xhtml, an item's summary as a council member reads it during the meeting: the totals, the count of
 * each position, the speakers. A push may render the panel again at any moment, so each reading waits until the text
 * passes the test's check.
 */
final class CouncilSummaryPage {

    private final Browser browser;

    private CouncilSummaryPage(Browser browser) {
        this.browser = browser;
    }

    static CouncilSummaryPage open(Browser browser, long item) {
        browser.open("council/summary.xhtml?item=" + item);
        return new CouncilSummaryPage(browser);
    }

    /** The page in a language of its own choosing (en, es). */
    static CouncilSummaryPage open(Browser browser, long item, String language) {
        browser.open("council/summary.xhtml?item=" + item + "&lang=" + language);
        return new CouncilSummaryPage(browser);
    }

    /** Waits (20 s at most) until the totals line ("3 comments …") passes the check. */
    CouncilSummaryPage awaitTotals(Predicate<String> check) {
        browser.awaitText(By.id("summaryTotals"), check);
        return this;
    }

    /** Waits (20 s at most) until the count of a declared position (SUPPORT, OPPOSE, NEUTRAL) passes the check. */
    CouncilSummaryPage awaitDeclared(String position, Predicate<String> check) {
        browser.awaitText(By.cssSelector("td[data-position='" + position + "'][data-kind='declared']"), check);
        return this;
    }

    /** Waits (20 s at most) until the list of speakers passes the check. */
    CouncilSummaryPage awaitSpeakers(Predicate<String> check) {
        browser.awaitText(By.id("speakerList"), check);
        return this;
    }
}
