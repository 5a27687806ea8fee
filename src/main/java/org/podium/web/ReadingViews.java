package org.podium.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;

/**
 * The pages the public reads (the meetings, a meeting, an item with its comment form, the posting policy, the chamber's
 * display that a livestream's viewers may open by the thousand) are stateless views: nothing of them is kept on the
 * server, so reading them creates no HTTP session — a crowd of readers costs no memory between requests and can be
 * cached. Their forms carry what they need in the page (hidden fields), so a form half filled in survives any instance
 * of a cluster. Their beans are request-scoped: a view-scoped bean, or any use of the view map, would open a session
 * again.
 *
 * <p>The views are made transient when they are created, before PrimeFaces asks for the page's CSP nonce (which it
 * keeps in the view map of a stateful view). A stateless form has no view state to prove it came from Podium's own
 * page, so a post to one from another site (by {@code Origin} or {@code Sec-Fetch-Site}) is refused with 403 before
 * Faces sees it ({@link PageCache}, which stands in front of these pages).
 */
public class ReadingViews extends ViewHandlerWrapper {

    /** The view ids of the stateless pages: the public's reading pages and the error pages. */
    public static final Set<String> STATELESS = Set.of(
            "/index.xhtml",
            "/meeting.xhtml",
            "/item.xhtml",
            "/policy.xhtml",
            "/error.xhtml",
            "/expired.xhtml",
            "/record-check.xhtml",
            "/track.xhtml",
            "/receipt.xhtml",
            "/display.xhtml");

    /** The comment page, and the stateless page that stands in for it for a reader who is neither its author nor staff. */
    static final String COMMENT = "/comment.xhtml";

    static final String PUBLIC_COMMENT = "/track.xhtml";

    /** The stateless page that stands in for the comment page for its author with the receipt's key and no session. */
    static final String RECEIPT = "/receipt.xhtml";

    public ReadingViews(ViewHandler wrapped) {
        super(wrapped);
    }

    public static boolean isStateless(String viewId) {
        return viewId != null && STATELESS.contains(viewId);
    }

    /**
     * {@code comment.xhtml?t=…} read by someone with no session and no credentials is a stateless page: with the
     * author's key ({@code &k=…}, the receipt's link and the web form's redirect), the author's page
     * ({@code receipt.xhtml}), read and posted to; without it, the public page of the comment ({@code track.xhtml}).
     * A crowd filing through the web form, or following a published tracking number, costs no session. Signed-in
     * readers and staff get the full page.
     */
    @Override
    public String deriveViewId(FacesContext context, String requestViewId) {
        return stateless(context, super.deriveViewId(context, requestViewId));
    }

    @Override
    public String deriveLogicalViewId(FacesContext context, String requestViewId) {
        return stateless(context, super.deriveLogicalViewId(context, requestViewId));
    }

    private static String stateless(FacesContext context, String id) {
        if (!COMMENT.equals(id) || !(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return id;
        }
        return switch (commentReader(request)) {
            case AUTHOR -> RECEIPT;
            case PUBLIC -> PUBLIC_COMMENT;
            case SESSION -> id;
        };
    }

    /** Who asks for the comment page, as far as which page they get. */
    enum CommentReader {
        /** no session, no credentials, the author's key in the address: the receipt */
        AUTHOR,
        /** no session, no credentials, no key: a plain GET of the public page */
        PUBLIC,
        /** everyone else: a session (signed in, staff, a page already stateful), credentials, a post without a key */
        SESSION
    }

    static CommentReader commentReader(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!COMMENT.equals(path) || request.getSession(false) != null || request.getHeader("Authorization") != null) {
            return CommentReader.SESSION;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (request.getParameter("k") != null && (read || "POST".equals(request.getMethod()))) {
            return CommentReader.AUTHOR;
        }
        return read && request.getParameter("disown") == null ? CommentReader.PUBLIC : CommentReader.SESSION;
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isStateless(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        // a post to comment.xhtml with the author's key and no session is restored as the receipt it was drawn as
        UIViewRoot root = super.restoreView(context, stateless(context, viewId));
        if (root != null && isStateless(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    /** A post from another site's page: the browser says so (Sec-Fetch-Site), or its Origin names another host. */
    static boolean crossSite(HttpServletRequest request) {
        return crossSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getServerName());
    }

    static boolean crossSite(String fetchSite, String origin, String serverName) {
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        if ("null".equals(origin.strip())) {
            return true; // an opaque origin: a sandboxed frame or a page from a file, never Podium's own page
        }
        try {
            String host = URI.create(origin.strip()).getHost();
            return host == null || !host.equalsIgnoreCase(serverName);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
