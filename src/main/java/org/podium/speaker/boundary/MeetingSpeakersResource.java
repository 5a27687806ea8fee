package org.podium.speaker.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.platform.PodiumConfig;
import org.podium.speaker.entity.MeetingRules;

/** The public speaker list of a meeting. */
@Path("meetings/{id}/speakers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingSpeakersResource {

    @Inject
    Speakers speakers;

    @Inject
    PodiumConfig config;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "The public speaker list of a published meeting: by item, places first, then the waitlist; "
                    + "a withheld name is absent; the draw's seed once held")
    public SpeakerJson.PublicList list(@PathParam("id") String id) {
        long meetingId = Api.id(id, "meeting.notFound");
        var list = speakers.publicList(meetingId);
        var stored = speakers.stored(meetingId);
        return new SpeakerJson.PublicList(
                meetingId,
                speakers.rules(meetingId).order().name(),
                stored.map(MeetingRules::getDrawSeed).orElse(null),
                SpeakerJson.at(stored.map(MeetingRules::getDrawnAt).orElse(null), config.zone()),
                list.stream().map(SpeakerJson::entry).toList());
    }
}
