package org.podium.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.podium.platform.Api;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** The public's meetings: published agendas only. */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    @Inject
    Meetings meetings;

    @Inject
    PodiumConfig config;

    @GET
    @Operation(summary = "Published meetings, upcoming first (soonest first), then past ones (latest first)")
    public MeetingJson.PageJson<MeetingJson.MeetingSummary> list(
            @Parameter(
                            description =
                                    "only meetings starting on or after: a date (council time zone) or an ISO-8601 date-time with offset")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description =
                                    "only meetings starting before: a date (council time zone) or an ISO-8601 date-time with offset")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "page size, 1 to 100") @QueryParam("size") @DefaultValue("20") String size) {
        ZoneId zone = config.zone();
        var result = meetings.published(
                Instant.now(),
                instant("from", from, zone),
                instant("to", to, zone),
                Api.page(page),
                Api.integer("size", size));
        return new MeetingJson.PageJson<>(
                result.items().stream().map(m -> MeetingJson.summary(m, zone)).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A published meeting with its agenda")
    public MeetingJson.MeetingDetail meeting(@PathParam("id") String id) {
        return meetings.publishedMeeting(Api.id(id, "meeting.notFound"))
                .map(m -> MeetingJson.detail(m, config.zone(), Instant.now()))
                .orElseThrow(() -> PodiumException.notFound("meeting.notFound"));
    }

    static Instant instant(String name, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            throw PodiumException.invalid(name, "param.datetime", name);
        }
    }
}
