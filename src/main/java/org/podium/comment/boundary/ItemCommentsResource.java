package org.podium.comment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Position;
import org.podium.platform.Api;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** Written comments of one agenda item over the API: file one (idempotently), read the published ones and their counts. */
@Path("items/{itemId}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemCommentsResource {

    @Inject
    Comments comments;

    @Inject
    PublishedComments published;

    @Inject
    PodiumConfig config;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "File a written comment on an agenda item whose comment window is open; "
                    + "the same Idempotency-Key again (the same caller, item and content) returns the same receipt and stores "
                    + "nothing new; the key sent again with other content is a 422")
    public Response submit(
            @PathParam("itemId") String itemId,
            @Parameter(description = "a client-chosen key, at most 100 characters") @HeaderParam("Idempotency-Key")
                    String key,
            CommentInput input) {
        if (input == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        long item = Api.id(itemId, "item.notFound");
        String raw = key == null || key.isBlank() ? null : key.strip();
        if (raw != null && raw.length() > 100) {
            throw PodiumException.invalid("Idempotency-Key", "comment.idempotency.size");
        }
        String address = config.clientAddress(request);
        var caller = security.getUserPrincipal();
        String scoped =
                Comments.scopedKey(raw, caller != null ? "account:" + caller.getName() : "address:" + address, item);
        Receipt receipt;
        try {
            receipt = comments.submit(
                    item, input, Channel.API, scoped, address, Api.locale(headers), Api.baseUrl(config, uri));
        } catch (DuplicateSubmission e) {
            receipt = comments.replayed(scoped, input);
        }
        return Response.status(receipt.created() ? 201 : 200)
                .entity(new CommentJson.ReceiptJson(
                        receipt.trackingNumber(), receipt.status().name()))
                .build();
    }

    @GET
    @Operation(summary = "Published comments of an item, newest first")
    public CommentJson.PublishedPage published(
            @PathParam("itemId") String itemId,
            @QueryParam("position") String position,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        var result = published.published(
                Api.id(itemId, "item.notFound"), position(position), Api.page(page), Api.integer("size", size));
        String marker = Bundles.message(Bundles.supported(Api.locale(headers)), "redacted.marker");
        return new CommentJson.PublishedPage(
                result.items().stream()
                        .map(c -> CommentJson.published(c, config.zone(), marker))
                        .toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @GET
    @Path("counts")
    @Operation(summary = "Published comments of an item counted by position")
    public CommentJson.Counts counts(@PathParam("itemId") String itemId) {
        Map<Position, Long> counts = published.publishedCounts(Api.id(itemId, "item.notFound"));
        long s = counts.get(Position.SUPPORT);
        long o = counts.get(Position.OPPOSE);
        long n = counts.get(Position.NEUTRAL);
        return new CommentJson.Counts(s, o, n, s + o + n);
    }

    static Position position(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Position.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PodiumException.invalid("position", "comment.position.required");
        }
    }
}
