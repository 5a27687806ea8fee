package org.podium.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumConfig;

/** The public moderation log of a meeting. */
@Path("meetings/{id}/moderation-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModerationLogResource {

    /** {@code kind}: rejected (the comment is not published) or redacted (published with parts removed). */
    public record EntryJson(OffsetDateTime at, String item, String kind, String reasonCode, String reason) {}

    public record CountJson(String reasonCode, String reason, long count) {}

    public record LogJson(
            long meetingId, long rejected, long redacted, List<CountJson> byReason, List<EntryJson> entries) {}

    @Inject
    ModerationLog log;

    @Inject
    PodiumConfig config;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "How many comments on a published meeting are not published or were redacted, for which "
                    + "reasons of the posting policy, and when (never their text, the redacted parts or their author)")
    public LogJson get(@PathParam("id") String id) {
        var l = log.of(Api.id(id, "meeting.notFound"), Bundles.supported(Api.locale(headers)));
        return new LogJson(
                l.meetingId(),
                l.rejected(),
                l.redacted(),
                l.byReason().stream()
                        .map(c -> new CountJson(c.code(), c.reason(), c.count()))
                        .toList(),
                l.entries().stream()
                        .map(e -> new EntryJson(
                                e.at().atZone(config.zone()).toOffsetDateTime(),
                                e.item(),
                                e.kind(),
                                e.code(),
                                e.reason()))
                        .toList());
    }
}
