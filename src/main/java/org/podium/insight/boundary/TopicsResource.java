package org.podium.insight.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The council's topics, each a name and keywords, kept by clerks. */
@Path("clerk/topics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TopicsResource {

    public record TopicsJson(List<TopicAdmin.Entry> topics) {}

    @Inject
    TopicAdmin admin;

    @GET
    @Operation(
            summary = "The council's topics: {topics: [{name, nameEs, keywords: [...]}]}; nameEs: the name "
                    + "pages in Spanish show, null where none is given (clerks, administrators)")
    public TopicsJson list() {
        return new TopicsJson(admin.list());
    }

    @PUT
    @Operation(
            summary = "Replaces the topics (clerks): up to 50, each a unique name, optionally a unique nameEs, and "
                    + "1 to 50 keywords (a word or a phrase); every comment's topics are read again in the background; 400 "
                    + "naming the field")
    public TopicsJson replace(TopicsJson body) {
        return new TopicsJson(admin.replace(body == null ? null : body.topics()));
    }
}
