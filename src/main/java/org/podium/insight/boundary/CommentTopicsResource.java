package org.podium.insight.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.comment.boundary.CommentJson;

/** A clerk corrects a comment's topics. */
@Path("clerk/comments/{trackingNumber}/topics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentTopicsResource {

    public record Chosen(List<String> topics) {}

    @Inject
    ClerkLabels labels;

    @PUT
    @Operation(
            summary = "Sets a comment's topics {topics: [names of the council's topics]} (clerks); kept through "
                    + "later re-readings; 400 naming topics[i] for a name that is not a topic")
    public StanceResource.Labelled set(@PathParam("trackingNumber") String trackingNumber, Chosen body) {
        var c = labels.setTopics(trackingNumber, body == null ? null : body.topics());
        return new StanceResource.Labelled(c.getTrackingNumber(), CommentJson.analysis(c));
    }
}
