package org.podium.analysis.stance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.SentenceVectors;
import org.podium.analysis.text.Text;
import org.podium.analysis.text.WordSet;

/**
 * The stance model for an item no clerk has labelled yet: it reads the item's title (the motion) as the target. It is
 * trained on arguments for and against policy motions (IBM ArgQ-Rank-30k, CC-BY-SA 3.0, at build time) and knows one
 * thing about the target: whether the motion is to stop something ("ban", "abolish", "repeal", "cut" …) or to do it,
 * because the same words argue for one and against the other. Every feature is also learnt in conjunction with that
 * direction. Two classes: SUPPORT and OPPOSE; "neutral" is for the confidence threshold to say.
 *
 * <p>A second general model also reads what the argument means as a whole: its sentence vector
 * ({@link SentenceVectors}, all-MiniLM-L6-v2) beside the n-grams, once as it is and once in conjunction with the
 * motion's direction. It is what the reading in the background uses, where the sentence model runs (never on a
 * resident's wait); on motions it never saw (ArgQ, 5 folds by motion) it scores macro-F1 0.790 against the words-only
 * model's 0.757. Embedding the 24,182 arguments takes a couple of minutes, so that model is not trained at build time:
 * it is shipped ({@value #MEANING_RESOURCE}, made by {@code train-general --model sentence}; src/main/analysis/README.md).
 */
public final class GeneralModel {

    static final int BITS = 18;
    static final String RESOURCE = "general-stance.model.gz";

    private static final WordSet STOPPING = WordSet.of(
            "abolish",
            "ban",
            "prohibit",
            "end",
            "stop",
            "cancel",
            "close",
            "limit",
            "restrict",
            "reduce",
            "cut",
            "repeal",
            "eliminate",
            "outlaw",
            "abandon",
            "decrease",
            "disband",
            "oppose",
            "reject",
            "not",
            "deny",
            "remove",
            "halt",
            "phase",
            "suspend",
            "withdraw",
            "freeze",
            "lower",
            "defund",
            "terminate",
            "criminalize",
            "criminalise",
            "shut",
            "scrap",
            "drop",
            "prevent",
            "against",
            "banned",
            "ended",
            "abolition",
            "abandoned",
            "prohibited",
            "repealed",
            "harm",
            "harmful",
            "fight",
            "criminal",
            "illegal",
            "no",
            "never",
            "less",
            "fewer");

    static final String MEANING_RESOURCE = "general-stance-meaning.model.gz";

    /**
     * A sentence vector's weight beside the n-grams (both have length 1): chosen on the ArgQ folds by motion (0.25,
     * 0.35, 0.5, 0.7, 1, 2: macro-F1 0.790, 0.792, 0.790, 0.784, 0.775, 0.744).
     */
    static final double MEANING_SCALE = 0.35;

    private static final int SALT = 0x3c6ef372;

    private static volatile GeneralModel shipped;

    private static volatile Optional<GeneralModel> shippedMeaning;

    private final Features features = new Features(BITS);
    private final LinearModel model;

    private GeneralModel(LinearModel model) {
        this.model = model;
    }

    /** Whether it reads the argument's sentence vector too (trained with them). */
    public boolean readsMeaning() {
        return model.dims() > 1 << BITS;
    }

    /** 1 for a motion to do or add something, 2 for a motion to stop, ban or cut something. */
    static int direction(String target) {
        for (String w : Text.words(target)) {
            if (STOPPING.contains(w) || STOPPING.contains(Text.stem(w)) || w.endsWith("n't")) {
                return 2;
            }
        }
        return 1;
    }

    Sparse features(String target, String text) {
        return features(target, Prepared.of(text));
    }

    Sparse features(String target, Prepared text) {
        return features(target, text, Cues.find(text.tokens()), null);
    }

