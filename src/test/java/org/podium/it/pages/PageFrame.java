package org.podium.it.pages;

import org.openqa.selenium.By;
import org.podium.it.Browser;

/**
 * What every page shares (templates/page.xhtml): the council's name, the page's language, who is logged in, the staff
 * menus, the log-out button, the heading.
 */
final class PageFrame {

    private final Browser browser;

    private PageFrame(Browser browser) {
        this.browser = browser;
    }

    static PageFrame of(Browser browser) {
        return new PageFrame(browser);
    }

    /** The language the page says it is in (its lang attribute). */
    String language() {
        return browser.driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    String councilName() {
        return browser.driver.findElement(By.cssSelector(".council")).getText();
    }

    /** The name on the account link of whoever is logged in. */
    String loggedInAs() {
        return browser.text("accountLink");
    }

    boolean offersLogOut() {
        return browser.present("logoutForm:logout");
    }

    boolean showsClerkMenu() {
        return browser.present("navClerk");
    }

    /** The language a screen reader reads the heading's title in (an untranslated title keeps its own). */
    String headingLanguage() {
        return browser.find("pageHeading").findElement(By.tagName("span")).getAttribute("lang");
    }
}
