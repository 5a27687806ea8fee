package org.podium.analysis.tone;

/**
 * The tone of a text: VADER's compound score (−1 … 1) and the shares of positive, negative and neutral words. Tone is
 * how a comment sounds, never whether it supports the item: an angry comment may support it.
 */
public record Tone(double compound, double positive, double negative, double neutral) {

    /** VADER's usual cut-offs: compound ≥ 0.05 positive, ≤ −0.05 negative, else neutral. */
    public Label label() {
        return label(compound);
    }

    /** The one tone scale of Podium: the label of a compound score, by VADER's usual cut-offs. */
    public static Label label(double compound) {
        return compound >= 0.05 ? Label.POSITIVE : compound <= -0.05 ? Label.NEGATIVE : Label.NEUTRAL;
    }

    /** Heated: a compound score beyond ±0.8 (the summary's quotes leave such comments out while calmer ones remain). */
    public static boolean heated(Double compound) {
        return compound != null && Math.abs(compound) > HEATED;
    }

    static final double HEATED = 0.8;

    public enum Label {
        NEGATIVE,
        NEUTRAL,
        POSITIVE
    }
}
