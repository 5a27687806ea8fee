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

    public record EntryJson(OffsetDateTime at, String item, String reasonCode, String reason) {
    }

    public record CountJson(String reasonCode, String reason, long count) {
    }

    public record LogJson(long meetingId, long rejected, List<CountJson> byReason, List<EntryJson> entries) {
    }

    @Inject
    ModerationLog log;

    @Inject
    PodiumConfig config;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "How many comments on a published meeting are not published, for which reasons of the "
            + "posting policy, and when (never their text or their author)")
    public LogJson get(@PathParam("id") String id) {
        var l = log.of(Api.id(id, "meeting.notFound"), Bundles.supported(Api.locale(headers)));
        return new LogJson(l.meetingId(), l.rejected(),
                l.byReason().stream().map(c -> new CountJson(c.code(), c.reason(), c.count())).toList(),
                l.entries().stream().map(e -> new EntryJson(e.at().atZone(config.zone()).toOffsetDateTime(), e.item(),
                        e.code(), e.reason())).toList());
    }
}
