package org.podium.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;
import org.podium.platform.Api;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** Administrators manage staff accounts and roles (HTTP Basic). */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminUsersResource {

    public record UserJson(
            long id,
            String email,
            String displayName,
            Set<Role> roles,
            boolean verified,
            boolean enabled,
            boolean twoFactor) {
        static UserJson of(Account a) {
            return new UserJson(
                    a.getId(),
                    a.getEmail(),
                    a.getDisplayName(),
                    a.getRoles(),
                    a.isEmailVerified(),
                    a.isEnabled(),
                    a.hasTotp());
        }
    }

    public record NewStaff(String displayName, String email, String password, List<String> roles) {}

    public record RoleChange(List<String> roles) {}

    /** One page of accounts; {@code page} counts from 0, as the other lists of the API. */
    public record UserPage(List<UserJson> items, int page, int size, long total) {}

    @Inject
    Accounts accounts;

    @Inject
    PodiumConfig config;

    @Inject
    TwoFactor twoFactor;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Accounts whose name or address contains q, by name, a page at a time (administrators)")
    public UserPage list(
            @Parameter(description = "part of a name or an e-mail address; all accounts when absent") @QueryParam("q")
                    String q,
            @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "page size, 1 to 200") @QueryParam("size") @DefaultValue("25") String size) {
        int p = Api.page(page);
        int n = Api.integer("size", size);
        if (p < 0 || p > Api.MAX_PAGE) {
            throw PodiumException.invalid("page", "paging.page", Api.MAX_PAGE);
        }
        if (n < 1 || n > 200) {
            throw PodiumException.invalid("size", "paging.size", 200);
        }
        Accounts.AccountPage result = accounts.search(q, p + 1, n);
        // a page past the end is empty, not the last one again
        List<UserJson> items = result.page() == p + 1
                ? result.accounts().stream().map(UserJson::of).toList()
                : List.of();
        return new UserPage(items, p, n, result.total());
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable an account: no login from now on, and its sessions end (administrators)")
    public UserJson disable(@PathParam("id") String id) {
        // anonymous: -1, and the boundary's role check answers 401
        long me = security.getUserPrincipal() == null
                ? -1
                : Long.parseLong(security.getUserPrincipal().getName());
        return UserJson.of(accounts.disable(Api.id(id, "account.notFound"), me));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled account again (administrators)")
    public UserJson enable(@PathParam("id") String id) {
        return UserJson.of(accounts.enable(Api.id(id, "account.notFound")));
    }

    @POST
    @Path("{id}/password-reset")
    @Operation(summary = "Mail the account a one-time link to choose a new password, valid one hour (administrators)")
    public UserJson sendPasswordReset(@PathParam("id") String id) {
        return UserJson.of(accounts.sendPasswordReset(Api.id(id, "account.notFound"), Api.baseUrl(config, uri)));
    }

    @POST
    @Path("{id}/two-factor/reset")
    @Operation(
            summary = "Remove an account's second factor (a lost phone): its sessions end, it enrols again at its"
                    + " next login (administrators)")
    public UserJson resetTwoFactor(@PathParam("id") String id) {
        return UserJson.of(twoFactor.reset(Api.id(id, "account.notFound")));
    }

    /** The administrator's security settings. */
    public record SecurityJson(Boolean staffTwoFactor) {}

    @GET
    @Path("security")
    @Operation(summary = "Whether every staff account must sign in with a second factor (administrators)")
    public SecurityJson security() {
        if (!security.isUserInRole(Role.ADMIN_NAME)) {
            throw new SecurityException("not an administrator");
        }
        return new SecurityJson(twoFactor.staffRequired());
    }

    @PUT
    @Path("security")
    @Operation(summary = "Require (or not) a second factor of every staff account (administrators)")
    public SecurityJson changeSecurity(SecurityJson body) {
        if (body == null || body.staffTwoFactor() == null) {
            throw PodiumException.invalid("staffTwoFactor", "problem.bodyRequired");
        }
        twoFactor.requireForStaff(body.staffTwoFactor());
        return new SecurityJson(twoFactor.staffRequired());
    }

    @POST
    @Operation(summary = "Create a staff account with its roles (administrators)")
    public Response create(NewStaff body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        Account a = accounts.createStaff(
                new AccountData(body.displayName(), body.email(), body.password(), roles(body.roles())));
        return Response.status(Response.Status.CREATED).entity(UserJson.of(a)).build();
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace an account's roles (administrators)")
    public UserJson changeRoles(@PathParam("id") long id, RoleChange body) {
        return UserJson.of(accounts.changeRoles(id, roles(body == null ? null : body.roles())));
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String n : names) {
                try {
                    roles.add(Role.valueOf(n == null ? "" : n.strip()));
                } catch (IllegalArgumentException e) {
                    throw PodiumException.invalid("roles", "account.roles.unknown", String.valueOf(n));
                }
            }
        }
        return roles;
    }
}
