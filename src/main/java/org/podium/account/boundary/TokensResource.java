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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.account.entity.ApiToken;
import org.podium.platform.Api;
import org.podium.platform.PodiumException;

/**
 * A staff member's own API tokens (an administrator's view of anyone's: {@link AdminTokensResource}). Made and revoked only by a signed-in person or a password (HTTP Basic), never by
 * another token.
 */
@Path("account/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {

    /** A token as listed: never its secret. */
    public record TokenJson(
            long id,
            String name,
            ApiToken.Scope scope,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {
        static TokenJson of(ApiToken t) {
            return new TokenJson(
                    t.getId(),
                    t.getName(),
                    t.getScope(),
                    t.getCreatedAt(),
                    t.getExpiresAt(),
                    t.getLastUsedAt(),
                    t.getRevokedAt());
        }
    }

    /** A token just made: its secret, shown this once. */
    public record CreatedJson(long id, String name, ApiToken.Scope scope, Instant expiresAt, String token) {}

    /** What to make: a name saying what it is for, a scope (READ, CLERK, ADMIN), days of validity (1–366, 90). */
    public record NewToken(String name, String scope, Integer expiresInDays) {}

    @Inject
    ApiTokens tokens;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The caller's API tokens (staff), newest first; never their secrets")
    public List<TokenJson> mine() {
        return tokens.of(me()).stream().map(TokenJson::of).toList();
    }

    @POST
    @Operation(summary = "Make an API token for the caller (staff); its secret is in this answer only")
    public Response create(NewToken body) {
        return made(me(), body);
    }

    @DELETE
    @Path("{tokenId}")
    @Operation(summary = "Revoke one of the caller's API tokens")
    public TokenJson revoke(@PathParam("tokenId") String tokenId) {
        return TokenJson.of(tokens.revoke(me(), Api.id(tokenId, "token.notFound")));
    }

    Response made(long accountId, NewToken body) {
        return made(tokens, me(), accountId, body);
    }

    static Response made(ApiTokens tokens, long by, long accountId, NewToken body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        ApiTokens.Created c = tokens.create(accountId, body.name(), body.scope(), body.expiresInDays(), by);
        ApiToken t = c.token();
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedJson(t.getId(), t.getName(), t.getScope(), t.getExpiresAt(), c.secret()))
                .build();
    }

    /** The caller's account id; 401 anonymous, 403 for a token (tokens do not make tokens). */
    long me() {
        return caller(security, request);
    }

    static long caller(SecurityContext security, HttpServletRequest request) {
        if (security.getUserPrincipal() == null) {
            throw new SecurityException("anonymous");
        }
        if (request.getAttribute(PodiumAuthentication.TOKEN) != null) {
            throw PodiumException.forbidden("token.fromToken");
        }
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
