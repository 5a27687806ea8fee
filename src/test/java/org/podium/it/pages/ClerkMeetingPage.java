package org.podium.it.pages;

import org.openqa.selenium.By;
import org.podium.it.Browser;

/**
 * clerk/meeting.xhtml, the meeting editor: the agenda (its rows, moved, edited, removed), the form that adds or edits
 * an item, and the links from an item to its comments; the state buttons and the record are {@link #state()} and
 * {@link #record()}.
 */
final class ClerkMeetingPage {

    private final Browser browser;

    private ClerkMeetingPage(Browser browser) {
        this.browser = browser;
    }

    static ClerkMeetingPage shown(Browser browser) {
        return new ClerkMeetingPage(browser);
    }

    static ClerkMeetingPage open(Browser browser, long meeting) {
        browser.open("clerk/meeting.xhtml?id=" + meeting);
        return new ClerkMeetingPage(browser);
    }

    /** Draft or Published. */
    String agendaState() {
        return browser.text("agendaState");
    }

    MeetingStateButtons state() {
        return MeetingStateButtons.of(browser);
    }

    RecordPanel record() {
        return RecordPanel.of(browser);
    }

    // ---- the item form ----

    ClerkMeetingPage number(String number) {
        browser.type("item:number", number);
        return this;
    }

    ClerkMeetingPage title(String title) {
        browser.type("item:title", title);
        return this;
    }

    /** The number and the title: what every item needs. */
    ClerkMeetingPage item(String number, String title) {
        return number(number).title(title);
    }

    ClerkMeetingPage fileNumber(String fileNumber) {
        browser.type("item:fileNumber", fileNumber);
        return this;
    }

    ClerkMeetingPage description(String description) {
        browser.type("item:description", description);
        return this;
    }

    /** The title in Spanish. */
    ClerkMeetingPage titleEs(String titleEs) {
        browser.type("item:titleEs", titleEs);
        return this;
    }

    /** When public comment opens (yyyy-MM-dd HH:mm). */
    ClerkMeetingPage commentOpens(String at) {
        browser.type("item:commentOpensAt", at);
        return this;
    }

    /** When public comment closes (yyyy-MM-dd HH:mm). */
    ClerkMeetingPage commentCloses(String at) {
        browser.type("item:commentClosesAt", at);
        return this;
    }

    /** Adds the item, or saves the one being edited; the page is loaded again when this returns. */
    ClerkMeetingPage saveItem() {
        browser.press("item:submit");
        return this;
    }

    /** The message beside a field of the item form (number, title, commentClosesAt …). */
    String problemWith(String field) {
        return browser.text("item:" + field + "Msg");
    }

    /** What a field of the item form holds now. */
    String typed(String field) {
        return browser.find("item:" + field).getAttribute("value");
    }

    // ---- the agenda ----

    /** The agenda's table as text. */
    String agenda() {
        return browser.text("items");
    }

    /** How many items the agenda has (rows of its table). */
    int agendaRows() {
        return browser.driver.findElements(By.cssSelector("#items tbody tr")).size();
    }

    /** The row (from 0) has a button to reopen comment. */
    boolean offersReopen(int row) {
        return browser.present("agenda:rows:" + row + ":reopen");
    }

    ClerkMeetingPage moveDown(int row) {
        browser.press("agenda:rows:" + row + ":down");
        return this;
    }

    /** Puts the row's item in the item form. */
    ClerkMeetingPage edit(int row) {
        browser.press("agenda:rows:" + row + ":edit");
        return this;
    }

    /** Presses the row's Remove and answers no to "are you sure?". */
    ClerkMeetingPage removeButCancel(int row) {
        browser.find("agenda:rows:" + row + ":remove").click();
        browser.driver.switchTo().alert().dismiss();
        return this;
    }

    /** Presses the row's Remove and answers yes. */
    ClerkMeetingPage remove(int row) {
        browser.pressAndConfirm("agenda:rows:" + row + ":remove");
        return this;
    }

    /** Follows the item's link to its comments in the moderation queue. */
    ModerationQueuePage openQueueOf(long item) {
        browser.markPage();
        browser.driver
                .findElement(By.cssSelector("a[id$=':queue'][href*='item=" + item + "']"))
                .click();
        browser.awaitNewPage();
        return ModerationQueuePage.shown(browser);
    }
}
