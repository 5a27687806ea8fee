package org.podium.summary.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.account.entity.Role;
import org.podium.insight.boundary.ItemKeyPoints;
import org.podium.platform.Api;

/** The key points residents made on an item, per side, counted (kept with its summary, read in the background). */
@Path("items/{itemId}/key-points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemKeyPointsResource {

    @Inject
    SummaryCache cache;

    @Inject
    SecurityContext security;

    @GET
    @Operation(
            summary = "The key points of an item (anyone; the item's meeting must be published): {itemId, readAt, "
                    + "sides: [{side: OPPOSE|SUPPORT, points: [...], madeOnce: [...]}]}, each point {text, texts "
                    + "(distinct texts that make it), comments (with a campaign's copies), quotes: [{trackingNumber, "
                    + "text}] (two), trackingNumbers (every comment that makes it)}, by comments, most first; madeOnce: "
                    + "the points one text made, and each comment that makes no listed point (by its first sentence). "
                    + "The public: published comments only. Staff (council, clerks, administrators): every comment "
                    + "counted, with each point's id and whether a clerk worded it")
    public ItemKeyPoints.View get(@PathParam("itemId") String itemId) {
        ItemSummary s = cache.get(Api.id(itemId, "item.notFound"));
        boolean staff = security.isCallerInRole(Role.COUNCIL_NAME)
                || security.isCallerInRole(Role.CLERK_NAME)
                || security.isCallerInRole(Role.ADMIN_NAME);
        return staff ? s.keyPoints() : s.publicKeyPoints();
    }
}
