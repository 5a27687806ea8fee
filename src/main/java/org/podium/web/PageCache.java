package org.podium.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.platform.Hashes;

/**
 * A micro-cache of the public's reading pages ({@link ReadingViews}) for anonymous readers: the day a news story links
 * to an item, its page is rendered about once a second, not once per reader. A reader is anonymous when the request
 * carries no credentials and no cookie but the language choice: anyone with a session (a resident who just filed, a
 * clerk) or a flash message gets the page rendered for them, and a rendering that opened a session or set a cookie is
 * never kept. Pages are kept per address and language.
 *
 * <p>Every response still gets a script nonce of its own: the cached page is kept split at its nonce, which is
 * replaced by a fresh one (and the Content-Security-Policy with it) each time it is served. Responses carry an ETag of
 * the page without its nonce, {@code Cache-Control: public, max-age=2} and {@code Vary: Accept-Language, Cookie}, so
 * that a proxy in front (docker/nginx) may keep them too and revalidate; a matching {@code If-None-Match} gets a 304
 * without a policy header, so the browser keeps the policy that matches the copy it holds.
 *
 * <p>It also guards the forms of these pages: a post to one from another site's page is refused (403), as a stateless
 * form has no view state to prove where it was posted from ({@link ReadingViews}).
 *
 * <p>A page is fresh for {@value #FRESH_MILLIS} ms; after that one request renders it again while the others are
 * served the copy (never older than {@value #STALE_MILLIS} ms). At most {@value #MAX_ENTRIES} pages are kept. Any
 * change made through this instance (a request other than GET/HEAD that succeeded: a clerk's decision, a published
 * agenda, a withdrawal) drops every kept page at once; a resident's new comment does not, as it waits for moderation
 * (an auto-published one shows within a second). Another instance of a cluster shows a change within a second.
 */
