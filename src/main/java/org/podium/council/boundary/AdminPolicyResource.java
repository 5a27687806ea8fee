package org.podium.council.boundary;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.council.entity.ModerationReason;
import org.podium.platform.PodiumException;

/** Administrators keep the posting policy (HTTP Basic). */
@Path("admin/policy/reasons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminPolicyResource {

    public record ReasonJson(
            String code,
            int position,
            String publicTextEn,
            String publicTextEs,
            String authorTextEn,
            String authorTextEs,
            Boolean active,
            Long version) {
        static ReasonJson of(ModerationReason r) {
            return new ReasonJson(
                    r.getCode(),
                    r.getPosition(),
                    r.getPublicTextEn(),
                    r.getPublicTextEs(),
                    r.getAuthorTextEn(),
                    r.getAuthorTextEs(),
                    r.isActive(),
                    r.getVersion());
        }
    }

    @Inject
    PostingPolicy policy;

    @GET
    @Operation(summary = "Every reason of the posting policy, retired ones included (administrators)")
    public List<ReasonJson> list() {
        return policy.all().stream().map(ReasonJson::of).toList();
    }

    @POST
    @Operation(summary = "Add a reason {code, publicTextEn, publicTextEs, authorTextEn, authorTextEs} (administrators)")
    public Response add(ReasonJson body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        ModerationReason r = policy.add(
                body.code(), body.publicTextEn(), body.publicTextEs(), body.authorTextEn(), body.authorTextEs());
        return Response.status(Response.Status.CREATED).entity(ReasonJson.of(r)).build();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Change a reason's wording, or retire it with active=false (administrators)")
    public ReasonJson change(@PathParam("code") String code, ReasonJson body) {
        if (body == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        return ReasonJson.of(policy.change(
                code,
                body.publicTextEn(),
                body.publicTextEs(),
                body.authorTextEn(),
                body.authorTextEs(),
                body.active() == null || body.active(),
                body.version()));
    }
}
