package org.podium.record.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;

/** Clerks finalize a meeting's record. */
@Path("clerk/meetings/{id}/record")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClerkRecordResource {

    public record RecordJson(long meetingId, String finalizedAt, int entries, String finalHash) {

        static RecordJson of(Records.Summary s) {
            return new RecordJson(s.meetingId(), s.finalizedAt().toString(), s.entries(), s.finalHash());
        }
    }

    @Inject
    Records records;

    @POST
    @Operation(
            summary = "Finalize the record of an adjourned meeting whose comments are all decided (clerks): the "
                    + "entries are chained and published; published and record-only comments are then in the record. "
                    + "Finalizing again answers the record as it is")
    public RecordJson finalize(@PathParam("id") String id) {
        return RecordJson.of(records.finalize(Api.id(id, "meeting.notFound")));
    }

    @GET
    @Operation(summary = "The meeting's finalized record: when, how many entries, the final hash (404 before)")
    public RecordJson get(@PathParam("id") String id) {
        return RecordJson.of(records.finalized(Api.id(id, "meeting.notFound")));
    }
}
