package org.podium.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.it.Browser;

/**
 * clerk/keypoints.xhtml: an item's key points for a clerk, each point's edits behind its "Edit this point" disclosure
 * (rename, merge into another of its side, split, retire), a point in the clerk's words at the foot.
 */
final class KeyPointsEditor {

    private final Browser browser;

    private KeyPointsEditor(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens the page once its comments are matched (as a clerk would start editing: while they are matched again the
     * page refreshes itself, a slice of comments at a time).
     */
    static KeyPointsEditor open(Browser browser, long item) {
        browser.open("clerk/keypoints.xhtml?item=" + item);
        new WebDriverWait(browser.driver, Duration.ofSeconds(90))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> d.findElement(By.id("readingState")).getText().contains("last matched"));
        return new KeyPointsEditor(browser);
    }

    /** The wordings of the points listed, in order (both sides, the points made once after each side's others). */
    List<String> wordings() {
        return browser.driver.findElements(By.cssSelector("article.key-point .key-point-text")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The line of the point with this wording: its count and who worded it. */
    String line(String wording) {
        return point(wording).findElement(By.tagName("p")).getText();
    }

    private WebElement point(String wording) {
        return browser.driver.findElements(By.cssSelector("article.key-point")).stream()
                .filter(a ->
                        a.findElement(By.className("key-point-text")).getText().equals(wording))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no point '" + wording + "' among " + wordings()));
    }

    /** Opens the point's edits (with the keyboard: its disclosure takes Enter like any control). */
    private WebElement edit(String wording) {
        WebElement p = point(wording);
        WebElement summary = p.findElement(By.tagName("summary"));
        if (p.findElement(By.tagName("details")).getAttribute("open") == null) {
            summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        }
        return p;
    }

    KeyPointsEditor rename(String wording, String to) {
        WebElement p = edit(wording);
        browser.type(p.findElement(By.cssSelector("input[id$=':wording']")).getAttribute("id"), to);
        browser.press(p.findElement(By.cssSelector("input[id$=':rename']")).getAttribute("id"));
        return this;
    }

    /** The same with the keyboard: the new wording typed and Enter pressed in the field. */
    KeyPointsEditor renameWithEnter(String wording, String to) {
        WebElement field = edit(wording).findElement(By.cssSelector("input[id$=':wording']"));
        field.clear();
        field.sendKeys(to);
        browser.markPage();
        field.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.awaitNewPage();
        return this;
    }

    KeyPointsEditor mergeInto(String wording, String into) {
        WebElement p = edit(wording);
        new Select(p.findElement(By.cssSelector("select[id$=':into']"))).selectByVisibleText(into);
        browser.press(p.findElement(By.cssSelector("input[id$=':merge']")).getAttribute("id"));
        return this;
    }

    KeyPointsEditor add(String side, String wording) {
        new Select(browser.find("newPoint:side")).selectByVisibleText(side);
        browser.type("newPoint:text", wording);
        browser.press("newPoint:add");
        return this;
    }

    /** Shows the latest matching (the comments are matched again in the background after each edit). */
    KeyPointsEditor reload() {
        browser.press("keyPoints:reload");
        return this;
    }
}
