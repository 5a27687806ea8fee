package org.podium.record.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;

/** Anyone recomputes a finalized record's chain. */
@Path("meetings/{id}/record/verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecordVerifyResource {

    @Inject
    Records records;

    @GET
    @Operation(
            summary = "Recompute the record's chain, and each comment's entry from the comment as it is now: "
                    + "valid, or the first entry that no longer matches (its number, kind, tracking number) and why")
    public Records.Verification verify(@PathParam("id") String id) {
        return records.verify(Api.id(id, "meeting.notFound"));
    }
}
