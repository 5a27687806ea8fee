package org.podium.comment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Where a comment stands with the clerks: the pre-screen's flags and suggested redactions, the spans a clerk redacted,
 * its place in the queue, the residents' reports and whether they hid it. A value: each change makes a new one, so the
 * decision trail can keep the state before a decision and an undo can put it back.
 */
@Embeddable
public class ModerationState implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The pre-screen's flags (codes joined by commas), for the clerk: never shown to the public. */
    @Column(name = "flags", length = 120)
    private String flags;

    /** The pre-screen's suggested redactions ({@link Span} form), for the clerk to accept or not. */
    @Column(name = "suggested_redactions", length = 2000)
    private String suggestedRedactions;

    /** The spans a clerk redacted: every public surface shows the marker in their place; the record keeps the text. */
    @Column(name = "redactions", length = 2000)
    private String redactions;

    /** Where the comment waits in the moderation queue; null when it waits for nobody. */
    @Column(name = "queue_priority")
    @Convert(converter = QueuePlace.Column.class)
    private QueuePlace queuePlace;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    /** Hidden from the public after enough residents reported it, until a clerk decides. */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    protected ModerationState() {}

    private ModerationState(
            String flags,
            String suggestedRedactions,
            String redactions,
            QueuePlace queuePlace,
            int reportCount,
            Instant hiddenAt) {
        this.flags = flags;
        this.suggestedRedactions = suggestedRedactions;
        this.redactions = redactions;
        this.queuePlace = queuePlace;
        this.reportCount = reportCount;
        this.hiddenAt = hiddenAt;
    }

    /** A new comment: waiting in the queue, or (late) for nobody. */
    static ModerationState waiting(QueuePlace place) {
        return new ModerationState(null, null, null, place, 0, null);
    }

    ModerationState screened(String flagCodes, String suggested) {
        return new ModerationState(flagCodes, suggested, redactions, queuePlace, reportCount, hiddenAt);
    }

    ModerationState redacted(String spans) {
        return new ModerationState(flags, suggestedRedactions, spans, queuePlace, reportCount, hiddenAt);
    }

    ModerationState queued(QueuePlace place) {
        return new ModerationState(flags, suggestedRedactions, redactions, place, reportCount, hiddenAt);
    }

    ModerationState hidden(Instant at) {
        return new ModerationState(flags, suggestedRedactions, redactions, queuePlace, reportCount, at);
    }

    ModerationState reported() {
        return new ModerationState(flags, suggestedRedactions, redactions, queuePlace, reportCount + 1, hiddenAt);
    }

    public List<String> getFlagCodes() {
        return flags == null ? List.of() : List.of(flags.split(","));
    }

    public String getFlags() {
        return flags;
    }

    public List<Span> getSuggestedRedactions() {
        return Span.parse(suggestedRedactions);
    }

    public List<Span> getRedactions() {
        return Span.parse(redactions);
    }

    /** The redactions as stored (the decision trail keeps them so). */
    String redactionsAsStored() {
        return redactions;
    }

    public boolean isRedacted() {
        return redactions != null;
    }

    public QueuePlace getQueuePlace() {
        return queuePlace;
    }

    public int getReportCount() {
        return reportCount;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /**
     * The pre-screen flagged personal data (a phone number, an address, …) and the redactions do not cover what it
     * found: publishing now would put it on every public surface and into the record's exports.
     */
    public boolean hasUnredactedPersonalData() {
        if (!getFlagCodes().contains("personal-data")) {
            return false;
        }
        List<Span> done = getRedactions();
        List<Span> found = getSuggestedRedactions();
        if (found.isEmpty()) {
            return done.isEmpty();
        }
        return !found.stream().allMatch(f -> done.stream().anyMatch(d -> d.start() <= f.start() && d.end() >= f.end()));
    }
}
