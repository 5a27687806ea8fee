package org.podium.summary.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.podium.account.entity.Role;
import org.podium.insight.boundary.ItemKeyPoints;
import org.podium.platform.Api;
import org.podium.platform.PodiumException;

/** The key points residents made on an item, per side, counted (kept with its summary, read in the background). */
@Path("items/{itemId}/key-points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemKeyPointsResource {

    @Inject
    SummaryCache cache;

    @Inject
    SecurityContext security;

    @Inject
    ItemKeyPoints keyPoints;

    /** The most tracking numbers on one page of a point's comments. */
    static final int MAX_SIZE = 1000;

    @GET
    @Operation(
            summary = "The key points of an item (anyone; the item's meeting must be published): {itemId, readAt, "
                    + "sides: [{side: OPPOSE|SUPPORT, points: [...], madeOnce: [...]}]}, each point {text, texts "
                    + "(distinct texts that make it), comments (with a campaign's copies), quotes: [{trackingNumber, "
                    + "text}] (two), trackingNumbers (the first 500 comments that make it; every one: GET .../key-points/{id}/comments)}, by comments, most first; madeOnce: "
                    + "the points one text made, and each comment that makes no listed point (by its first sentence), the first "
                    + "200 listed, madeOnceTotal counting them all. "
                    + "The public: published comments only. Staff (council, clerks, administrators): every comment "
                    + "counted, with each point's id and whether a clerk worded it")
    public ItemKeyPoints.View get(@PathParam("itemId") String itemId) {
        ItemSummary s = cache.get(Api.id(itemId, "item.notFound"));
        return staff() ? s.keyPoints() : s.publicKeyPoints();
    }

    @GET
    @Path("{pointId}/comments")
    @Operation(
            summary =
                    "Every comment that makes a key point, a page at a time in arrival order: {pointId, side, comments "
                            + "(how many in all), page, size, trackingNumbers}. The public: published comments only, and only "
                            + "points it is shown; staff: every comment counted")
    public ItemKeyPoints.Makers comments(
            @PathParam("itemId") String itemId,
            @PathParam("pointId") String pointId,
            @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "page size, 1 to 1000; 500 when not given")
                    @QueryParam("size")
                    @DefaultValue("500")
                    String size) {
        long item = Api.id(itemId, "item.notFound");
        cache.get(item); // the item and its meeting as the public may read them, else 404
        long point = Api.id(pointId, "keypoint.notFound");
        int p = Api.page(page);
        int n = Api.integer("size", size);
        if (n < 1 || n > MAX_SIZE) {
            throw PodiumException.invalid("size", "paging.size", MAX_SIZE);
        }
        return keyPoints
                .makers(item, point, staff(), p, n)
                .orElseThrow(() -> PodiumException.notFound("keypoint.notFound"));
    }

    private boolean staff() {
        return security.isCallerInRole(Role.COUNCIL_NAME)
                || security.isCallerInRole(Role.CLERK_NAME)
                || security.isCallerInRole(Role.ADMIN_NAME);
    }
}
