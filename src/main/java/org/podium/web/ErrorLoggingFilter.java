package org.podium.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
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
                response.resetBuffer();
                response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            LOG.log(Level.SEVERE, "Unexpected failure on " + request.getMethod() + " " + uri, e);
            throw e;
        }
    }
}
