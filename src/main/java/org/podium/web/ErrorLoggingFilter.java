package org.podium.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.podium.platform.BodyTooSlow;
import org.podium.platform.Bundles;
import org.podium.platform.DatabaseOutage;

/**
 * The first filter (web.xml): whatever escapes a page is logged here, with the address but without parameters (they
 * may hold personal data), before the container shows the generic error page. The reader never sees the trace.
 */
public class ErrorLoggingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("org.podium.errors");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            String uri = request.getRequestURI().replaceAll("[\\r\\n]", "_");
            if (DatabaseOutage.explains(e) && !response.isCommitted()) {
                // not a fault of the page: the database is away for a moment (restart, failover); say so, 503
                LOG.warning(() -> "database unreachable on " + request.getMethod() + " " + uri + ": "
                        + DatabaseOutage.describe(e));
                response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
                plainPage(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            if (BodyTooSlow.explains(e) && !response.isCommitted()) {
                // a body trickled in slower than the minimum rate (BodyReadLimit): the sender's doing, 408
                LOG.warning(() -> "request body too slow on " + request.getMethod() + " " + uri);
                response.setHeader("Connection", "close");
                plainPage(request, response, HttpServletResponse.SC_REQUEST_TIMEOUT, "error.bodies.slow");
                return;
            }
            String malformed = malformed(e);
            if (malformed != null && !response.isCommitted()) {
                // the request itself was broken (replayed, tampered with, cut off): the sender's fault, not ours
                LOG.warning(() -> "request refused on " + request.getMethod() + " " + uri + ": " + malformed);
                plainPage(request, response, HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            LOG.log(Level.SEVERE, "Unexpected failure on " + request.getMethod() + " " + uri, e);
            throw e;
        }
    }

    /**
     * What is wrong with a request that failed because of what it carried, or null: a form posted with a script
     * nonce that is not its page's (PrimeFaces' CspPhaseListener says so with a bare exception), a multipart body cut
     * short or malformed, a %-escape that is not one.
     */
    static String malformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("CSP nonce mismatch") || message.contains("Missing CSP nonce")) {
                return "CSP nonce missing or not the page's";
            }
            if (t instanceof IllegalArgumentException
                    && t.getStackTrace().length > 0
                    && Arrays.stream(t.getStackTrace())
                            .limit(8)
                            .anyMatch(f -> f.getClassName().startsWith("org.primefaces.csp."))) {
                return "CSP nonce malformed";
            }
            if (t.getClass().getName().contains(".fileupload.")) {
                return "malformed multipart body";
            }
            if (message.startsWith("URLDecoder:")) {
                return "malformed %-escape";
            }
        }
        return null;
    }

    /**
     * The error page for a broken request (400) and for the database away (503), written here and not by the container's error page: a Faces page would run
     * the same checks (the nonce, the database) that failed. In the reader's language, with the site's stylesheet.
     */
    static void plainPage(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        plainPage(request, response, status, "error." + status);
    }

    /** The same with the title and text of {@code key}{@code .title} and {@code key}{@code .text}. */
    static void plainPage(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        for (String name : new String[] {
            RequestDispatcher.ERROR_EXCEPTION,
            RequestDispatcher.ERROR_EXCEPTION_TYPE,
            RequestDispatcher.ERROR_MESSAGE,
            RequestDispatcher.ERROR_STATUS_CODE
        }) {
            request.removeAttribute(name); // left by the failure: kept, the container would make this a 500
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // nothing runs on this page; its style sheet loads
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
        Locale locale = LocaleBean.of(request);
        String title = Bundles.message(locale, key + ".title");
        String text = Bundles.message(locale, key + ".text");
        String home = Bundles.message(locale, "error.home");
        String context = request.getContextPath();
        response.getWriter()
                .write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"/>"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>"
                        + escape(title)
                        + " · Podium</title><link rel=\"stylesheet\" href=\"" + context
                        + "/jakarta.faces.resource/css/podium.css.xhtml\"/></head><body><main id=\"main\"><h1 id=\"pageHeading\">"
                        + escape(title) + "</h1><p id=\"errorText\">" + escape(text) + "</p><p><a href=\"" + context
                        + "/index.xhtml\">" + escape(home) + "</a></p></main></body></html>\n");
        response.flushBuffer();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
