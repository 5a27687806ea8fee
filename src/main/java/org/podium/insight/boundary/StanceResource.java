package org.podium.insight.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.comment.boundary.CommentJson;

/** A clerk labels a comment's stance (a correction or a confirmation of the machine's reading). */
@Path("clerk/comments/{trackingNumber}/stance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StanceResource {

    public record Label(String stance) {}

    public record Labelled(String trackingNumber, CommentJson.Analysis analysis) {}

    @Inject
    ClerkLabels labels;

    @POST
    @Operation(
            summary = "Label a comment's stance {stance: SUPPORT|OPPOSE|NEUTRAL} (clerks): kept with who and when, "
                    + "it trains the item's model and the item's other comments are read again")
    public Labelled label(@PathParam("trackingNumber") String trackingNumber, Label body) {
        var c = labels.label(trackingNumber, body == null ? null : body.stance());
        return new Labelled(c.getTrackingNumber(), CommentJson.analysis(c));
    }
}
