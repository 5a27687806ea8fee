package org.podium.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.meeting.entity.MeetingStatus;
import org.podium.platform.Api;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/**
 * Clerks' endpoints (HTTP Basic): create, edit and publish meetings and their items, move them through their statuses. The roles are checked by {@link Meetings}; a caller without one gets 401 or 403.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("clerk/meetings")
public class StaffMeetingsResource {

    @Inject
    Meetings meetings;

    @Inject
    PodiumConfig config;

    @Context
    UriInfo uri;

    public record StatusChange(String status) {}

    @GET
    @Operation(summary = "Every meeting, drafts included (clerks)")
    public List<MeetingJson.MeetingSummary> clerkMeetings() {
        return meetings.allForClerks(500).stream()
                .map(m -> MeetingJson.summary(m, config.zone()))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A meeting, draft or published (clerks)")
    public MeetingJson.MeetingDetail meeting(@PathParam("id") String id) {
        return MeetingJson.detail(
                meetings.meetingForClerks(Api.id(id, "meeting.notFound")), config.zone(), Instant.now());
    }

    @POST
    @Operation(summary = "Create a meeting, as a draft (clerks)")
    public Response create(MeetingData data) {
        var m = meetings.create(required(data));
        return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(m.getId()))
                .entity(MeetingJson.detail(m, config.zone(), Instant.now()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a meeting's details (clerks)")
    public MeetingJson.MeetingDetail update(@PathParam("id") String id, MeetingData data) {
        return MeetingJson.detail(
                meetings.update(Api.id(id, "meeting.notFound"), required(data)), config.zone(), Instant.now());
    }

    @POST
    @Path("{id}/items")
    @Operation(summary = "Add an agenda item (clerks)")
    public Response addItem(@PathParam("id") String id, ItemData data) {
        var item = meetings.addItem(Api.id(id, "meeting.notFound"), required(data));
        return Response.status(Response.Status.CREATED)
                .entity(MeetingJson.item(item, config.zone(), Instant.now()))
                .build();
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish the agenda (clerks)")
    public MeetingJson.MeetingDetail publish(@PathParam("id") String id) {
        return MeetingJson.detail(meetings.publish(Api.id(id, "meeting.notFound")), config.zone(), Instant.now());
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Move the meeting to IN_PROGRESS, ADJOURNED or CANCELLED (clerks)")
    public MeetingJson.MeetingDetail status(@PathParam("id") String id, StatusChange change) {
        MeetingStatus target;
        try {
            target = MeetingStatus.valueOf(
                    change == null || change.status() == null
                            ? ""
                            : change.status().strip());
        } catch (IllegalArgumentException e) {
            throw PodiumException.invalid("status", "meeting.status.unknown");
        }
        return MeetingJson.detail(
                meetings.changeStatus(Api.id(id, "meeting.notFound"), target), config.zone(), Instant.now());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        return body;
    }
}
