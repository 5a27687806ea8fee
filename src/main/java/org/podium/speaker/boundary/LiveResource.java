package org.podium.speaker.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.speaker.entity.Speaker;

/** The live state of a meeting for displays (public), and the clerk's console actions. */
@Path("meetings/{id}/live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LiveResource {

    /** A speaker as a display shows them: {@code name} absent when withheld; {@code number} their place in the line. */
    public record SpeakerJson(Long id, String name, int number, String mode, int seconds) {
        static SpeakerJson of(Speaker s) {
            return s == null
                    ? null
                    : new SpeakerJson(
                            s.getId(),
                            s.getPublicName(),
                            s.getCallOrder(),
                            s.getMode().name(),
                            s.getSeconds());
        }
    }

    public record ItemJson(long id, String number, String title) {}

    /**
     * {@code elapsedMs} at {@code at}; while {@code running}, a display counts on from there. {@code meetingStatus}:
     * SCHEDULED, IN_PROGRESS, ADJOURNED or CANCELLED (a display says when the meeting has ended).
     */
    public record StateJson(
            long meetingId,
            ItemJson item,
            SpeakerJson current,
            long allottedMs,
            long elapsedMs,
            boolean running,
            List<SpeakerJson> next,
            Long totalLeftSeconds,
            long at,
            String meetingStatus) {}

    @Inject
    Live live;

    @GET
    @Operation(
            summary = "A published meeting in session: the current item and speaker, the timer, who is next (five; "
                    + "all=true for the whole line), the public comment time left; displays read it when the push channel "
                    + "/live/{id} says it changed")
    public StateJson state(@PathParam("id") String id, @QueryParam("all") boolean all) {
        return json(live.state(Api.id(id, "meeting.notFound")), all ? Integer.MAX_VALUE : 5);
    }

    static StateJson json(Live.State s) {
        return json(s, 5);
    }

    /** {@code next}: the first {@code max} waiting speakers (the display shows five, the council's view all). */
    static StateJson json(Live.State s, int max) {
        return new StateJson(
                s.meetingId(),
                s.item() == null
                        ? null
                        : new ItemJson(
                                s.item().getId(), s.item().getNumber(), s.item().getTitle()),
                SpeakerJson.of(s.current()),
                s.allottedMs(),
                s.elapsedMs(),
                s.running(),
                s.queue().stream().limit(max).map(SpeakerJson::of).toList(),
                s.totalLeftSeconds(),
                s.at().toEpochMilli(),
                s.meetingStatus().name());
    }
}
