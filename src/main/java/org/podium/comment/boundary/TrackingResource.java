package org.podium.comment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** A comment followed by its tracking number: status and history for anyone, the text for its author and staff. */
@Path("comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    @Inject
    Comments comments;

    @Inject
    PodiumConfig config;

    @GET
    @Path("{trackingNumber}")
    @Operation(summary = "A comment's status and history; its text and details only for its author "
            + "(signed in, or with the key of the receipt mail in X-Author-Key) and staff")
    public CommentJson.Tracking track(@PathParam("trackingNumber") String trackingNumber,
            @HeaderParam("X-Author-Key") String authorKey) {
        var c = comments.byTrackingNumber(trackingNumber)
                .orElseThrow(() -> PodiumException.notFound("comment.notFound"));
        return CommentJson.tracking(c, comments.canRead(c, authorKey), config.zone());
    }
}
