package org.podium.it.pages;

import org.podium.it.Browser;

/** admin/settings.xhtml, the council's settings for written comments (their longest length …). */
final class SettingsPage {

    private final Browser browser;

    private SettingsPage(Browser browser) {
        this.browser = browser;
    }

    static SettingsPage shown(Browser browser) {
        return new SettingsPage(browser);
    }

    /** Types the longest a comment may be and saves; the page is loaded again when this returns. */
    SettingsPage saveCommentMaxLength(String characters) {
        browser.type("settings:commentMaxLength", characters).press("settings:save");
        return this;
    }

    /** The longest a comment may be, as the field holds it. */
    String commentMaxLength() {
        return browser.find("settings:commentMaxLength").getAttribute("value");
    }

    /** The message beside a field (commentMaxLength …). */
    String problemWith(String field) {
        return browser.text("settings:" + field + "Msg");
    }
}
