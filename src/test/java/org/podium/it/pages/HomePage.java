package org.podium.it.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.podium.it.Browser;

/**
 * index.xhtml, what a resident opens first: upcoming and past meetings, a page at a time. A test finds its meeting
 * the way a resident would, page after page, whatever other meetings (other tests') come before it.
 */
final class HomePage {

    /** More pages than any run of the suite makes: a meeting not found by then is not listed. */
    private static final int MOST_PAGES = 100;

    private final Browser browser;

    private HomePage(Browser browser) {
        this.browser = browser;
    }

    static HomePage open(Browser browser) {
        browser.open("index.xhtml");
        return new HomePage(browser);
    }

    /**
     * Goes from page to page (the pager's "Next") until the meeting's link is on the page: true when found, false
     * when the last page did not have it.
     */
    boolean find(String title) {
        for (int page = 0; page < MOST_PAGES; page++) {
            if (!browser.driver.findElements(By.linkText(title)).isEmpty()) {
                return true;
            }
            List<WebElement> next = browser.driver.findElements(By.cssSelector("nav.pager a"));
            WebElement forward = next.isEmpty() ? null : next.get(next.size() - 1);
            if (forward == null || !forward.getAttribute("href").contains("page=" + (page + 1))) {
                return false;
            }
            browser.markPage();
            forward.click();
            browser.awaitNewPage();
        }
        return false;
    }

    /** The meeting is listed among the upcoming ones (on whichever page it falls). */
    boolean isUpcoming(String title) {
        return find(title) && browser.text("upcoming").contains(title);
    }

    /** Opens the meeting's page from the home page. */
    void openMeeting(String title) {
        assertTrue(find(title), "the home page lists " + title);
        browser.click(title);
    }
}
