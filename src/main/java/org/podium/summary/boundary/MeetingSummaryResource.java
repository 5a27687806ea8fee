package org.podium.summary.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;

/** A meeting's summary, open data: each item's figures and the meeting's totals. */
@Path("meetings/{id}/summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingSummaryResource {

    @Inject
    MeetingSummaries summaries;

    @GET
    @Operation(
            summary = "What the public said on a published meeting, item by item (anyone): comments counted, by "
                    + "declared position and by the analysis' reading, mismatches, unique comments and those in campaigns, "
                    + "speakers signed up; and the meeting's totals. Each item's details: GET /items/{itemId}/summary")
    public MeetingSummary get(@PathParam("id") String id) {
        return summaries.of(Api.id(id, "meeting.notFound"));
    }
}
