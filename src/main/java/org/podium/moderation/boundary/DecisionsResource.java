package org.podium.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.comment.boundary.CommentJson;
import org.podium.comment.entity.CommentDecision;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/**
 * The audit trail of moderation, for staff: every decision (who, when, which, why, before and after) in a period, as
 * JSON or as CSV for a spreadsheet. Read only: nothing in Podium changes or deletes a decision.
 */
@Path("clerk/decisions")
@RequestScoped
public class DecisionsResource {

    static final int MAX = 50_000;

    @Inject
    Decisions decisions;

    @Inject
    PodiumConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Moderation decisions from (a date, inclusive) to (a date, inclusive), in the council's time "
                    + "zone; the last 30 days by default (clerks, administrators)")
    public List<CommentJson.DecisionJson> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        return read(from, to).stream()
                .map(d -> CommentJson.decision(d, config.zone()))
                .toList();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The same as CSV (UTF-8, header row, RFC 4180 quoting)")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        StringBuilder b = new StringBuilder("id,decided_at,tracking_number,by,decision,reason,status_before,"
                + "status_after,redactions_before,redactions_after,undoes\r\n");
        for (CommentDecision d : read(from, to)) {
            b.append(d.getId())
                    .append(',')
                    .append(d.getDecidedAt().atZone(config.zone()).toOffsetDateTime())
                    .append(',')
                    .append(d.getComment().getTrackingNumber())
                    .append(',')
                    .append(cell(d.getActorName()))
                    .append(',')
                    .append(d.getDecision())
                    .append(',')
                    .append(cell(d.getReason()))
                    .append(',')
                    .append(d.getStatusBefore())
                    .append(',')
                    .append(d.getStatusAfter())
                    .append(',')
                    .append(cell(d.getRedactionsBefore()))
                    .append(',')
                    .append(cell(d.getRedactionsAfter()))
                    .append(',')
                    .append(d.getUndoes() == null ? "" : d.getUndoes().getId())
                    .append("\r\n");
        }
        return Response.ok(b.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"moderation-decisions.csv\"")
                .build();
    }

    private List<CommentDecision> read(String from, String to) {
        LocalDate today = LocalDate.now(config.zone());
        LocalDate start = date("from", from, today.minusDays(30));
        LocalDate end = date("to", to, today);
        if (end.isBefore(start)) {
            throw PodiumException.invalid("to", "decisions.range");
        }
        Instant a = start.atStartOfDay(config.zone()).toInstant();
        Instant b = end.plusDays(1).atStartOfDay(config.zone()).toInstant();
        return decisions.decisions(a, b, MAX);
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw PodiumException.invalid(field, "decisions.date");
        }
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is made inert. */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
