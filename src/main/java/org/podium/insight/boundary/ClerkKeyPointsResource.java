package org.podium.insight.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.platform.PodiumException;

/**
 * A clerk's edits of an item's key points, each one step; the item's comments are matched again in the background
 * at once ({@code GET /api/v1/items/{id}/key-points} shows the result within seconds).
 */
@Path("clerk/items/{itemId}/key-points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClerkKeyPointsResource {

    public record NewPoint(String side, String text) {}

    public record Created(List<Long> ids) {}

    @Inject
    KeyPointEdits edits;

    @POST
    @Operation(
            summary = "Add a key point in the clerk's words {side: SUPPORT|OPPOSE, text} (clerks): 201 {ids: [id]}; "
                    + "a new proposal never replaces it")
    public Response add(@PathParam("itemId") String itemId, NewPoint body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        long id = edits.add(Api.id(itemId, "item.notFound"), body.side(), body.text());
        return Response.status(Response.Status.CREATED)
                .entity(new Created(List.of(id)))
                .build();
    }

    @POST
    @Path("proposal")
    @Operation(
            summary = "Propose the item's key points again now (clerks): 202; the points a clerk added, renamed or "
                    + "merged into stay, retired ones are not proposed again")
    public Response proposeAgain(@PathParam("itemId") String itemId) {
        edits.proposeAgain(Api.id(itemId, "item.notFound"));
        return Response.accepted().build();
    }
}
