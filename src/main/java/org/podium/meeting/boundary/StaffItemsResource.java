package org.podium.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** Clerks' endpoints for one agenda item (HTTP Basic): edit, move, remove, reopen public comment. */
@Path("clerk/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffItemsResource {

    public record Move(String direction) {}

    public record Reopen(OffsetDateTime until) {}

    @Inject
    Meetings meetings;

    @Inject
    PodiumConfig config;

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an agenda item (clerks)")
    public MeetingJson.ItemDetail update(@PathParam("id") String id, ItemData data) {
        if (data == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        return MeetingJson.item(meetings.updateItem(Api.id(id, "item.notFound"), data), config.zone(), Instant.now());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an agenda item (clerks)")
    public Response remove(@PathParam("id") String id) {
        meetings.removeItem(Api.id(id, "item.notFound"));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = "Move an agenda item one place UP or DOWN (clerks)")
    public MeetingJson.MeetingDetail move(@PathParam("id") String id, Move body) {
        String d = body == null || body.direction() == null
                ? ""
                : body.direction().strip().toUpperCase();
        if (!d.equals("UP") && !d.equals("DOWN")) {
            throw PodiumException.invalid("direction", "item.move.direction");
        }
        long itemId = Api.id(id, "item.notFound");
        meetings.moveItem(itemId, d.equals("UP") ? -1 : 1);
        return MeetingJson.detail(meetings.itemForClerks(itemId).getMeeting(), config.zone(), Instant.now());
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Open public comment on the item again until the given time (clerks)")
    public MeetingJson.ItemDetail reopen(@PathParam("id") String id, Reopen body) {
        if (body == null || body.until() == null) {
            throw PodiumException.invalid("until", "item.reopen.past");
        }
        return MeetingJson.item(
                meetings.reopenComment(Api.id(id, "item.notFound"), body.until().toInstant()),
                config.zone(),
                Instant.now());
    }
}
