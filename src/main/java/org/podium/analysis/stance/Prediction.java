package org.podium.analysis.stance;

/**
 * A stance with the model's confidence (0 … 1) and where it came from. {@code needsReview} is set when the confidence
 * is below the threshold: the product shows "needs review" rather than a confident guess.
 */
public record Prediction(Stance stance, double confidence, Source source, boolean needsReview) {

    /** Where a prediction came from. */
    public enum Source {
        /** A cue phrase such as "I oppose" or "please vote yes". */
        CUE,
        /** The model of this item, trained on its clerks' labels. */
        ITEM,
        /** The general model, which reads the item's title as the target. */
        GENERAL,
        /** The comment's meaning is far from the item's (the sentence model): about something else, no side. */
        OFFTOPIC
    }
}
