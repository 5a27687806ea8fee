package org.podium.speaker.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.platform.PodiumException;
import org.podium.speaker.entity.SpeakingRules;

/** The clerk's console over the API: each action answers the meeting's new live state. */
@Path("clerk/meetings/{id}/live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClerkLiveResource {

    /** {@code action}: ITEM (itemId), NEXT, NO_SHOW, PAUSE, RESUME, ADD_TIME (seconds), SKIP, UP, DOWN (speakerId), WALK_IN (name?, mode?). */
    public record Action(String action, Long itemId, Long speakerId, Integer seconds, String name, String mode) {}

    @Inject
    Live live;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The clerk's console: ITEM, NEXT, NO_SHOW, PAUSE, RESUME, ADD_TIME, SKIP, UP, DOWN, WALK_IN "
                    + "(clerks); answers the new state")
    public LiveResource.StateJson act(@PathParam("id") String id, Action a) {
        live.requireClerk();
        if (a == null || a.action() == null) {
            throw PodiumException.invalid("action", "live.action");
        }
        long meetingId = Api.id(id, "meeting.notFound");
        switch (a.action().strip().toUpperCase(Locale.ROOT)) {
            case "ITEM" -> live.showItem(meetingId, required(a.itemId(), "itemId"));
            case "NEXT" -> live.callNext(meetingId);
            case "NO_SHOW" -> live.noShow(meetingId);
            case "PAUSE" -> live.pause(meetingId);
            case "RESUME" -> live.resume(meetingId);
            case "ADD_TIME" -> live.addTime(meetingId, a.seconds() == null ? 30 : a.seconds());
            case "SKIP" -> live.skip(meetingId, required(a.speakerId(), "speakerId"));
            case "UP" -> live.move(meetingId, required(a.speakerId(), "speakerId"), -1);
            case "DOWN" -> live.move(meetingId, required(a.speakerId(), "speakerId"), 1);
            case "WALK_IN" -> live.walkIn(meetingId, a.name(), mode(a.mode()));
            default -> throw PodiumException.invalid("action", "live.action");
        }
        return LiveResource.json(live.state(meetingId));
    }

    private static long required(Long v, String field) {
        if (v == null) {
            throw PodiumException.invalid(field, "live.field.required");
        }
        return v;
    }

    private static SpeakingRules.Mode mode(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return SpeakingRules.Mode.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PodiumException.invalid("mode", "speaker.mode.required");
        }
    }
}
