package org.podium.insight.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.platform.Api;

/** Staff: what the analysis makes of texts as comments on an item (nothing is stored). */
@Path("items/{itemId}/analysis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemAnalysisResource {

    /** Up to {@link Insight#MAX_TEXTS} texts. */
    public record Texts(List<String> texts) {}

    public record Results(List<Insight.TextAnalysis> results) {}

    /**
     * How often the machine agreed with the clerks' labels on the item (each comment's first label), and with their
     * decisions on topics (each comment and topic's first).
     */
    public record Summary(
            long itemId,
            long agreed,
            long labelled,
            Integer percent,
            long topicsAgreed,
            long topicsDecided,
            Integer topicsPercent) {}

    @Inject
    Insight insight;

    @Inject
    ClerkLabels labels;

    @GET
    @Operation(
            summary = "How often the machine's stance agreed with the clerks' labels on the item, and its topics with "
                    + "their decisions: {itemId, agreed, labelled, percent, topicsAgreed, topicsDecided, topicsPercent} (clerks, "
                    + "council members, administrators)")
    public Summary summary(@PathParam("itemId") String itemId) {
        long id = Api.id(itemId, "item.notFound");
        ClerkLabels.Agreement a = labels.agreement(id);
        ClerkLabels.Agreement t = labels.topicAgreement(id);
        return new Summary(id, a.agreed(), a.labelled(), a.percent(), t.agreed(), t.labelled(), t.percent());
    }

    @POST
    @Operation(
            summary = "Stance (with confidence), tone, topics and the campaign of each text, read as comments on the "
                    + "item: {texts: [...]} → {results: [{stance, stanceConfidence, needsReview, tone, toneLabel, topics, "
                    + "campaignId}]} (clerks, council members, administrators; up to 100 texts)")
    public Results analyse(@PathParam("itemId") String itemId, Texts body) {
        long id = Api.id(itemId, "item.notFound");
        return new Results(insight.analyseTexts(id, body == null ? null : body.texts()));
    }
}
