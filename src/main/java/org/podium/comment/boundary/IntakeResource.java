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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** Clerks enter comments that came by e-mail, letter, voicemail or card (HTTP Basic). */
@Path("clerk/items/{itemId}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    @Inject
    Comments comments;

    @Inject
    PodiumConfig config;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Inject
    CsvImport csvImport;

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary =
                    "Import comments from a UTF-8 CSV file (columns channel, received_at, position, name, email, ward,"
                            + " text); each row stored or reported with its line; importing the same file again adds nothing (clerks)")
    public CsvImport.Report importCsv(@PathParam("itemId") String itemId, byte[] body) {
        return csvImport.run(
                Api.id(itemId, "item.notFound"), CsvImport.decode(body), Api.locale(headers), Api.baseUrl(config, uri));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a comment that came by EMAIL, LETTER, VOICEMAIL or CARD (clerks)")
    public Response enter(@PathParam("itemId") String itemId, IntakeInput input) {
        if (input == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        Receipt r =
                comments.enter(Api.id(itemId, "item.notFound"), input, Api.locale(headers), Api.baseUrl(config, uri));
        return Response.status(201)
                .entity(new CommentJson.ReceiptJson(
                        r.trackingNumber(), r.status().name()))
                .build();
    }
}
