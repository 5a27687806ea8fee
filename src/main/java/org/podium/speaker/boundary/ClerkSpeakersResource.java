package org.podium.speaker.boundary;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;
import org.podium.speaker.entity.MeetingRules;
import org.podium.speaker.entity.SpeakingRules;

/** A meeting's speaking rules and its draw, for clerks. */
@Path("clerk/meetings/{id}/speakers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClerkSpeakersResource {

    @Inject
    Speakers speakers;

    @Inject
    PodiumConfig config;

    @Context
    HttpHeaders headers;

    @GET
    @Path("rules")
    @Operation(summary = "A meeting's speaking rules (the default ones until a clerk sets them)")
    public SpeakerJson.RulesJson rules(@PathParam("id") String id) {
        long meetingId = Api.id(id, "meeting.notFound");
        var stored = speakers.storedForClerks(meetingId);
        return SpeakerJson.RulesJson.of(
                stored.map(MeetingRules::getPreset).orElse(null),
                speakers.rules(meetingId),
                stored.map(MeetingRules::getDrawSeed).orElse(null));
    }

    @PUT
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set a meeting's speaking rules: a preset (chicago, seattle, long-beach) and any value to "
                    + "override; the sign-ups are recomputed at once (clerks)")
    public SpeakerJson.RulesJson setRules(@PathParam("id") String id, SpeakerJson.RulesJson body) {
        long meetingId = Api.id(id, "meeting.notFound");
        speakers.storedForClerks(
                meetingId); // the role and the meeting first: a stranger learns nothing from validation
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        SpeakingRules base = body.preset() == null || body.preset().isBlank()
                ? Speakers.DEFAULT
                : SpeakingRules.preset(body.preset())
                        .orElseThrow(() -> PodiumException.invalid("preset", "speaker.rules.preset"));
        SpeakingRules rules;
        try {
            rules = new SpeakingRules(
                    body.opensAt() != null ? body.opensAt() : base.opensAt(),
                    body.opensBeforeMinutes() != null
                            ? Duration.ofMinutes(body.opensBeforeMinutes())
                            : base.opensBefore(),
                    body.closesAt() != null ? body.closesAt() : base.closesAt(),
                    body.closesBeforeMinutes() != null
                            ? Duration.ofMinutes(body.closesBeforeMinutes())
                            : base.closesBefore(),
                    or(body.maxPerItem(), base.maxPerItem()),
                    or(body.maxOverall(), base.maxOverall()),
                    or(body.totalMinutes(), base.totalMinutes()),
                    or(body.secondsPerSpeaker(), base.secondsPerSpeaker()),
                    or(body.reducedAbove(), base.reducedAbove()),
                    or(body.reducedSeconds(), base.reducedSeconds()),
                    body.interpreterMultiplier() != null ? body.interpreterMultiplier() : base.interpreterMultiplier(),
                    or(body.spokespersonMinMembers(), base.spokespersonMinMembers()),
                    or(body.spokespersonSeconds(), base.spokespersonSeconds()),
                    body.order() != null ? order(body.order()) : base.order(),
                    or(body.inPersonQuota(), base.inPersonQuota()),
                    or(body.remoteQuota(), base.remoteQuota()),
                    body.residentPriority() != null ? body.residentPriority() : base.residentPriority(),
                    or(body.callBacks(), base.callBacks()));
        } catch (IllegalArgumentException e) {
            throw PodiumException.invalid(e.getMessage(), "speaker.rules." + e.getMessage());
        }
        var stored = speakers.configure(
                meetingId,
                body.preset() == null || body.preset().isBlank()
                        ? null
                        : body.preset().strip().toLowerCase(Locale.ROOT),
                rules);
        return SpeakerJson.RulesJson.of(stored.getPreset(), stored.rules(), stored.getDrawSeed());
    }

    @POST
    @Path("draw")
    @Operation(summary = "Hold the draw once sign-up has closed; the seed is recorded and published (clerks)")
    public SpeakerJson.RulesJson draw(@PathParam("id") String id) {
        var stored = speakers.draw(Api.id(id, "meeting.notFound"));
        return SpeakerJson.RulesJson.of(stored.getPreset(), stored.rules(), stored.getDrawSeed());
    }

    private static SpeakingRules.Order order(String value) {
        try {
            return SpeakingRules.Order.valueOf(
                    value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw PodiumException.invalid("order", "speaker.rules.order");
        }
    }

    private static <T> T or(T given, T otherwise) {
        return given != null ? given : otherwise;
    }
}
