package org.podium.analysis.stance;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.tone.Vader;

/**
 * Stance toward an item, from what is known about it: the item's own model once its clerks have labelled comments;
 * before that, a cue phrase when the comment states its position, a verdict in plain words ("this levy is a scam"), no
 * side at all when it asks, requests information, speaks of the process or weighs both sides ({@link Phrases}), else
 * the general model reading the item's title as the motion — unless the comment's meaning is far from the item's
 * (its closeness, from the sentence model, below {@link #ABOUT}): then it is about something else and takes no side
 * toward this item. Below the confidence threshold the prediction is marked for review, never passed off as certain.
 */
public final class StanceAnalyzer {

    /** Below this confidence a prediction needs a clerk's review. */
    public static final double DEFAULT_THRESHOLD = 0.6;

    static final double CUE_CONFIDENCE = 0.9;

    /** A verdict in plain words ("this levy is a scam"): a position, less sure than a stated one. */
    static final double VERDICT_CONFIDENCE = 0.8;

    /** A question, a request for information, a procedural remark, both sides weighed: no side taken. */
    static final double NEUTRAL_CONFIDENCE = 0.75;

    /**
     * How far the general model's answer is trusted on an item it was not trained on: its confidence p is said as
     * 0.5 + (p − 0.5) × this. Measured on the civic development set, where its answers were right 56 % of the time
     * whatever it said (0.71 on average; 0.40 and 0.35 on SemEval and VAST): a reading from it is a guess, said as one
     * (below the review threshold: "unsure"), until the item's clerks have taught its own model.
     */
    static final double GENERAL_SHRINK = 0.3;

    /**
     * Below this closeness to the item's title (the cosine of the two texts' sentence vectors, all-MiniLM-L6-v2) a
     * comment with no stated position is about something else: NEUTRAL toward the item. Chosen on VAST's development
     * pairs, where a third of the NONE pairs join a comment to a topic it is not about (macro-F1 0.30 → 0.56 without
     * labels); the civic development set, whose comments are all about their item, keeps its 0.79 (docs/analysis.md).
     */
    public static final double ABOUT = 0.10;

    /** How often "about something else" was right on VAST's development pairs (0.88) and SemEval's (0.73). */
    static final double ABOUT_ELSE_CONFIDENCE = 0.8;

    private final GeneralModel general;
    private final GeneralModel generalMeaning;
    private final double threshold;

    /** With one general model (a model that reads meaning is used for both readings). */
    public StanceAnalyzer(GeneralModel general, double threshold) {
        this(general, general != null && general.readsMeaning() ? general : null, threshold);
    }

    /**
     * @param generalMeaning the general model that reads meaning too, for texts whose sentence vector is given; null:
     *     {@code general} reads them by their words
     */
    public StanceAnalyzer(GeneralModel general, GeneralModel generalMeaning, double threshold) {
        this.general = general;
        this.generalMeaning = generalMeaning;
        this.threshold = threshold;
    }

    /** With the shipped general models (cue phrases only, when the build has none). */
    public static StanceAnalyzer shipped() {
        return new StanceAnalyzer(
                GeneralModel.shipped().orElse(null),
                GeneralModel.shippedMeaning().orElse(null),
                DEFAULT_THRESHOLD);
    }

    /** {@code item} may be null: the item has no model of its own yet. */
    public Prediction predict(String target, String text, ItemModel item) {
        return predict(
                target,
                Prepared.of(text),
                item == null ? 0 : Vader.get().score(text).compound(),
                item);
    }

    /**
     * @param tone the text's VADER compound score: read by the item's own model only (which learnt from the item's
     *     labels whether tone leans either way there); cue phrases and the general model ignore it
     */
    public Prediction predict(String target, Prepared text, double tone, ItemModel item) {
        return predict(target, text, tone, item, OptionalDouble.empty());
    }

    /**
     * @param closeness the comment's closeness to the item's title (see {@link #ABOUT}), when the sentence model read
     *     them; read by the general model's step only (an item's own model learnt what is beside its point)
     */
    public Prediction predict(String target, Prepared text, double tone, ItemModel item, OptionalDouble closeness) {
        return predict(target, text, tone, item, closeness, null);
    }

    /**
     * @param meaning the comment's sentence vector, when the sentence model read it: an item's model trained with the
     *     sentence model reads it too ({@link ItemModel#probabilities(Prepared, double, float[])}), and so does the
     *     general model that reads meaning; null: words only
     */
    public Prediction predict(
            String target, Prepared text, double tone, ItemModel item, OptionalDouble closeness, float[] meaning) {
        if (item != null && item.trusted()) {
            double[] p = item.probabilities(text, tone, meaning);
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            return prediction(Stance.values()[best], p[best], Prediction.Source.ITEM);
        }
        List<Cues.Cue> cues = Cues.find(text.tokens());
        Optional<Stance> cue = Cues.stated(cues);
        if (cue.isPresent()) {
            return prediction(cue.get(), CUE_CONFIDENCE, Prediction.Source.CUE);
        }
        Optional<Stance> verdict = Phrases.verdict(text);
        if (verdict.isPresent()) {
            return prediction(verdict.get(), VERDICT_CONFIDENCE, Prediction.Source.CUE);
        }
        if (Phrases.neutral(text).isPresent()) {
            return prediction(Stance.NEUTRAL, NEUTRAL_CONFIDENCE, Prediction.Source.CUE);
        }
        if (closeness.isPresent() && closeness.getAsDouble() < ABOUT) {
            return prediction(Stance.NEUTRAL, ABOUT_ELSE_CONFIDENCE, Prediction.Source.OFFTOPIC);
        }
        if (general == null) {
            return new Prediction(Stance.NEUTRAL, 0, Prediction.Source.GENERAL, true);
        }
        double support = meaning != null && generalMeaning != null
                ? generalMeaning.support(target, text, cues, meaning)
                : general.support(target, text, cues);
        double said = 0.5 + (Math.max(support, 1 - support) - 0.5) * GENERAL_SHRINK;
        return prediction(support >= 0.5 ? Stance.SUPPORT : Stance.OPPOSE, said, Prediction.Source.GENERAL);
    }

    private Prediction prediction(Stance stance, double confidence, Prediction.Source source) {
        return new Prediction(stance, confidence, source, confidence < threshold);
    }
}
