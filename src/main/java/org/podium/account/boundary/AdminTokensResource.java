package org.podium.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.account.boundary.TokensResource.NewToken;
import org.podium.account.boundary.TokensResource.TokenJson;
import org.podium.account.entity.Role;
import org.podium.platform.Api;

/** Administrators list, make and revoke the API tokens of a staff account (an integration's, or a departed clerk's). */
@Path("admin/users/{id}/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminTokensResource {

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "An account's API tokens (administrators)")
    public List<TokenJson> of(@PathParam("id") String id) {
        admin();
        return tokens.of(Api.id(id, "account.notFound")).stream()
                .map(TokenJson::of)
                .toList();
    }

    @POST
    @Operation(summary = "Make an API token for a staff account (administrators); its secret is in this answer only")
    public Response createFor(@PathParam("id") String id, NewToken body) {
        admin();
        return TokensResource.made(tokens, admin(), Api.id(id, "account.notFound"), body);
    }

    @DELETE
    @Path("{tokenId}")
    @Operation(summary = "Revoke an account's API token (administrators)")
    public TokenJson revokeFor(@PathParam("id") String id, @PathParam("tokenId") String tokenId) {
        admin();
        return TokenJson.of(tokens.revoke(Api.id(id, "account.notFound"), Api.id(tokenId, "token.notFound")));
    }

    private long admin() {
        long me = TokensResource.caller(security, request);
        if (!security.isUserInRole(Role.ADMIN_NAME)) {
            throw new SecurityException("not an administrator");
        }
        return me;
    }
}
