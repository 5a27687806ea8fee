package org.podium.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * Checks made before any body is read: a staff endpoint ({@code clerk/}, {@code council/}, {@code admin/}) asked
 * without credentials is a 401 at once (not a parse of what was sent); and a call that changes something,
 * authenticated by a browser's session cookie rather than by its own Authorization header, is refused unless it comes
 * from Podium's own origin and carries {@value #HEADER} — a header another site's page cannot send without a CORS
 * preflight, which Podium never grants. So a page elsewhere cannot use a signed-in person's cookie against the API
 * (SameSite=Lax alone lets top-level form posts through in some browsers, and text/plain bodies need no preflight).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiRequestGuard implements ContainerRequestFilter {

    /** The header Podium's own scripts would send with a state-changing call on the session's authority. */
    public static final String HEADER = "X-Podium-Request";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/+", "");
        var security = request.getSecurityContext();
        boolean signedIn = security != null && security.getUserPrincipal() != null;
        if (!signedIn && staffPath(path)) {
            request.abortWith(
                    Problems.response(Problems.of(401, Api.locale(headers), "problem.unauthenticated", null)));
            return;
        }
        boolean byCookie = signedIn && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        if (byCookie
                && !SAFE.contains(request.getMethod())
                && !(request.getHeaderString(HEADER) != null && sameOrigin(request))) {
            request.abortWith(Problems.response(Problems.of(403, Api.locale(headers), "problem.crossSite", null)));
        }
    }

    static boolean staffPath(String path) {
        return path.startsWith("clerk/") || path.startsWith("council/") || path.startsWith("admin/");
    }

    /** No sign of another site: Sec-Fetch-Site (when sent) says same-origin, and the Origin (when sent) is ours. */
    static boolean sameOrigin(ContainerRequestContext request) {
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return true;
        }
        URI own = request.getUriInfo().getBaseUri();
        try {
            URI o = URI.create(origin.strip());
            return own.getScheme().equalsIgnoreCase(o.getScheme())
                    && own.getHost() != null
                    && own.getHost().equalsIgnoreCase(o.getHost())
                    && port(own) == port(o);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
