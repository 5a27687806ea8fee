package org.podium.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.comment.boundary.CommentJson;
import org.podium.comment.boundary.CommentModeration;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Span;
import org.podium.platform.Api;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** A clerk decides what becomes of a comment: published, record only, or rejected with a reason (HTTP Basic). */
@Path("clerk/comments/{trackingNumber}/decision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {

    /**
     * {@code decision}: PUBLISH, RECORD_ONLY, REJECT (with a {@code reason}: the code of a reason of the posting
     * policy, GET /policy), REDACT (with {@code spans}, [start, end) in UTF-16 code units of the text; without them
     * the pre-screen's suggested spans; {@code reason} defaults to personal-information) or UNDO (the latest decision
     * not undone yet); {@code version} is the comment's version the clerk saw (from the tracking answer), optional.
     * A comment flagged for personal data that its redactions do not cover is published only with
     * {@code "personalDataAsIs": true} (409 otherwise); the audit trail records that decision.
     */
    public record Decision(
            String decision, String reason, List<CommentJson.SpanJson> spans, Long version, Boolean personalDataAsIs) {}

    @Inject
    CommentModeration moderation;

    @Inject
    Decisions decisions;

    @Inject
    PodiumConfig config;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Operation(
            summary =
                    "Publish a comment, keep it for the record only, reject it with a reason, redact spans of it "
                            + "or undo the latest decision (clerks); "
                            + "409 when another clerk decided since the given version, when the council keeps unverified comments "
                            + "for the record only, or when personal data found in it is not redacted (unless personalDataAsIs)")
    public CommentJson.Tracking decide(@PathParam("trackingNumber") String trackingNumber, Decision body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        String kind = body.decision() == null ? "" : body.decision().strip().toUpperCase(Locale.ROOT);
        Comment c;
        if (kind.equals("REDACT")) {
            c = decisions.redact(trackingNumber, spans(body.spans()), body.reason(), body.version());
        } else if (kind.equals("UNDO")) {
            c = decisions.undo(trackingNumber, body.version());
        } else {
            c = decisions.decide(
                    trackingNumber,
                    status(body.decision()),
                    body.reason(),
                    body.version(),
                    Api.baseUrl(config, uri),
                    Boolean.TRUE.equals(body.personalDataAsIs()));
        }
        Locale lang = Bundles.supported(Api.locale(headers));
        return CommentJson.tracking(c, true, true, config.zone(), note -> moderation.reasonText(note, lang));
    }

    /** The spans given, or null (the suggested ones); a span out of order is a 400 naming the field. */
    static List<Span> spans(List<CommentJson.SpanJson> given) {
        if (given == null) {
            return null;
        }
        try {
            return given.stream().map(s -> new Span(s.start(), s.end())).toList();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw PodiumException.invalid("spans", "comment.redact.spans.invalid");
        }
    }

    /** The status a decision leads to. */
    static CommentStatus status(String decision) {
        switch (decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT)) {
            case "PUBLISH":
                return CommentStatus.PUBLISHED;
            case "RECORD_ONLY":
                return CommentStatus.RECORD_ONLY;
            case "REJECT":
                return CommentStatus.REJECTED;
            default:
                throw PodiumException.invalid("decision", "comment.decision.invalid");
        }
    }
}
