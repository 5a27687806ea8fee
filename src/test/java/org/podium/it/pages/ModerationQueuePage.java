package org.podium.it.pages;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.podium.it.Browser;

/**
 * clerk/queue.xhtml, the moderation queue: its filters, its rows (a comment each, named by its tracking number, with
 * what the machine read, its topic buttons and its decision buttons), the bulk decision and the undo. The keyboard
 * shortcuts act on the row in focus; the tests press the keys themselves.
 */
final class ModerationQueuePage {

    private static final String KEEP = "Keep for the record only: ";

    private final Browser browser;

    private ModerationQueuePage(Browser browser) {
        this.browser = browser;
    }

    static ModerationQueuePage shown(Browser browser) {
        return new ModerationQueuePage(browser);
    }

    /** The queue of a meeting's comments. */
    static ModerationQueuePage ofMeeting(Browser browser, long meeting) {
        return open(browser, "meeting=" + meeting);
    }

    /** The queue of an item's comments. */
    static ModerationQueuePage ofItem(Browser browser, long item) {
        return open(browser, "item=" + item);
    }

    /** The queue with the filters of its address ({@code channel=EMAIL&sort=newest} …). */
    static ModerationQueuePage open(Browser browser, String filters) {
        browser.open("clerk/queue.xhtml?" + filters);
        return new ModerationQueuePage(browser);
    }

    // ---- the filters ----

    /** Chooses the channel, the status and the order, and applies them; the page is loaded again when this returns. */
    ModerationQueuePage filter(String channel, String status, String sort) {
        new Select(browser.find("channel")).selectByValue(channel);
        new Select(browser.find("status")).selectByValue(status);
        new Select(browser.find("sort")).selectByValue(sort);
        browser.press("apply");
        return this;
    }

    /** The channel the filter form shows chosen. */
    String channelFilter() {
        return new Select(browser.find("channel")).getFirstSelectedOption().getAttribute("value");
    }

    /** The item the filter form shows chosen (its id). */
    String itemFilter() {
        return new Select(browser.find("item")).getFirstSelectedOption().getAttribute("value");
    }

    /** The help on the keyboard shortcuts. */
    String shortcuts() {
        return browser.text("shortcuts");
    }

    // ---- the rows ----

    /** The queue's table as text. */
    String listing() {
        return browser.text("queue");
    }

    /** The tracking numbers of the rows, top to bottom. */
    List<String> rows() {
        return browser.driver.findElements(By.cssSelector("tr[data-t]")).stream()
                .map(e -> e.getAttribute("data-t"))
                .toList();
    }

    /** What the machine read in a row's comment (stance, topics, form letter). */
    String reading(String tracking) {
        return browser.driver
                .findElement(By.cssSelector("tr[data-t='" + tracking + "'] td.reading"))
                .getText();
    }

    /** The row highlighted as current, the one a key acts on. */
    String highlighted() {
        return browser.driver.findElement(By.cssSelector("tr.current")).getAttribute("data-t");
    }

    /** The tracking number of the row that holds the focus (it or something in it); null when none does. */
    String rowInFocus() {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("var r = document.activeElement && document.activeElement.closest('tr[data-t]');"
                        + " return r ? r.getAttribute('data-t') : null;");
    }

    /** The tracking number of the row that has the focus itself; null when the focus is elsewhere. */
    String focusedRow() {
        return focused("data-t");
    }

    /** The tag name of the element holding the focus (TR for a row). */
    String focusedTag() {
        return focused("tagName");
    }

