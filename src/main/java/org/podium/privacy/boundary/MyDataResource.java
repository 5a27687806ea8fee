package org.podium.privacy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.PodiumException;

/** The signed-in person's own data: a copy to download, and the deletion of the account. */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyDataResource {

    /** The password (and the second factor's code, when the account has one) confirm a deletion. */
    public record Deletion(String password, String code) {}

    @Inject
    MyData data;

    @Context
    SecurityContext security;

    @GET
    @Path("export")
    @Operation(
            summary = "Everything Podium holds about the caller, as one JSON file: the account, the comments with"
                    + " their history and earlier versions, the sign-ups to speak, the reports")
    public Response export() {
        MyData.Export export = data.export(me());
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"podium-my-data.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** POST, not DELETE with a body: the HTTP layer in front of Podium refuses a body on DELETE. */
    @POST
    @Path("deletion")
    @Operation(
            summary = "Delete the caller's (resident) account: personal data erased or anonymised as docs/privacy.md"
                    + " says; the official record stays verifiable")
    public MyData.Erased delete(Deletion body) {
        long me = me();
        if (body == null) {
            throw PodiumException.invalid("password", "account.delete.passwordRequired");
        }
        return data.erase(me, body.password(), body.code());
    }

    private long me() {
        if (security.getUserPrincipal() == null) {
            throw new SecurityException("anonymous");
        }
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
