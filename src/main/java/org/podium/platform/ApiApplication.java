package org.podium.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The JSON API, versioned in its path. Its OpenAPI document is served at /openapi. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Podium API",
                        version = "1",
                        description =
                                "Meetings, agendas and public comment. Errors are application/problem+json (RFC 9457). "
                                        + "Staff endpoints authenticate with an API token (Authorization: Bearer podium_..., made under My account"
                                        + " or by an administrator; scope READ, CLERK or ADMIN), or with HTTP Basic for accounts without"
                                        + " two-step sign-in (refused once an account has a second factor).",
                        license = @License(name = "Apache-2.0")))
public class ApiApplication extends Application {}
