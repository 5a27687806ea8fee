package org.podium.comment.boundary;

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
import org.podium.platform.Api;
import org.podium.platform.Bundles;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.comment.entity.CommentStatus;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** A clerk decides what becomes of a comment: published, record only, or rejected with a reason (HTTP Basic). */
@Path("clerk/comments/{trackingNumber}/decision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {

    /**
     * {@code decision}: PUBLISH, RECORD_ONLY or REJECT (with a {@code reason}: the code of a reason of the posting
     * policy, GET /policy); {@code version} is the comment's
     * version the clerk saw (from the tracking answer), optional.
     */
    public record Decision(String decision, String reason, Long version) {
    }

    @Inject
    Comments comments;

    @Inject
    PodiumConfig config;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Publish a comment, keep it for the record only, or reject it with a reason (clerks); "
            + "409 when another clerk decided since the given version, or when the council keeps unverified comments "
            + "for the record only")
    public CommentJson.Tracking decide(@PathParam("trackingNumber") String trackingNumber, Decision body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        var c = comments.decide(trackingNumber, status(body.decision()), body.reason(), body.version(),
                Api.baseUrl(config, uri));
        java.util.Locale lang = Bundles.supported(Api.locale(headers));
        return CommentJson.tracking(c, true, config.zone(), note -> comments.reasonText(note, lang));
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
