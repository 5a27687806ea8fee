package org.podium.it.pages;

import org.openqa.selenium.support.ui.Select;
import org.podium.it.Browser;

/**
 * comment.xhtml as the author and the public see it: the receipt, the status and its history, the author's text and
 * files with what the author may do (confirm the address, report it is not theirs, edit, withdraw, appeal a
 * rejection), the published text with its report form, and the look-up by tracking number. The clerk's side of the
 * same page is {@link CommentDecisionPage}.
 */
final class TrackingPage {

    private final Browser browser;

    private TrackingPage(Browser browser) {
        this.browser = browser;
    }

    static TrackingPage shown(Browser browser) {
        return new TrackingPage(browser);
    }

    /** The page of a tracking number, as anyone opens it (no author's key). */
    static TrackingPage open(Browser browser, String tracking) {
        browser.open("comment.xhtml?t=" + tracking);
        return new TrackingPage(browser);
    }

    /** Opens the empty page and looks the number up with its form. */
    static TrackingPage lookUp(Browser browser, String tracking) {
        browser.open("comment.xhtml").type("lookup:number", tracking).press("lookup:find");
        return new TrackingPage(browser);
    }

    /** The page opened right after sending: the receipt. */
    boolean isReceipt() {
        return browser.present("receiptLead");
    }

    String status() {
        return browser.text("commentStatus");
    }

    /** The status's history, as listed. */
    String history() {
        return browser.text("history");
    }

    // ---- the author's ----

    /** The author's own text. */
    String yourText() {
        return browser.text("commentText");
    }

    /** The page shows the author's text (only with the author's link or account). */
    boolean showsYourText() {
        return browser.present("commentText");
    }

    /** The author's files, as listed. */
    String yourFiles() {
        return browser.text("commentFiles");
    }

    void confirmEmail() {
        browser.press("author:confirmEmail");
    }

    /** "I did not send this": the clerk is told. */
    void disown() {
        browser.press("author:disown");
    }

    boolean offersDisown() {
        return browser.present("author:disown");
    }

    /** Opens the edit form, types the new text and saves; the page is loaded again when this returns. */
    void edit(String text) {
        browser.press("author:edit");
        browser.type("edit:text", text).press("edit:save");
    }

    /** Withdraws, answering yes to "are you sure?". */
    void withdraw() {
        browser.pressAndConfirm("author:withdraw");
    }

    /** Sends the appeal of a rejection (with no message: the page asks for one). */
    void appeal() {
        browser.press("appeal:send");
    }

    void appeal(String message) {
        browser.type("appeal:message", message).press("appeal:send");
    }

    /** The message beside the appeal's text. */
    String problemWithAppeal() {
        return browser.text("appeal:messageMsg");
    }

    boolean offersAppeal() {
        return browser.present("appeal:send");
    }

    /** What the page says once the appeal is sent. */
    String appealSent() {
        return browser.text("appealSent");
    }

    // ---- the public's ----

    /** The text as published. */
    String publicText() {
        return browser.text("publicText");
    }

    boolean showsPublicText() {
        return browser.present("publicText");
    }

    /** Chooses a reason of the posting policy (its code) for a report. */
    TrackingPage reportReason(String code) {
        new Select(browser.find("reportForm:reason")).selectByValue(code);
        return this;
    }

    /** Sends the report; the page is loaded again when this returns. */
    void report() {
        browser.press("reportForm:send");
    }

    /** The message beside the report's reason. */
    String problemWithReport() {
        return browser.text("reportForm:reasonMsg");
    }
}
