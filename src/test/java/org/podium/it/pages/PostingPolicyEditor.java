package org.podium.it.pages;

import org.podium.it.Browser;

/**
 * admin/policy.xhtml, where administrators write the posting policy's reasons: a code, and what the public and the
 * author read, in English and Spanish.
 */
final class PostingPolicyEditor {

    private final Browser browser;

    private PostingPolicyEditor(Browser browser) {
        this.browser = browser;
    }

    static PostingPolicyEditor open(Browser browser) {
        browser.open("admin/policy.xhtml");
        return new PostingPolicyEditor(browser);
    }

    /** The reason's code (lower-case letters and hyphens). */
    PostingPolicyEditor code(String code) {
        browser.type("reason:code", code);
        return this;
    }

    /** What the public reads, in English. */
    PostingPolicyEditor publicTextEn(String text) {
        browser.type("reason:publicTextEn", text);
        return this;
    }

    /** What the public reads, in Spanish. */
    PostingPolicyEditor publicTextEs(String text) {
        browser.type("reason:publicTextEs", text);
        return this;
    }

    /** What the author is told, in English. */
    PostingPolicyEditor authorTextEn(String text) {
        browser.type("reason:authorTextEn", text);
        return this;
    }

    /** What the author is told, in Spanish. */
    PostingPolicyEditor authorTextEs(String text) {
        browser.type("reason:authorTextEs", text);
        return this;
    }

    /** Saves the reason; the page is loaded again when this returns. */
    PostingPolicyEditor save() {
        browser.press("reason:save");
        return this;
    }

    /** The message beside a field (code, publicTextEs …). */
    String problemWith(String field) {
        return browser.text("reason:" + field + "Msg");
    }

    /** The reasons' table as text. */
    String reasons() {
        return browser.text("reasonTable");
    }
}
