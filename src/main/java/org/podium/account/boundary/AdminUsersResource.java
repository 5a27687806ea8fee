package org.podium.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;
import org.podium.platform.PodiumException;

/** Administrators manage staff accounts and roles (HTTP Basic). */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminUsersResource {

    public record UserJson(long id, String email, String displayName, Set<Role> roles, boolean verified,
            boolean enabled) {
        static UserJson of(Account a) {
            return new UserJson(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles(), a.isEmailVerified(),
                    a.isEnabled());
        }
    }

    public record NewStaff(String displayName, String email, String password, List<String> roles) {
    }

    public record RoleChange(List<String> roles) {
    }

    @Inject
    Accounts accounts;

    @GET
    @Operation(summary = "Every account (administrators)")
    public List<UserJson> list() {
        return accounts.list().stream().map(UserJson::of).toList();
    }

    @POST
    @Operation(summary = "Create a staff account with its roles (administrators)")
    public Response create(NewStaff body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        Account a = accounts.createStaff(new AccountData(body.displayName(), body.email(), body.password(),
                roles(body.roles())));
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
