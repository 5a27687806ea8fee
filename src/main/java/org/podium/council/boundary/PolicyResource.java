package org.podium.council.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.platform.Bundles;

/** The public posting policy: why a comment may be rejected, in the reader's language (Accept-Language). */
@Path("policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    public record ReasonJson(String code, String text) {}

    @Inject
    PostingPolicy policy;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The posting policy: the reasons a comment may be rejected for")
    public List<ReasonJson> reasons() {
        Locale lang = Bundles.supported(Api.locale(headers));
        return policy.active().stream()
                .map(r -> new ReasonJson(r.getCode(), r.publicText(lang)))
                .toList();
    }
}
