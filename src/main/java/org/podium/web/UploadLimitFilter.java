package org.podium.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A form post beyond the outer upload bounds of web.xml (a file over 15 MB, a request over 45 MB) cannot be read,
 * so no page could answer it with its own message: it is sent to a page that says what the limits are and that
 * nothing was stored, instead of the generic error page. Within those bounds the comment form itself explains
 * (3 files, 10 MB each) and keeps what the resident typed; the form's script warns before such a file is sent.
 */
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadLimitFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            try {
                request.getParts(); // read by BodyReadLimit (MultipartForm), which answered a form too large
            } catch (IllegalStateException e) {
                tooLarge(request, response, e.getMessage());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** An upload beyond the bounds of web.xml: to the page that says what the bounds are. */
    static void tooLarge(HttpServletRequest request, HttpServletResponse response, String why) {
        LOG.info(() -> "An upload beyond the limits was refused on "
                + request.getRequestURI().replaceAll("[\\r\\n]", "_") + ": " + why);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/too-large.xhtml");
        response.setHeader("Connection", "close");
    }
}
