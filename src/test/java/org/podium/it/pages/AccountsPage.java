package org.podium.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.podium.it.Browser;

/**
 * admin/users.xhtml, the administrator's accounts: the form that creates a staff account, the search, and the
 * buttons of an account's row (disable, enable, mail a new-password link).
 */
final class AccountsPage {

    private final Browser browser;

    private AccountsPage(Browser browser) {
        this.browser = browser;
    }

    static AccountsPage open(Browser browser) {
        browser.open("admin/users.xhtml");
        return new AccountsPage(browser);
    }

    /** The page in a language of its own choosing (en, es). */
    static AccountsPage open(Browser browser, String language) {
        browser.open("admin/users.xhtml?lang=" + language);
        return new AccountsPage(browser);
    }

    /** The accounts a search finds (by name or address). */
    static AccountsPage search(Browser browser, String words) {
        browser.open("admin/users.xhtml?q=" + words);
        return new AccountsPage(browser);
    }

    /** Nothing scrolls sideways: the page is no wider than the window. */
    Boolean fitsTheWindow() {
        return (Boolean) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    // ---- a new staff account ----

    AccountsPage name(String displayName) {
        browser.type("staff:displayName", displayName);
        return this;
    }

    AccountsPage email(String email) {
        browser.type("staff:email", email);
        return this;
    }

    AccountsPage password(String password) {
        browser.type("staff:password", password);
        return this;
    }

    /** Ticks a role: CLERK, COUNCIL, ADMIN. */
    AccountsPage role(String role) {
        browser.driver.findElements(By.cssSelector("input[name='staff:roles']")).stream()
                .filter(e -> role.equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        return this;
    }

    /** Presses Create; the page is loaded again when this returns. */
    AccountsPage create() {
        browser.press("staff:submit");
        return this;
    }

    /** The message beside a field of the new account (roles, email …). */
    String problemWith(String field) {
        return browser.text("staff:" + field + "Msg");
    }

    // ---- the list ----

    /** The accounts' table as text. */
    String accounts() {
        return browser.text("accounts");
    }

    /** How many accounts are listed ("Accounts 1 to 1 of 1"). */
    String count() {
        return browser.text("accountsCount");
    }

    /** Presses the first row's Disable: its question, not answered yet. */
    Question disableFirst() {
        return Question.after(browser, browser.driver.findElement(By.cssSelector("input[id$=':0:disable']")));
    }

    /** Presses the first row's Enable; the page is loaded again when this returns. */
    void enableFirst() {
        browser.press(By.cssSelector("input[id$=':0:enable']"));
    }

    /** Mails the first row's person a link to choose a new password. */
    void resetPasswordOfFirst() {
        browser.press(By.cssSelector("input[id$=':0:reset']"));
    }
}
