package org.podium.speaker.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.PodiumConfig;

/** One's own sign-up, by its confirmation number and the key of its mail. */
@Path("speakers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerResource {

    @Inject
    Speakers speakers;

    @Inject
    PodiumConfig config;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{confirmationNumber}")
    @Operation(summary = "One's own sign-up (X-Author-Key from the confirmation mail)")
    public SpeakerJson.ReceiptJson mine(
            @PathParam("confirmationNumber") String number, @HeaderParam("X-Author-Key") String key) {
        return SpeakerJson.ReceiptJson.of(speakers.own(number, key));
    }

    /** The token of the confirmation mail. */
    public record ConfirmInput(String token) {}

    @POST
    @Path("{confirmationNumber}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Confirm the address of a sign-up with the token of its mail {token}: it joins the line now "
                    + "(CONFIRMED or WAITLISTED); again: unchanged. 403 for a wrong token, 409 after a day or once sign-up "
                    + "closed")
    public SpeakerJson.ReceiptJson confirm(@PathParam("confirmationNumber") String number, ConfirmInput body) {
        return SpeakerJson.ReceiptJson.of(speakers.confirm(number, body == null ? null : body.token()));
    }

    @POST
    @Path("{confirmationNumber}/withdraw")
    @Operation(
            summary = "Withdraw one's sign-up (X-Author-Key); the first on the waitlist who fits is promoted and "
                    + "e-mailed")
    public SpeakerJson.ReceiptJson withdraw(
            @PathParam("confirmationNumber") String number, @HeaderParam("X-Author-Key") String key) {
        return SpeakerJson.ReceiptJson.of(speakers.withdraw(number, key));
    }
}
