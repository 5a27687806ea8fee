package org.podium.speaker.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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

/** A resident signs up to speak on an item. */
@Path("items/{itemId}/speakers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemSpeakersResource {

    @Inject
    Speakers speakers;

    @Inject
    PodiumConfig config;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Sign up to speak on an item while sign-up is open: 201 {confirmationNumber, status, position, "
                            + "seconds}; status UNCONFIRMED (no place held) until the address is confirmed with the token of the mail "
                            + "(POST /speakers/{confirmationNumber}/confirm), at once for a signed-in account's own confirmed address; "
                            + "the mail also carries the key to withdraw. 409 outside the window or for a second sign-up on the item; "
                            + "429 beyond 3 unconfirmed sign-ups from one network on the item; 400 with the field for bad details")
    public Response signUp(@PathParam("itemId") String itemId, SpeakerInput body) {
        var receipt = speakers.signUp(
                Api.id(itemId, "item.notFound"),
                body,
                Api.locale(headers),
                Api.baseUrl(config, uri),
                config.clientAddress(request));
        return Response.status(201)
                .entity(SpeakerJson.ReceiptJson.of(receipt.speaker()))
                .build();
    }
}
