package org.podium.insight.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;

/** A clerk's edits of one key point, each one step; the item's comments are matched again at once, in the background. */
@Path("clerk/key-points/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClerkKeyPointResource {

    public record Wording(String text) {}

    public record Merge(Long into) {}

    public record Split(List<String> texts) {}

    /** The item the edited point belongs to. */
    public record Done(long itemId) {}

    @Inject
    KeyPointEdits edits;

    @PATCH
    @Operation(summary = "Rename a key point {text} (clerks): the wording is the clerk's from now on")
    public Done rename(@PathParam("id") String id, Wording body) {
        return new Done(edits.rename(Api.id(id, "keypoint.notFound"), body == null ? null : body.text()));
    }

    @DELETE
    @Operation(
            summary = "Retire a key point (clerks): listed no more, never proposed again; its comments stay and may "
                    + "make the other points")
    public Done retire(@PathParam("id") String id) {
        return new Done(edits.retire(Api.id(id, "keypoint.notFound")));
    }

    @POST
    @Path("merge")
    @Operation(
            summary = "Merge a key point into another of the same item and side {into: id} (clerks): one point from "
                    + "now on, made by the comments of both")
    public Done merge(@PathParam("id") String id, Merge body) {
        return new Done(edits.merge(Api.id(id, "keypoint.notFound"), body == null ? null : body.into()));
    }

    @POST
    @Path("split")
    @Operation(
            summary = "Split a key point {texts: [two to five wordings]} (clerks): 201 {ids}; it is retired and each "
                    + "wording becomes a point in the clerk's words")
    public Response split(@PathParam("id") String id, Split body) {
        List<Long> ids = edits.split(Api.id(id, "keypoint.notFound"), body == null ? null : body.texts());
        return Response.status(Response.Status.CREATED)
                .entity(new ClerkKeyPointsResource.Created(ids))
                .build();
    }
}
