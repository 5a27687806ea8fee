package org.podium.insight.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;

/** Staff: an item's form-letter campaigns. */
@Path("items/{itemId}/campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemCampaignsResource {

    public record Campaigns(long itemId, List<ItemCampaigns.Campaign> campaigns) {}

    @Inject
    ItemCampaigns campaigns;

    @GET
    @Operation(
            summary = "The item's campaigns of two comments or more, largest first: the first comment's tracking "
                    + "number and text, the size, the members' texts where they differ (up to 20), the signers (a withheld name "
                    + "as the tracking number) and the declared positions (clerks, council members, administrators)")
    public Campaigns list(@PathParam("itemId") String itemId) {
        long id = Api.id(itemId, "item.notFound");
        return new Campaigns(id, campaigns.campaigns(id));
    }
}
