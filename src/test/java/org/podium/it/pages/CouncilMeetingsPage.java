package org.podium.it.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.it.Browser;

/** council/index.xhtml: every meeting, twenty to a page of the table, with links to summaries and the live view. */
final class CouncilMeetingsPage {

    private static final int MOST_PAGES = 100;

    private final Browser browser;

    private CouncilMeetingsPage(Browser browser) {
        this.browser = browser;
    }

    static CouncilMeetingsPage open(Browser browser) {
        browser.open("council/index.xhtml");
        return new CouncilMeetingsPage(browser);
    }

    /**
     * Turns the table's pages (its "next page" button, an in-page update) until an element matching {@code what} is
     * on the page; true when found.
     */
    boolean find(By what) {
        for (int page = 0; page < MOST_PAGES; page++) {
            if (!browser.driver.findElements(what).isEmpty()) {
                return true;
            }
            List<WebElement> next =
                    browser.driver.findElements(By.cssSelector("#meetings .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                return false;
            }
            WebElement firstRow = browser.driver.findElement(By.cssSelector("#meetings tbody tr"));
            next.get(0).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(firstRow));
        }
        return false;
    }

    /** The meeting's title is in the table (on whichever page). */
    boolean lists(String title) {
        return find(By.linkText(title)) || find(By.xpath("//*[@id='meetings']//td[contains(., \"" + title + "\")]"));
    }

    /** Opens the live view of the speakers of a meeting. */
    void openLive(long meetingId) {
        By link = By.cssSelector("a[href*='council/live.xhtml?meeting=" + meetingId + "']");
        assertTrue(find(link), "the council's list links to the live view of meeting " + meetingId);
        browser.markPage();
        browser.driver.findElement(link).click();
        browser.awaitNewPage();
    }
}
