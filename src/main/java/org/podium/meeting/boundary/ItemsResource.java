package org.podium.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** The public's agenda items, with whether they take comment now. */
@Path("items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    @Inject
    Meetings meetings;

    @Inject
    PodiumConfig config;

    @GET
    @Path("{id}")
    @Operation(summary = "An agenda item of a published agenda, and its public comment window")
    public MeetingJson.ItemDetail item(@PathParam("id") String id) {
        return meetings.publishedItem(Api.id(id, "item.notFound"))
                .map(i -> MeetingJson.item(i, config.zone(), Instant.now()))
                .orElseThrow(() -> PodiumException.notFound("item.notFound"));
    }
}
