package org.podium.record.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumException;

/** The finalized record of a meeting, public: {@code record.json}, {@code record.csv}, {@code record.pdf}. */
@Path("meetings/{id}/record.{format: json|csv|pdf}")
@RequestScoped
public class MeetingRecordResource {

    @Inject
    Records records;

    @Inject
    RecordFiles files;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "The meeting's finalized record (anyone; 404 before it is finalized). JSON: every entry with "
                    + "its data, its hash and the hash before it, the final hash and how the chain is computed. CSV: one row "
                    + "per comment with its status, the text as published (none when rejected or withdrawn) and its hash. "
                    + "PDF: the minutes appendix, with the final hash, in the reader's language (503 with Retry-After while it "
                    + "is being written, in the background, after finalization)")
    public Response get(@PathParam("id") String id, @PathParam("format") String format) {
        long meetingId = Api.id(id, "meeting.notFound");
        // 404 before finalization; the PDF is served from its stored file, so only JSON and CSV read the entries
        var summary = records.summary(meetingId).orElseThrow(() -> PodiumException.notFound("record.notFound"));
        String file = "meeting-" + meetingId + "-record." + format;
        return switch (format) {
            case "json" ->
                Response.ok(RecordExport.json(summary, records.entries(meetingId)), "application/json;charset=UTF-8")
                        .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                        .build();
            case "csv" ->
                Response.ok(RecordExport.utf8(RecordExport.csv(records.entries(meetingId))), "text/csv;charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                        .build();
            default -> {
                String lang = Bundles.supported(Api.locale(headers)).getLanguage();
                var state = files.state(meetingId, lang);
                if (state.isEmpty() || state.get().state().equals("FAILED")) {
                    files.render(meetingId); // a record finalized before its PDF was written, or a failed one
                    throw PodiumException.notReady(5, "record.pdf.preparing", 0);
                }
                if (!state.get().isReady()) {
                    throw PodiumException.notReady(
                            2, "record.pdf.preparing", state.get().getPercent());
                }
                StreamingOutput pdf = out -> files.copy(meetingId, lang, out);
                yield Response.ok(pdf, "application/pdf")
                        .header("Content-Length", state.get().sizeBytes())
                        .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                        .build();
            }
        };
    }
}
