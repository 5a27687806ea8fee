package org.podium.comment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** A comment followed by its tracking number: status and history for anyone, the text for its author and staff. */
@Path("comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    @Inject
    Authors authors;

    @Inject
    CommentModeration moderation;

    @Inject
    PodiumConfig config;

    public record Edit(String position, String text) {}

    /** A report: {@code reason} is the code of a reason of the posting policy (GET /policy). */
    /** A report's body: {reason} (named apart from the CSV import's Report, which OpenAPI would confuse with it). */
    public record ReportInput(String reason) {}

    public record ReportReceipt(boolean counted) {}

    /** The author's appeal of a rejection: a message of at most 2,000 characters. */
    public record Appeal(String message) {}

    @Context
    HttpServletRequest request;

    @POST
    @Path("{trackingNumber}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Report a published comment with a reason of the posting policy (anyone, once per person); "
                    + "a person counts once (an account, a network); at the council's number of reports from accounts with a "
                    + "confirmed address it is hidden until a clerk reviews it. 201 when counted, 200 when this person had "
                    + "reported it already")
    public Response report(@PathParam("trackingNumber") String trackingNumber, ReportInput body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        boolean counted = moderation.report(trackingNumber, body.reason(), config.clientAddress(request));
        return Response.status(counted ? 201 : 200)
                .entity(new ReportReceipt(counted))
                .build();
    }

    @POST
    @Path("{trackingNumber}/withdraw")
    @Operation(
            summary = "The author withdraws the comment while comment is open (X-Author-Key, or signed in); the "
                    + "record keeps that it was filed and withdrawn, the public never sees its text")
    public CommentJson.Tracking withdraw(
            @PathParam("trackingNumber") String trackingNumber, @HeaderParam("X-Author-Key") String authorKey) {
        var c = authors.withdraw(trackingNumber, authorKey);
        return CommentJson.tracking(c, true, config.zone(), reasons());
    }

    @POST
    @Path("{trackingNumber}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The author appeals a rejection once, with a message (X-Author-Key, or signed in); the comment "
                    + "returns to the clerks' queue marked as an appeal")
    public CommentJson.Tracking appeal(
            @PathParam("trackingNumber") String trackingNumber,
            @HeaderParam("X-Author-Key") String authorKey,
            Appeal body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        var c = authors.appeal(trackingNumber, authorKey, body.message());
        return CommentJson.tracking(c, true, config.zone(), reasons());
    }

    @Context
    HttpHeaders headers;

    /** The public wording of a rejection's reason, in the reader's language. */
    UnaryOperator<String> reasons() {
        Locale lang = Bundles.supported(Api.locale(headers));
        return note -> moderation.reasonText(note, lang);
    }

    @PUT
    @Path("{trackingNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The author changes the position or the text while comment is open (X-Author-Key, or signed in); "
                    + "every version is kept for the record")
    public CommentJson.Tracking edit(
            @PathParam("trackingNumber") String trackingNumber,
            @HeaderParam("X-Author-Key") String authorKey,
            Edit body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        var c = authors.edit(trackingNumber, authorKey, ItemCommentsResource.position(body.position()), body.text());
        return CommentJson.tracking(c, true, config.zone(), reasons());
    }

    @GET
    @Path("{trackingNumber}/attachments/{number}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "An attachment of a comment, for its author (X-Author-Key) and staff; always as a download")
    public Response attachment(
            @PathParam("trackingNumber") String trackingNumber,
            @PathParam("number") String number,
            @HeaderParam("X-Author-Key") String authorKey) {
        var a = authors.attachment(trackingNumber, (int) Api.id(number, "attachment.notFound"), authorKey);
        String ascii = a.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(a.content(), a.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    @GET
    @Path("{trackingNumber}")
    @Operation(
            summary = "A comment's status and history; its text and details only for its author "
                    + "(signed in, or with the key of the receipt mail in X-Author-Key) and staff")
    public CommentJson.Tracking track(
            @PathParam("trackingNumber") String trackingNumber, @HeaderParam("X-Author-Key") String authorKey) {
        var c = authors.byTrackingNumber(trackingNumber)
                .orElseThrow(() -> PodiumException.notFound("comment.notFound"));
        return CommentJson.tracking(c, authors.canRead(c, authorKey), authors.isModerator(), config.zone(), reasons());
    }
}
