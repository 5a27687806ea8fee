package org.podium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.web.ReadingViews.CommentReader;

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

    @Test
    void theCommentPageIsTheReceiptForItsKeyTheTrackingPageWithoutAndStatefulForASession() {
        assertEquals(CommentReader.AUTHOR, reader("GET", "/comment.xhtml", Map.of("t", "T", "k", "K"), false, false));
        assertEquals(
                CommentReader.AUTHOR,
                reader("POST", "/comment.xhtml", Map.of("t", "T", "k", "K"), false, false),
                "the receipt's forms post back to it");
        assertEquals(
                CommentReader.AUTHOR,
                reader("GET", "/comment.xhtml", Map.of("t", "T", "k", "K", "disown", "true"), false, false),
                "the mail's \"I did not submit this\" link");
        assertEquals(CommentReader.PUBLIC, reader("GET", "/comment.xhtml", Map.of("t", "T"), false, false));
        assertEquals(CommentReader.PUBLIC, reader("HEAD", "/comment.xhtml", Map.of(), false, false));
        assertEquals(
                CommentReader.SESSION,
                reader("GET", "/comment.xhtml", Map.of("t", "T", "k", "K"), true, false),
                "a signed-in author or staff keep the full page");
        assertEquals(CommentReader.SESSION, reader("GET", "/comment.xhtml", Map.of("t", "T"), false, true));
        assertEquals(
                CommentReader.SESSION,
                reader("POST", "/comment.xhtml", Map.of("t", "T"), false, false),
                "a post without a key is the stateful page's (a clerk's whose session ended: 'expired')");
        assertEquals(CommentReader.SESSION, reader("PUT", "/comment.xhtml", Map.of("k", "K"), false, false));
        assertEquals(CommentReader.SESSION, reader("GET", "/item.xhtml", Map.of("k", "K"), false, false));
    }

    private static CommentReader reader(
            String method, String path, Map<String, String> params, boolean session, boolean credentials) {
        HttpSession open = (HttpSession) Proxy.newProxyInstance(
                ReadingViewsTest.class.getClassLoader(), new Class<?>[] {HttpSession.class}, (p, m, a) -> null);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                ReadingViewsTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> {
                    return switch (m.getName()) {
                        case "getMethod" -> method;
                        case "getRequestURI" -> "/podium" + path;
                        case "getContextPath" -> "/podium";
                        case "getSession" -> session ? open : null;
                        case "getHeader" -> credentials && "Authorization".equals(a[0]) ? "Basic x" : null;
                        case "getParameter" -> params.get((String) a[0]);
                        default -> throw new UnsupportedOperationException(m.getName());
                    };
                });
        return ReadingViews.commentReader(request);
    }
}
