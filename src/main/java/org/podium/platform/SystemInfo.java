package org.podium.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What an administrator needs to know about this instance: which database it really talks to, and its time zone. */
@Stateless
@Path("admin/system")
@Produces(MediaType.APPLICATION_JSON)
public class SystemInfo {

    public record Info(
            String databaseProduct,
            String databaseVersion,
            String jdbcUrl,
            boolean embeddedDatabase,
            boolean demoMode,
            String timeZone) {}

    @Inject
    Database database;

    @Inject
    PodiumConfig config;

    @GET
    @RolesAllowed(RoleNames.ADMIN)
    @Operation(summary = "The database and settings of this instance (administrators)")
    public Info info() {
        return new Info(
                database.productName(),
                database.productVersion(),
                database.url(),
                config.embeddedDatabase(),
                config.demoMode(),
                config.zone().getId());
    }
}
