package org.podium.it.pages;

import org.openqa.selenium.By;
import org.podium.it.Browser;

/** clerk/campaigns.xhtml: an item's form-letter campaigns, each labelled at once, and its groups of similar comments. */
final class CampaignsPage {

    private final Browser browser;

    private CampaignsPage(Browser browser) {
        this.browser = browser;
    }

    static CampaignsPage shown(Browser browser) {
        return new CampaignsPage(browser);
    }

    /** Labels the first campaign's comments with a position (its button's label: Support, Oppose, Neutral). */
    void labelFirst(String position) {
        browser.press(browser.driver
                .findElement(By.cssSelector("form[id$='label'] input[value='" + position + "']"))
                .getAttribute("id"));
    }

    /** The heading of the groups of similar comments. */
    String groupsHeading() {
        return browser.text("groupsHeading");
    }
}
