package org.podium.analysis.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.WordVectors;
import org.podium.analysis.tone.Vader;

/**
 * The stance model of one agenda item (one target), trained on what its clerks labelled or confirmed and, weighted
 * lower, on the positions residents declared. Retrained from scratch on every change: 5,000 labelled comments take
 * well under the 2 seconds allowed (see the analysis benchmark).
 *
 * <p>A comment is read as its hashed n-grams ({@link Features}), the mean of its words' vectors
 * ({@link WordVectors}) and its tone (VADER's compound score): with a few hundred labels the n-grams alone know only
 * the words the labelled comments used; the vectors carry what was learnt to words of similar meaning. Tone is not
 * stance, and is never taken for it: it is one number beside the comment's thousands, and the item's model learns
 * from that item's labels alone whether it leans either way there (the opponents of a levy may write angrier than its
 * supporters; on another item the supporters may), and how much.
 *
 * <p>The classes are weighted by the square root of the inverse of their frequency among the clerks' labels, so that
 * the side few residents took is not drowned by the side most took (the square root: as good as the full inverse by
 * cross-validation, and one odd label is not made to count as ten); the positions residents declared do not count
 * there, so that a few declared NEUTRAL are not blown up over what the clerks decided. The model kept is the mean of
 * the second half of its training passes, so that it does not lean on the rows it happened to see last. Every choice
 * was made by cross-validation on part of the development data, then scored on a part held out (docs/analysis.md).
 */
public final class ItemModel {

    static final int BITS = 18;
    static final int EPOCHS = 20;
    /**
     * The tone's value as a feature: about one n-gram's or one vector dimension's, so that on a handful of labels one
     * comment's unusual tone cannot single it out (at 1, one declared position outweighed six clerk labels in a unit
     * test); 0.25 and 1 scored alike by cross-validation.
     */
    static final double TONE_SCALE = 0.25;

    private static final Stance[] CLASSES = Stance.values();

    private final Features features = new Features(BITS);
    private final WordVectors vectors;
    private final LinearModel model;
    private final int examples;

    private ItemModel(int examples, WordVectors vectors) {
        this.examples = examples;
        this.vectors = vectors;
        this.model = new LinearModel(CLASSES.length, (1 << BITS) + vectors.dimensions() + 1);
    }

    /** {@code weights} may be null (all 1). */
    public static ItemModel train(List<String> texts, List<Stance> labels, double[] weights) {
        ItemModel m = new ItemModel(texts.size(), WordVectors.shipped());
        List<Sparse> xs = new ArrayList<>(texts.size());
        int[] ys = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            xs.add(m.features(
                    Prepared.of(texts.get(i)), Vader.get().score(texts.get(i)).compound()));
            ys[i] = labels.get(i).ordinal();
        }
        m.model.train(
                xs,
                ys,
                weights,
                EPOCHS,
                1e-5,
                LinearModel.balancedWeights(ys, weights, CLASSES.length, 0.5),
                7,
                EPOCHS / 2);
        return m;
    }

    public int examples() {
        return examples;
    }

    /** Probabilities in the order of {@link Stance#values()}. */
    public double[] probabilities(String text) {
        return probabilities(Prepared.of(text), Vader.get().score(text).compound());
    }

    /** @param tone the text's VADER compound score (−1 … 1) */
    public double[] probabilities(Prepared text, double tone) {
        return model.probabilities(features(text, tone));
    }

    /**
     * The n-grams (length 1) and after them, at indices of their own, the mean word vector (length 1) and the tone.
     */
    private Sparse features(Prepared text, double tone) {
        Sparse grams = features.of(text, 0);
        int n = grams.size();
        int dims = vectors.dimensions();
        float[] mean = new float[dims];
        vectors.mean(text.tokens(), mean);
        int[] idx = Arrays.copyOf(grams.index(), n + dims + 1);
        float[] val = Arrays.copyOf(grams.value(), n + dims + 1);
        int base = 1 << BITS;
        for (int d = 0; d < dims; d++) {
            idx[n + d] = base + d;
            val[n + d] = mean[d];
        }
        idx[n + dims] = base + dims;
        val[n + dims] = (float) (tone * TONE_SCALE);
        return new Sparse(idx, val);
    }
}
