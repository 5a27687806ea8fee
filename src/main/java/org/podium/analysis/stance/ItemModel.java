package org.podium.analysis.stance;

import java.util.ArrayList;
import java.util.List;
import org.podium.analysis.text.Prepared;

/**
 * The stance model of one agenda item (one target), trained on what its clerks labelled or confirmed and, weighted
 * lower, on the positions residents declared. Retrained from scratch on every change: 5,000 labelled comments take
 * well under the 2 seconds allowed (see the analysis benchmark).
 */
public final class ItemModel {

    static final int BITS = 18;
    private static final Stance[] CLASSES = Stance.values();

    private final Features features = new Features(BITS);
    private final LinearModel model = new LinearModel(CLASSES.length, 1 << BITS);
    private final int examples;

    private ItemModel(int examples) {
        this.examples = examples;
    }

    /** {@code weights} may be null (all 1). */
    public static ItemModel train(List<String> texts, List<Stance> labels, double[] weights) {
        ItemModel m = new ItemModel(texts.size());
        List<Sparse> xs = new ArrayList<>(texts.size());
        int[] ys = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            xs.add(m.features.of(texts.get(i)));
            ys[i] = labels.get(i).ordinal();
        }
        m.model.train(xs, ys, weights, 12, 1e-5, false, 7);
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
        return model.probabilities(features.of(text, 0));
    }
}
