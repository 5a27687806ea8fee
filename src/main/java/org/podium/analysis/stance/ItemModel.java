package org.podium.analysis.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.WordVectors;

/**
 * The stance model of one agenda item (one target), trained on what its clerks labelled or confirmed and, weighted
 * lower, on the positions residents declared. Retrained from scratch on every change: 5,000 labelled comments take
 * well under the 2 seconds allowed (see the analysis benchmark).
 *
 * <p>A comment is read as its hashed n-grams ({@link Features}) and the mean of its words' vectors
 * ({@link WordVectors}): with a few hundred labels the n-grams alone know only the words the labelled comments used;
 * the vectors carry what was learnt to words of similar meaning. The classes are weighted by the square root of the
 * inverse of their frequency among the clerks' labels, so that the side few residents took is not drowned by the side
 * most took (the square root: as good as the full inverse by cross-validation, and one odd label is not made to count
 * as ten); the positions residents declared do not count there, so that a few declared NEUTRAL are not blown up over
 * what the clerks decided. Both choices were made by cross-validation on part of the development data, then scored on
 * a part held out (docs/analysis.md).
 */
public final class ItemModel {

    static final int BITS = 18;
    static final int EPOCHS = 20;
    private static final Stance[] CLASSES = Stance.values();

    private final Features features = new Features(BITS);
    private final WordVectors vectors;
    private final LinearModel model;
    private final int examples;

    private ItemModel(int examples, WordVectors vectors) {
        this.examples = examples;
        this.vectors = vectors;
        this.model = new LinearModel(CLASSES.length, (1 << BITS) + vectors.dimensions());
    }

    /** {@code weights} may be null (all 1). */
    public static ItemModel train(List<String> texts, List<Stance> labels, double[] weights) {
        ItemModel m = new ItemModel(texts.size(), WordVectors.shipped());
        List<Sparse> xs = new ArrayList<>(texts.size());
        int[] ys = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            xs.add(m.features(Prepared.of(texts.get(i))));
            ys[i] = labels.get(i).ordinal();
        }
        m.model.train(xs, ys, weights, EPOCHS, 1e-5, LinearModel.balancedWeights(ys, weights, CLASSES.length, 0.5), 7);
        return m;
    }

    public int examples() {
        return examples;
    }

    /** Probabilities in the order of {@link Stance#values()}. */
    public double[] probabilities(String text) {
        return probabilities(Prepared.of(text));
    }

    public double[] probabilities(Prepared text) {
        return model.probabilities(features(text));
    }

    /** The n-grams (length 1) and after them, at indices of their own, the mean word vector (length 1). */
    private Sparse features(Prepared text) {
        Sparse grams = features.of(text, 0);
        int n = grams.size();
        int dims = vectors.dimensions();
        float[] mean = new float[dims];
        vectors.mean(text.tokens(), mean);
        int[] idx = Arrays.copyOf(grams.index(), n + dims);
        float[] val = Arrays.copyOf(grams.value(), n + dims);
        int base = 1 << BITS;
        for (int d = 0; d < dims; d++) {
            idx[n + d] = base + d;
            val[n + d] = mean[d];
        }
        return new Sparse(idx, val);
    }
}
