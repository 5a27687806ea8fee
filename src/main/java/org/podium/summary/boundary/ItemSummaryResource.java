package org.podium.summary.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.podium.account.entity.Role;
import org.podium.platform.Api;

/** An item's summary, open data: a stable JSON shape a city's open-data portal can harvest. */
@Path("items/{itemId}/summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemSummaryResource {

    /** Wards with fewer comments than this are counted together as "other" for the public (they could name people). */
    static final long WARD_MIN = 5;

    @Inject
    SummaryCache cache;

    @Inject
    SecurityContext security;

    @GET
    @Operation(
            summary = "What the public said on an item (anyone; the item's meeting must be published): counts by "
                    + "status, by declared position and by the analysis' reading (with mismatches and those needing review), "
                    + "by channel, by ward (null: not given; for the public, wards of fewer than 5 comments are counted as "
                    + "\"other\"), unique comments against campaigns (the 20 largest with size and first comment), topics with "
                    + "their positions and typical published quotes, comments per hour, speakers. Counted: comments received, "
                    + "published, for the record only, in the record — not rejected or withdrawn. Computed again in the "
                    + "background after each change (computedAt says when)")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ItemSummary.class)))
    public Response get(@PathParam("itemId") String itemId) {
        long id = Api.id(itemId, "item.notFound");
        boolean staff = security.isCallerInRole(Role.COUNCIL_NAME)
                || security.isCallerInRole(Role.CLERK_NAME)
                || security.isCallerInRole(Role.ADMIN_NAME);
        // written once per count for each kind of reader, not once per request
        byte[] json = cache.json(id, staff, staff ? ItemSummaryResource::staffView : ItemSummaryResource::publicView);
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Staff see every counted comment's key points (the public ones are not sent twice). */
    static ItemSummary staffView(ItemSummary s) {
        return s.as(s.byWard(), s.keyPoints());
    }

    static ItemSummary publicView(ItemSummary s) {
        List<ItemSummary.Ward> wards = new ArrayList<>();
        long other = 0;
        for (ItemSummary.Ward w : s.byWard()) {
            if (w.ward() == null || w.count() >= WARD_MIN) {
                wards.add(w);
            } else {
                other += w.count();
            }
        }
        if (other > 0) {
            wards.add(
                    wards.size()
                            - (wards.isEmpty() || wards.get(wards.size() - 1).ward() != null ? 0 : 1),
                    new ItemSummary.Ward("other", other));
        }
        return s.as(wards, s.publicKeyPoints());
    }
}
