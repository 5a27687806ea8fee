package org.podium.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadingViewsTest {

    @Test
    void aPostFromPodiumsOwnPageOrWithoutOriginIsAccepted() {
        assertFalse(ReadingViews.crossSite("same-origin", "https://podium.city.example", "podium.city.example"));
        assertFalse(ReadingViews.crossSite(null, "http://127.0.0.1:8080", "127.0.0.1"));
        assertFalse(ReadingViews.crossSite(null, null, "podium.city.example"), "an older browser sends neither");
        assertFalse(ReadingViews.crossSite("none", null, "podium.city.example"), "typed or bookmarked");
    }

    @Test
    void aPostFromAnotherSiteIsRefused() {
        assertTrue(ReadingViews.crossSite("cross-site", null, "podium.city.example"));
        assertTrue(ReadingViews.crossSite(null, "http://evil.example", "podium.city.example"));
        assertTrue(ReadingViews.crossSite(null, "null", "podium.city.example"), "a sandboxed frame");
        assertTrue(ReadingViews.crossSite(null, "not a url at all", "podium.city.example"));
    }

    @Test
    void theReadingPagesAreStatelessAndTheOthersAreNot() {
        for (String page : new String[] {"/index.xhtml", "/meeting.xhtml", "/item.xhtml", "/policy.xhtml"}) {
            assertTrue(ReadingViews.isStateless(page), page);
        }
        for (String page :
                new String[] {"/login.xhtml", "/comment.xhtml", "/clerk/queue.xhtml", "/speak.xhtml", null}) {
            assertFalse(ReadingViews.isStateless(page), page);
        }
    }
}
