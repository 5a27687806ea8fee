package org.podium.summary.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.podium.insight.boundary.ItemKeyPoints;

/**
 * The summary of an item's comments. Counts are over the comments that are part of the item's public comment:
 * received, published, kept for the record only, in the record — not rejected or withdrawn ({@code byStatus} counts
 * every status). {@code keyPoints}: the points residents made, per side, with the comments that make each (for staff:
 * every counted comment; {@code publicKeyPoints}: published comments only, what the public is shown, never sent).
 * {@code titleEs}: the item's title in Spanish, null where none is given. {@code byWard}: null is "not
 * given". Quotes are published comments only.
 */
public record ItemSummary(
        long itemId,
        long meetingId,
        String number,
        String title,
        String titleEs,
        Instant computedAt,
        long total,
        Map<String, Long> byStatus,
        Map<String, Long> byPosition,
        Map<String, Long> byStance,
        long mismatches,
        long needsReview,
        Map<String, Long> byChannel,
        List<Ward> byWard,
        long unique,
        long inCampaigns,
        List<Campaign> campaigns,
        List<Topic> topics,
        List<Arrival> arrivals,
        Speakers speakers,
        ItemKeyPoints.View keyPoints,
        ItemKeyPoints.View publicKeyPoints,
        long computeMillis)
        implements Serializable {

    /** The summary as one kind of reader is sent it: these wards and these key points (never both views). */
    public ItemSummary as(List<Ward> wards, ItemKeyPoints.View shownKeyPoints) {
        return new ItemSummary(
                itemId,
                meetingId,
                number,
                title,
                titleEs,
                computedAt,
                total,
                byStatus,
                byPosition,
                byStance,
                mismatches,
                needsReview,
                byChannel,
                wards,
                unique,
                inCampaigns,
                campaigns,
                topics,
                arrivals,
                speakers,
                shownKeyPoints,
                null,
                computeMillis);
    }

    /** {@code ward} null (written as null, never left out): the resident did not give one. */
    @JsonbNillable
    public record Ward(String ward, long count) implements Serializable {}

    /** A form-letter campaign of two comments or more: its first comment and, when published, its text. */
    public record Campaign(long campaignId, String representativeTracking, long size, String text)
            implements Serializable {}

    public record Quote(String trackingNumber, String text) implements Serializable {}

    /** {@code topicEs}: the topic's name in Spanish where the clerks gave one, else null. */
    public record Topic(String topic, String topicEs, long count, Map<String, Long> byPosition, List<Quote> quotes)
            implements Serializable {}

    /** Comments received in one hour (UTC), counted ones only. */
    public record Arrival(Instant hour, long count) implements Serializable {}

    /** The item's speakers: confirmed, on the waiting list, and those who spoke. */
    public record Speakers(long confirmed, long waitlisted, long spoke) implements Serializable {}
}
