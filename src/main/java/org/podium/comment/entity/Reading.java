package org.podium.comment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.List;
import org.podium.analysis.tone.Tone;

/**
 * What the analysis read in a comment's text (docs/analysis.md), or what a clerk corrected: stance, tone, topics, the
 * text's fingerprint and the item it seems to be about. Staff only, never public. A value: the comment replaces it
 * whole; a clerk's corrections and re-readings are written in bulk, not through the entity, so that they never make a
 * clerk's decision look stale.
 */
@Embeddable
public class Reading implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Who set the stance: the three ways the machine reads one, or a clerk. */
    public enum Source {
        /** A cue phrase such as "I oppose" or "please vote yes". */
        CUE,
        /** The model of the item, trained on its clerks' labels. */
        ITEM,
        /** The general model, which reads the item's title as the target. */
        GENERAL,
        /** Far in meaning from the item (the sentence model): about something else, no side toward it. */
        OFFTOPIC,
        /** A clerk set it; later re-readings leave it alone. */
        CLERK
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "stance", length = 8)
    private Position stance;

    @Column(name = "stance_confidence")
    private Double confidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "stance_source", length = 8)
    private Source source;

    @Column(name = "stance_review", nullable = false)
    private boolean review;

    @Column(name = "stance_mismatch", nullable = false)
    private boolean mismatch;

    @Column(name = "tone")
    private Double tone;

    /** Topics joined by "|" (see {@link Comment#joinTopics}). */
    @Column(name = "topics", length = Comment.TOPICS_MAX)
    private String topics;

    @Column(name = "topics_by_clerk", nullable = false)
    private boolean topicsByClerk;

    @Column(name = "text_hash")
    private Long textHash;

    @Column(name = "suggested_item_id")
    private Long suggestedItemId;

    /** Not read yet. */
    public Reading() {}

    public Reading(
            Position stance,
            double confidence,
            Source source,
            boolean review,
            boolean mismatch,
            double tone,
            String topics,
            boolean topicsByClerk,
            long textHash,
            Long suggestedItemId) {
        this.stance = stance;
        this.confidence = confidence;
        this.source = source;
        this.review = review;
        this.mismatch = mismatch;
        this.tone = tone;
        this.topics = topics;
        this.topicsByClerk = topicsByClerk;
        this.textHash = textHash;
        this.suggestedItemId = suggestedItemId;
    }

    public Position getStance() {
        return stance;
    }

    public Double getConfidence() {
        return confidence;
    }

    public Source getSource() {
        return source;
    }

    /** A clerk set the stance. */
    public boolean isByClerk() {
        return source == Source.CLERK;
    }

    /**
     * Read by the general model, the item having no clerks' labels yet: measured, its confidence is far above how
     * often it is right on targets it never saw (docs/analysis.md, calibration), so pages say it is a guess.
     */
    public boolean isGuess() {
        return source == Source.GENERAL;
    }

    /** Read as about something else than its item (its meaning far from the item's): no side toward it. */
    public boolean isElsewhere() {
        return source == Source.OFFTOPIC;
    }

    /** Unsure: the confidence was below the threshold, a clerk should look. */
    public boolean isReview() {
        return review;
    }

    /** The stance read disagrees with the position the author declared. */
    public boolean isMismatch() {
        return mismatch;
    }

    public Double getTone() {
        return tone;
    }

    /** NEGATIVE, NEUTRAL or POSITIVE by VADER's cut-offs; null before analysis. */
    public String getToneLabel() {
        return tone == null ? null : Tone.label(tone).name();
    }

    public List<String> getTopicList() {
        return topics == null || topics.isEmpty() ? List.of() : List.of(topics.split("\\|"));
    }

    /** A clerk set the topics: later re-readings leave them alone. */
    public boolean isTopicsByClerk() {
        return topicsByClerk;
    }

    public Long getTextHash() {
        return textHash;
    }

    public Long getSuggestedItemId() {
        return suggestedItemId;
    }
}
