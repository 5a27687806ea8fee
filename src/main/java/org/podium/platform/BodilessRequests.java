package org.podium.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A request without a body has no media type to match: some clients (load testers, a few HTTP libraries) send a
 * Content-Type with every GET, and the resources' {@code @Consumes(JSON)} answered 415 to a plain read. The header is
 * dropped before matching for GET, HEAD and OPTIONS.
 */
@Provider
@PreMatching
public class BodilessRequests implements ContainerRequestFilter {

    private static final Set<String> NO_BODY = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            return;
        }
        if (NO_BODY.contains(request.getMethod())) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
