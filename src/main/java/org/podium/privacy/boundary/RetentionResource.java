package org.podium.privacy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.account.entity.Role;

/** The retention schedule (administrators). */
@Path("admin/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionResource {

    /** Days after a record is final before unpublished personal data is erased; null keeps it. */
    public record Setting(Integer days) {}

    @Inject
    Retention retention;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The retention setting (administrators)")
    public Setting get() {
        if (!security.isUserInRole(Role.ADMIN_NAME)) {
            throw new SecurityException("not an administrator");
        }
        return new Setting(retention.days());
    }

    @PUT
    @Operation(summary = "Set the retention: 0–3650 days, or null to keep unpublished personal data (administrators)")
    public Setting set(Setting body) {
        return new Setting(retention.setDays(body == null ? null : body.days()));
    }

    @POST
    @Path("run")
    @Operation(summary = "Run the retention schedule now: {meetings, comments, signUps} erased (administrators)")
    public Retention.Purge run() {
        return retention.runNow();
    }
}
