package org.podium.it.pages;

import org.podium.it.Browser;

/** policy.xhtml, the posting policy as the public reads it: the reasons a comment may be refused. */
final class PostingPolicyPage {

    private final Browser browser;

    private PostingPolicyPage(Browser browser) {
        this.browser = browser;
    }

    static PostingPolicyPage open(Browser browser) {
        browser.open("policy.xhtml");
        return new PostingPolicyPage(browser);
    }

    /** The page in a language of its own choosing (en, es). */
    static PostingPolicyPage open(Browser browser, String language) {
        browser.open("policy.xhtml?lang=" + language);
        return new PostingPolicyPage(browser);
    }

    /** The reasons, as listed. */
    String reasons() {
        return browser.text("policyReasons");
    }
}
