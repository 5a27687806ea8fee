package org.podium.moderation.web;

import java.util.List;

/**
 * What a row shows that EL would otherwise compute by method calls with arguments, read once per page (the ticks
 * kept after a refused bulk action are not: the action changes them after the rows were read).
 */
public final class QueueRow {
    private final boolean askFirst;
    private final long campaignSize;
    private final String receivedIso;
    private final String receivedFull;
    private final String receivedShort;
    private final String excerpt;
    private final List<TopicButton> topics;

    QueueRow(
            boolean askFirst,
            long campaignSize,
            String receivedIso,
            String receivedFull,
            String receivedShort,
            String excerpt,
            List<TopicButton> topics) {
        this.askFirst = askFirst;
        this.campaignSize = campaignSize;
        this.receivedIso = receivedIso;
        this.receivedFull = receivedFull;
        this.receivedShort = receivedShort;
        this.excerpt = excerpt;
        this.topics = topics;
    }

    /** Flagged obscene or threatening: publishing it asks first. */
    public boolean isAskFirst() {
        return askFirst;
    }

    public long getCampaignSize() {
        return campaignSize;
    }

    public String getReceivedIso() {
        return receivedIso;
    }

    public String getReceivedFull() {
        return receivedFull;
    }

    public String getReceivedShort() {
        return receivedShort;
    }

    /** The first 160 characters, with an ellipsis when there is more. */
    public String getExcerpt() {
        return excerpt;
    }

    /** The comment's topics, named in the reader's language. */
    public List<TopicButton> getTopics() {
        return topics;
    }
}