    /**
     * The n-grams, each also in conjunction with the motion's direction; for a model that reads meaning, after them
     * the sentence vector (times {@link #MEANING_SCALE}) twice: as it is, and at the indices of the direction
     * ({@code meaning} null: none, as if the vector were 0).
     */
    Sparse features(String target, Prepared text, List<Cues.Cue> cues, float[] meaning) {
        int direction = direction(target);
        Sparse grams = features.of(text, direction * SALT, cues);
        if (!readsMeaning() || meaning == null) {
            return grams;
        }
        int n = grams.size();
        int dims = SentenceVectors.DIMENSIONS;
        int[] idx = Arrays.copyOf(grams.index(), n + 2 * dims);
        float[] val = Arrays.copyOf(grams.value(), n + 2 * dims);
        int base = 1 << BITS;
        for (int d = 0; d < dims; d++) {
            float v = (float) (meaning[d] * MEANING_SCALE);
            idx[n + d] = base + d;
            val[n + d] = v;
            idx[n + dims + d] = base + direction * dims + d;
            val[n + dims + d] = v;
        }
        return new Sparse(idx, val);
    }

    /** Trains a model on (target, text, stance) rows; rows labelled NEUTRAL are left out. Words only. */
    public static GeneralModel train(List<String> targets, List<String> texts, List<Stance> labels, int epochs) {
        return train(targets, texts, labels, epochs, null);
    }

    /**
     * As above; with {@code meanings} (each text's sentence vector, in order), a model that reads meaning too.
     */
    public static GeneralModel train(
            List<String> targets, List<String> texts, List<Stance> labels, int epochs, List<float[]> meanings) {
        if (meanings != null && meanings.size() != texts.size()) {
            throw new IllegalArgumentException(meanings.size() + " sentence vectors for " + texts.size() + " texts");
        }
        int dims = meanings == null ? 1 << BITS : (1 << BITS) + 3 * SentenceVectors.DIMENSIONS;
        GeneralModel g = new GeneralModel(new LinearModel(2, dims));
        List<Sparse> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (labels.get(i) == Stance.NEUTRAL) {
                continue;
            }
            Prepared text = Prepared.of(texts.get(i));
            xs.add(g.features(
                    targets.get(i), text, Cues.find(text.tokens()), meanings == null ? null : meanings.get(i)));
            ys.add(labels.get(i) == Stance.SUPPORT ? 0 : 1);
        }
        g.model.train(xs, ys.stream().mapToInt(Integer::intValue).toArray(), epochs, 1e-5, true, 42);
        return g;
    }

    /** P(SUPPORT) toward the target. */
    public double support(String target, String text) {
        return support(target, Prepared.of(text));
    }

    public double support(String target, Prepared text) {
        return model.probabilities(features(target, text))[0];
    }

    /** With the text's cue phrases found already. */
    public double support(String target, Prepared text, List<Cues.Cue> cues) {
        return support(target, text, cues, null);
    }

    /** With the text's sentence vector too (read by a model that reads meaning; null: words only). */
    public double support(String target, Prepared text, List<Cues.Cue> cues, float[] meaning) {
        return model.probabilities(features(target, text, cues, meaning))[0];
    }

    public void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)))) {
            model.write(d);
        }
    }

    public static GeneralModel read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16))) {
            return new GeneralModel(LinearModel.read(d));
        }
    }

    /** The model that reads meaning too, shipped in the jar; empty when this build has none. */
    public static Optional<GeneralModel> shippedMeaning() {
        Optional<GeneralModel> g = shippedMeaning;
        if (g == null) {
            synchronized (GeneralModel.class) {
                if (shippedMeaning == null) {
                    try (InputStream in = GeneralModel.class.getResourceAsStream(MEANING_RESOURCE)) {
                        shippedMeaning = in == null ? Optional.empty() : Optional.of(read(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                g = shippedMeaning;
            }
        }
        return g;
    }

    /** The model built into the jar (trained at build time); empty when this build has none. */
    public static Optional<GeneralModel> shipped() {
        GeneralModel g = shipped;
        if (g == null) {
            synchronized (GeneralModel.class) {
                if (shipped == null) {
                    try (InputStream in = GeneralModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            return Optional.empty();
                        }
                        shipped = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                g = shipped;
            }
        }
        return Optional.of(g);
    }
}
