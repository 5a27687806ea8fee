package org.podium.it.pages;

import org.openqa.selenium.By;
import org.podium.it.Browser;

/**
 * comment.xhtml as a clerk sees it, "A comment to decide on": the flags, the date received, the text with the
 * passages suggested for redaction, the decision, what the machine read (topics the clerk corrects) and the audit
 * trail.
 */
final class CommentDecisionPage {

    private final Browser browser;

    private CommentDecisionPage(Browser browser) {
        this.browser = browser;
    }

    static CommentDecisionPage shown(Browser browser) {
        return new CommentDecisionPage(browser);
    }

    static CommentDecisionPage open(Browser browser, String tracking) {
        browser.open("comment.xhtml?t=" + tracking);
        return new CommentDecisionPage(browser);
    }

    /** The flags, as listed (Letter, Personal data …). */
    String flags() {
        return browser.text("flags");
    }

    /** When the comment came, as the page writes it. */
    String receivedAt() {
        return browser.text("receivedAt");
    }

    /** The text as sent, with its suggested passages marked. */
    String text() {
        return browser.text("clerkText");
    }

    /** The first passage the page suggests redacting. */
    String suggestedRedaction() {
        return browser.find("clerkText")
                .findElement(By.cssSelector("mark.suggested"))
                .getText();
    }

    /** Redacts the suggested passages; the page is loaded again when this returns. */
    void redactSuggested() {
        browser.press("redact:apply");
    }

    /** The text as the public would read it (after redaction). */
    String publicText() {
        return browser.text("clerkPublicText");
    }

    String status() {
        return browser.text("commentStatus");
    }

    /** Chooses PUBLISHED, REJECTED … and presses Decide; the page is loaded again when this returns. */
    void decide(String decision) {
        browser.driver.findElements(By.cssSelector("input[name='decision:decision']")).stream()
                .filter(e -> decision.equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        browser.press("decision:decide");
    }

    /** The message beside a field of the decision (reason …). */
    String problemWith(String field) {
        return browser.text("decision:" + field + "Msg");
    }

    /** What the machine read in the comment (its stance, its topics). */
    String reading() {
        return browser.text("reading");
    }

    /** Ticks or unticks a topic among the comment's. */
    CommentDecisionPage toggleTopic(String topic) {
        browser.driver.findElements(By.cssSelector("input[name='readingTopics:topics']")).stream()
                .filter(e -> topic.equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        return this;
    }

    void saveTopics() {
        browser.press("readingTopics:save");
    }

    /** How many steps the audit trail lists (rows of its table). */
    int trailRows() {
        return browser.find("trail").findElements(By.cssSelector("tbody tr")).size();
    }

    /** Where the page's link back to the queue goes. */
    String backToQueue() {
        return browser.find("backToQueue").getAttribute("href");
    }
}
