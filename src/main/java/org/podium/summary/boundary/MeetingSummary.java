package org.podium.summary.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A meeting at a glance: each item's figures (from its summary) and the meeting's totals. Counted as in
 * {@link ItemSummary}. {@code titleEs}: the Spanish version of a title, null where the clerk gave none.
 */
public record MeetingSummary(
        long meetingId,
        String title,
        String titleEs,
        long total,
        Map<String, Long> byPosition,
        Map<String, Long> byStance,
        long mismatches,
        long inCampaigns,
        long speakers,
        List<Item> items)
        implements Serializable {

    public record Item(
            long itemId,
            String number,
            String title,
            String titleEs,
            long total,
            Map<String, Long> byPosition,
            Map<String, Long> byStance,
            long mismatches,
            long unique,
            long inCampaigns,
            int campaigns,
            long speakers)
            implements Serializable {}
}
