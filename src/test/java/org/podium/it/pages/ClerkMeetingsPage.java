package org.podium.it.pages;

import org.podium.it.Browser;

/** clerk/index.xhtml: the clerk's meetings and the form that drafts a new one. */
final class ClerkMeetingsPage {

    private final Browser browser;

    private ClerkMeetingsPage(Browser browser) {
        this.browser = browser;
    }

    static ClerkMeetingsPage open(Browser browser) {
        browser.open("clerk/index.xhtml");
        return new ClerkMeetingsPage(browser);
    }

    ClerkMeetingsPage title(String title) {
        browser.type("create:title", title);
        return this;
    }

    /** The body that meets (the council, a committee). */
    ClerkMeetingsPage body(String body) {
        browser.type("create:body", body);
        return this;
    }

    /** When it starts, as the clerk types it (yyyy-MM-dd HH:mm). */
    ClerkMeetingsPage startsAt(String startsAt) {
        browser.type("create:startsAt", startsAt);
        return this;
    }

    ClerkMeetingsPage location(String location) {
        browser.type("create:location", location);
        return this;
    }

    /** Presses Create: the new meeting's page is loaded when this returns (or this form again, with its problems). */
    void create() {
        browser.press("create:submit");
    }

    /** The message beside a field (title, body, startsAt, location); blank when there is none. */
    String problemWith(String field) {
        return browser.text("create:" + field + "Msg");
    }

    /** What a field holds now. */
    String typed(String field) {
        return browser.find("create:" + field).getAttribute("value");
    }
}