    private String focused(String attribute) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "var e = document.activeElement; return arguments[0] === 'tagName' ? e.tagName : e.getAttribute(arguments[0]);",
                        attribute);
    }

    /** The field holding the focus (as e puts it on the row's reason). */
    FocusedField focusedField() {
        return new FocusedField(browser, browser.driver.switchTo().activeElement());
    }

    /** A field in focus, driven from the keyboard. */
    static final class FocusedField {

        private final Browser browser;
        private final WebElement field;

        private FocusedField(Browser browser, WebElement field) {
            this.browser = browser;
            this.field = field;
        }

        /** Its name in the form. */
        String name() {
            return field.getAttribute("name");
        }

        FocusedField keys(CharSequence... keys) {
            field.sendKeys(keys);
            return this;
        }

        String value() {
            return field.getAttribute("value");
        }

        /** Enter, which posts the row: waits for the next page. */
        void enter() {
            browser.markPage();
            field.sendKeys(Keys.ENTER);
            browser.awaitNewPage();
        }
    }

    /** A row's topic button: its number (the key with Shift), its aria-keyshortcuts, and whether it is pressed. */
    record TopicButton(String number, String keyShortcut, String pressed) {}

    /** The button of the topic in the row (found by the name its label starts with). */
    TopicButton topicButton(String tracking, String topic) {
        WebElement button = browser
                .driver
                .findElements(By.cssSelector("tr[data-t='" + tracking + "'] fieldset.topics [data-topic]"))
                .stream()
                .filter(b -> b.getAttribute("aria-label").startsWith("Topic " + topic + ":"))
                .findFirst()
                .orElseThrow();
        return new TopicButton(
                button.getAttribute("data-topic"),
                button.getAttribute("aria-keyshortcuts"),
                button.getAttribute("aria-pressed"));
    }

    /** Whether the row's topic button of that number is pressed ("true" or "false"). */
    String topicPressed(String tracking, String number) {
        return browser.driver
                .findElement(By.cssSelector(
                        "tr[data-t='" + tracking + "'] fieldset.topics" + " [data-topic='" + number + "']"))
                .getAttribute("aria-pressed");
    }

    /** Follows the row's link to its form-letter campaign: the queue of the campaign's comments. */
    ModerationQueuePage openCampaignOf(String tracking) {
        browser.markPage();
        browser.driver
                .findElement(By.cssSelector("tr[data-t='" + tracking + "'] a.campaign"))
                .click();
        browser.awaitNewPage();
        return this;
    }

    /**
     * Presses the first row's "Keep for the record only" (its label names its comment for a screen reader): the
     * tracking number it named. The page is loaded again when this returns.
     */
    String keepFirstForTheRecordOnly() {
        WebElement keep = browser.driver.findElement(By.cssSelector("input[aria-label^='" + KEEP + "']"));
        String kept = keep.getAttribute("aria-label").substring(KEEP.length());
        browser.markPage();
        keep.click();
        browser.awaitNewPage();
        return kept;
    }

    /** The comments still waiting for a decision each (those with a selection box). */
    Set<String> waiting() {
        return browser.driver.findElements(By.cssSelector("input[name=sel]")).stream()
                .map(e -> e.getAttribute("value").split(":")[0])
                .collect(Collectors.toSet());
    }

    /** The comments the "Undo" button would bring back. */
    List<String> undoable() {
        return ((List<?>) ((JavascriptExecutor) browser.driver)
                        .executeScript("return Array.from(document.querySelectorAll('#undoLast input"
                                + "[name=undo]')).map(function (i) { return i.value; });"))
                .stream().map(String::valueOf).toList();
    }

    // ---- the bulk decision ----

    /** Ticks (or unticks) the row for the bulk decision. */
    ModerationQueuePage tick(String tracking) {
        selectBox(tracking).click();
        return this;
    }

    boolean ticked(String tracking) {
        return selectBox(tracking).isSelected();
    }

    /** The bulk decision chosen now ("" when none). */
    String bulkDecision() {
        return new Select(browser.find("bulkDecision")).getFirstSelectedOption().getAttribute("value");
    }

    /** PUBLISH, REJECT … for the ticked rows. */
    ModerationQueuePage chooseBulkDecision(String decision) {
        new Select(browser.find("bulkDecision")).selectByValue(decision);
        return this;
    }

    /** The first reason of the posting policy for the ticked rows. */
    ModerationQueuePage chooseFirstBulkReason() {
        new Select(browser.find("bulkReason")).selectByIndex(1);
        return this;
    }

    /** Applies the bulk decision; the page is loaded again when this returns. */
    ModerationQueuePage applyBulk() {
        browser.press("bulk:apply");
        return this;
    }

    private WebElement selectBox(String tracking) {
        return browser.driver.findElement(By.cssSelector("tr[data-t='" + tracking + "'] input.select"));
    }
}
