package org.podium.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.podium.comment.boundary.CommentJson;
import org.podium.comment.boundary.CommentSearch;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Position;
import org.podium.platform.Api;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/** The moderation queue for clerks (HTTP Basic). */
@Path("clerk/queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    /**
     * One comment of the queue. {@code flags}: the pre-screen's codes; {@code suggestedRedactions}: spans of the text
     * ([start, end) in UTF-16 units) the pre-screen suggests; {@code appeal}: the author's message, when appealed.
     */
    public record Row(
            String trackingNumber,
            long meetingId,
            long itemId,
            String item,
            String channel,
            String position,
            String status,
            OffsetDateTime receivedAt,
            boolean verified,
            boolean disowned,
            boolean late,
            List<String> flags,
            List<CommentJson.SpanJson> suggestedRedactions,
            int reports,
            boolean hidden,
            String appeal,
            String excerpt,
            long version,
            CommentJson.Analysis analysis) {}

    /** {@code total} is exact up to 1,000; above it {@code more} is true and {@code total} is 1,000. */
    public record PageJson(List<Row> items, int page, int size, long total, boolean more, boolean hasNext) {}

    @Inject
    Queue queue;

    @Inject
    PodiumConfig config;

    @GET
    @Operation(
            summary = "Comments waiting for a clerk (without status: reported and hidden first, then appeals, then "
                    + "new comments), oldest first; filters meeting, item, position, channel, verified=true|false, "
                    + "flag=flagged|personal-data|obscenity|threat|link|disposable-email|burst|disowned|late|reported|hidden|"
                    + "appeal|needs-review|mismatch, campaign (the id of a campaign's first comment), status, "
                    + "sort=oldest|newest (clerks)")
    public PageJson list(
            @QueryParam("meeting") String meeting,
            @QueryParam("item") String item,
            @QueryParam("position") String position,
            @QueryParam("channel") String channel,
            @QueryParam("verified") String verified,
            @QueryParam("flag") String flag,
            @QueryParam("status") String status,
            @QueryParam("campaign") String campaign,
            @QueryParam("sort") @DefaultValue("oldest") String sort,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        if (!sort.equals("oldest") && !sort.equals("newest")) {
            throw PodiumException.invalid("sort", "queue.sort.unknown");
        }
        CommentSearch.Filter f = new CommentSearch.Filter(
                meeting == null ? null : Api.id(meeting, "meeting.notFound"),
                item == null ? null : Api.id(item, "item.notFound"),
                value(Position.class, "position", position),
                value(Channel.class, "channel", channel),
                bool(verified),
                flag == null || flag.isBlank() ? null : flag.strip().toLowerCase(Locale.ROOT),
                value(CommentStatus.class, "status", status),
                sort.equals("newest"),
                campaign == null || campaign.isBlank() ? null : Api.id(campaign, "analysis.campaign.notFound"));
        var p = queue.list(f, Api.page(page), Api.integer("size", size));
        return new PageJson(
                p.items().stream().map(this::row).toList(), p.page(), p.size(), p.total(), p.more(), p.hasNext());
    }

    private Row row(Comment c) {
        String body = c.getBody();
        return new Row(
                c.getTrackingNumber(),
                c.getItem().getMeeting().getId(),
                c.getItem().getId(),
                c.getItem().getNumber() + " " + c.getItem().getTitle(),
                c.getChannel().name(),
                c.getPosition() == null ? null : c.getPosition().name(),
                c.getStatus().name(),
                c.getReceivedAt().atZone(config.zone()).toOffsetDateTime(),
                !c.isUnverified(),
                c.getDisownedAt() != null,
                c.isLate(),
                c.getModeration().getFlagCodes(),
                CommentJson.spans(c.getModeration().getSuggestedRedactions()),
                c.getModeration().getReportCount(),
                c.getModeration().isHidden(),
                c.getAppeal() == null ? null : c.getAppeal().getText(),
                body.length() > 200 ? body.substring(0, 200) + "…" : body,
                c.getVersion(),
                CommentJson.analysis(c));
    }

    static <E extends Enum<E>> E value(Class<E> type, String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PodiumException.invalid(field, "queue.value.unknown", v.strip());
        }
    }

    static Boolean bool(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw PodiumException.invalid("verified", "queue.value.unknown", v.strip());
        };
    }
}
