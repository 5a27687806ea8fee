package org.podium.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.PodiumConfig;

/** Council members' (and clerks') view of every meeting, drafts included. HTTP Basic. */
@Path("council/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CouncilMeetingsResource {

    @Inject
    Meetings meetings;

    @Inject
    PodiumConfig config;

    @GET
    @Operation(summary = "Every meeting, drafts included (council members, clerks, administrators)")
    public List<MeetingJson.MeetingSummary> list() {
        return meetings.all(500).stream()
                .map(m -> MeetingJson.summary(m, config.zone()))
                .toList();
    }
}
