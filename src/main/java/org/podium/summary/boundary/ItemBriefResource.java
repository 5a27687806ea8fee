package org.podium.summary.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.podium.meeting.boundary.Meetings;
import org.podium.platform.Api;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumConfig;
import org.podium.summary.control.BriefPdf;

/** An item's one-page brief as PDF (council members, clerks, administrators). */
@Path("items/{itemId}/brief.pdf")
@RequestScoped
public class ItemBriefResource {

    @Inject
    Briefs briefs;

    @Inject
    PodiumConfig config;

    @Inject
    Meetings meetings;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "The item's summary on one page, as PDF, in the reader's language: totals, positions "
                    + "declared and read, the leading topics with a typical quote, the largest campaigns, channels, speakers "
                    + "(council members, clerks, administrators)")
    public Response get(
            @PathParam("itemId") String itemId,
            @QueryParam("lang") @Parameter(description = "en or es: the brief's language (else Accept-Language's)")
                    String language) {
        ItemSummary s = briefs.summary(Api.id(itemId, "item.notFound"));
        // the page's language, which its link names, else the browser's
        var lang = Bundles.supported(
                language != null && !language.isBlank()
                        ? Locale.forLanguageTag(language.strip())
                        : Api.locale(headers));
        var m = meetings.meeting(s.meetingId());
        var brief = new BriefPdf(lang, config.zone());
        var line = new BriefPdf.MeetingLine(
                brief.inLanguage(m.getTitle(), m.getTitleEs()), m.getStartsAt(), m.getLocation());
        StreamingOutput pdf = out -> brief.write(s, line, out);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"item-" + s.itemId() + "-brief.pdf\"")
                .build();
    }
}