public class PageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final long FRESH_MILLIS = 1_000;
    static final long STALE_MILLIS = 10_000;
    static final int MAX_ENTRIES = 500;
    static final int MAX_BYTES = 512 * 1024;
    static final String CACHE_CONTROL = "public, max-age=2";
    static final String VARY = "Accept-Language, Cookie";

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{16,})'");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** A kept page: its body split at its nonce, its headers, when it was made. */
    record Entry(
            List<byte[]> parts,
            String contentType,
            Map<String, String> headers,
            String policy,
            String nonce,
            String etag,
            long madeAt,
            long generation,
            AtomicBoolean refreshing) {

        boolean fresh(long now) {
            return now - madeAt < FRESH_MILLIS;
        }

        boolean usable(long now) {
            return now - madeAt < STALE_MILLIS;
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            boolean stateless = ReadingViews.isStateless(path(request))
                    || ReadingViews.commentReader(request) == ReadingViews.CommentReader.AUTHOR;
            if (stateless && ReadingViews.crossSite(request)) {
                // a stateless form has no view state to prove it was posted from Podium's own page
                ErrorLoggingFilter.plainPage(request, response, HttpServletResponse.SC_FORBIDDEN, "error.crossSite");
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                if (response.getStatus() < 400 && !submission(request)) {
                    generation.incrementAndGet();
                    pages.clear();
                }
            }
            return;
        }
        String viewId = viewId(request);
        if (viewId == null) {
            if (ReadingViews.COMMENT.equals(path(request))) {
                // the author's page (the key in its address): for this person only, though stateless
                response.setHeader("Cache-Control", "private, no-store");
            }
            chain.doFilter(request, response);
            return;
        }
        if (!anonymousRead(request)) {
            // rendered for this person (signed in, a flash message): no cache in between may keep it
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("Vary", VARY);
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI()
                + '?'
                + (request.getQueryString() == null ? "" : request.getQueryString())
                + '|'
                + LocaleBean.of(request).getLanguage();
        long now = System.currentTimeMillis();
        long current = generation.get();
        Entry kept = pages.get(key);
        if (kept != null && kept.generation() != current) {
            kept = null;
        }
        if (kept != null
                && (kept.fresh(now) || kept.usable(now) && !kept.refreshing().compareAndSet(false, true))) {
            serve(kept, request, response);
            return;
        }
        Capture capture = new Capture(response);
        try {
            chain.doFilter(request, capture);
        } finally {
            if (kept != null) {
                kept.refreshing().set(false);
            }
        }
        Entry made = capture.entry(request, System.currentTimeMillis(), current);
        if (made == null) {
            capture.passOn();
            return;
        }
        if (generation.get() == current) {
            keep(key, made, now);
        }
        serve(made, request, response);
    }

    private void keep(String key, Entry made, long now) {
        if (pages.size() >= MAX_ENTRIES) {
            pages.values().removeIf(e -> !e.usable(now));
        }
        if (pages.size() < MAX_ENTRIES || pages.containsKey(key)) {
            pages.put(key, made);
        }
    }

    /** A resident's new comment (form or API): it changes no public page until a clerk publishes it. */
    static boolean submission(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/item.xhtml") || path.startsWith("/api/v1/items/") && path.endsWith("/comments");
    }

    /** The page addressed, the welcome page for the root. */
    static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || path.isEmpty() ? "/index.xhtml" : path;
    }

    /** The view of a reading page addressed by this request, or null. */
    static String viewId(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return null;
        }
        String path = path(request);
        if (ReadingViews.COMMENT.equals(path)
                && request.getParameter("k") == null
                && request.getParameter("disown") == null) {
            return path; // a comment's public page (without the author's key: ReadingViews shows it stateless)
        }
        return ReadingViews.isStateless(path) && !path.equals("/error.xhtml") && !path.equals("/expired.xhtml")
                ? path
                : null;
    }

    /** No credentials, no cookie but the language; no language switch (which redirects). */
    static boolean anonymousRead(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null || request.getParameter("lang") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (!LanguageFilter.COOKIE.equals(c.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void serve(Entry e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (Map.Entry<String, String> h : e.headers().entrySet()) {
            response.setHeader(h.getKey(), h.getValue());
        }
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", VARY);
        response.setHeader("ETag", e.etag());
        if (matches(request.getHeader("If-None-Match"), e.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] nonce = newNonce().getBytes(StandardCharsets.US_ASCII);
        if (e.policy() != null) {
            response.setHeader(
                    "Content-Security-Policy",
                    e.policy().replace(e.nonce(), new String(nonce, StandardCharsets.US_ASCII)));
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(e.contentType());
        int length = 0;
        for (byte[] p : e.parts()) {
            length += p.length;
        }
        length += nonce.length * (e.parts().size() - 1);
        response.setContentLength(length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        ServletOutputStream out = response.getOutputStream();
        for (int i = 0; i < e.parts().size(); i++) {
            if (i > 0) {
                out.write(nonce);
            }
            out.write(e.parts().get(i));
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag) || t.equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** A nonce as PrimeFaces makes them: the Base64 of a random UUID's text. */
    static String newNonce() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        String uuid = HexFormat.of().formatHex(b);
        uuid = uuid.substring(0, 8)
                + '-'
                + uuid.substring(8, 12)
                + '-'
                + uuid.substring(12, 16)
                + '-'
                + uuid.substring(16, 20)
                + '-'
                + uuid.substring(20);
        return Base64.getEncoder().encodeToString(uuid.getBytes(StandardCharsets.US_ASCII));
    }

    /** Splits a page at every occurrence of its nonce. */
    static List<byte[]> split(String body, String nonce) {
        List<byte[]> parts = new ArrayList<>();
        if (nonce == null) {
            parts.add(body.getBytes(StandardCharsets.UTF_8));
            return parts;
        }
        int from = 0;
        for (int at = body.indexOf(nonce); at >= 0; at = body.indexOf(nonce, from)) {
            parts.add(body.substring(from, at).getBytes(StandardCharsets.UTF_8));
            from = at + nonce.length();
        }
        parts.add(body.substring(from).getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    /** The response of one rendering, held back until it is known whether it may be kept. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
        private final Map<String, String> headers = new LinkedHashMap<>();
        private int status = SC_OK;
        private boolean passedOn;
        private boolean cookieSet;
        private PrintWriter writer;
        private ServletOutputStream stream;

        Capture(HttpServletResponse response) {
            super(response);
        }

        /** What cannot be kept (an error, a redirect) goes to the client as it happens. */
        private void direct() {
            if (!passedOn) {
                passedOn = true;
                headers.forEach((k, v) -> ((HttpServletResponse) getResponse()).setHeader(k, v));
                ((HttpServletResponse) getResponse()).setStatus(status);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            direct();
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            direct();
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            direct();
            super.sendRedirect(location);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            if (passedOn) {
                super.setStatus(sc);
            }
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookieSet = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            record(name, value);
            if (passedOn || isCookie(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            record(name, value);
            if (passedOn || isCookie(name)) {
                super.addHeader(name, value);
            }
        }

        private void record(String name, String value) {
            if (isCookie(name)) {
                cookieSet = true;
            } else if (value != null) {
                headers.put(name, value);
            }
        }

        private static boolean isCookie(String name) {
            return "Set-Cookie".equalsIgnoreCase(name);
        }

        @Override
        public void setContentLength(int len) {
            // the length is set when the page is served
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is set when the page is served
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (passedOn) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("not asynchronous");
                    }

                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (passedOn) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public boolean isCommitted() {
            return passedOn && super.isCommitted();
        }

        @Override
        public void resetBuffer() {
            if (passedOn) {
                super.resetBuffer();
            } else {
                body.reset();
            }
        }

        @Override
        public void reset() {
            if (passedOn) {
                super.reset();
            } else {
                body.reset();
                headers.clear();
                status = SC_OK;
            }
        }

        /** The page as an entry to keep, or null when it may not be kept. */
        Entry entry(HttpServletRequest request, long now, long generation) {
            if (writer != null) {
                writer.flush();
            }
            String type = getContentType();
            if (passedOn
                    || cookieSet
                    || status != SC_OK
                    || request.getSession(false) != null
                    || type == null
                    || !type.toLowerCase(Locale.ROOT).startsWith("text/html")
                    || body.size() > MAX_BYTES) {
                return null;
            }
            String page = body.toString(StandardCharsets.UTF_8);
            String policy = headers.get("Content-Security-Policy");
            String nonce = null;
            if (policy != null) {
                Matcher m = NONCE.matcher(policy);
                nonce = m.find() ? m.group(1) : null;
            }
            List<byte[]> parts = split(page, nonce);
            Map<String, String> kept = new LinkedHashMap<>(headers);
            kept.remove("Content-Security-Policy");
            kept.remove("Content-Length");
            kept.remove("Cache-Control");
            kept.remove("Expires");
            kept.remove("Pragma");
            String etag = '"'
                    + Hashes.sha256(nonce == null ? page : page.replace(nonce, ""))
                            .substring(0, 32)
                    + '"';
            return new Entry(
                    List.copyOf(parts),
                    type,
                    Map.copyOf(kept),
                    policy,
                    nonce,
                    etag,
                    now,
                    generation,
                    new AtomicBoolean());
        }

        /** A page that may not be kept goes to the client as it was made. */
        void passOn() throws IOException {
            if (passedOn) {
                return;
            }
            direct();
            HttpServletResponse r = (HttpServletResponse) getResponse();
            if (getContentType() != null) {
                r.setContentType(getContentType());
            }
            if (writer != null) {
                writer.flush();
            }
            r.setContentLength(body.size());
            body.writeTo(r.getOutputStream());
        }
    }
}
