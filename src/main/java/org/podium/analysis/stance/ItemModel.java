package org.podium.analysis.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.SentenceVectors;
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
 * <p>Where the sentence model is at hand (in the background, never on a resident's wait) the item's model also reads
 * what a comment means as a whole: a second model learns from the same labels with the comment's sentence vector
 * ({@link org.podium.analysis.text.SentenceVectors}) beside its n-grams, and its answer is blended with how the
 * {@value #NEIGHBOURS} labelled comments closest in meaning were labelled. With a few hundred labels the words of a new
 * comment are often words no labelled comment used; a comment that says the same thing in other words is close in
 * meaning all the same. Chosen by cross-validation on the training part of SemEval-2016 6A (F_avg 0.692 → 0.718), then
 * scored once on its held-out part (0.700 → 0.729; docs/analysis.md). The model without it stays, for the reading on
 * receipt.
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

    /**
     * A sentence vector's weight beside the n-grams (both have length 1): 0.5 by cross-validation (0.25, 0.35, 0.7
     * and 1 scored 0.700–0.705, 2 and 4 below the words alone).
     */
    static final double MEANING_SCALE = 0.5;

    /** How many of the labelled comments closest in meaning are asked (5, 15 and 20 scored a little lower). */
    static final int NEIGHBOURS = 10;

    /** The neighbours' share of the answer (0.2 and 0.4 scored a little lower; alone they score 0.67). */
    static final double NEIGHBOURS_SHARE = 0.3;

    /** A neighbour's vote is e^(this × its closeness): the closest count most. */
    static final double CLOSENESS_SHARPNESS = 10;

    private static final Stance[] CLASSES = Stance.values();

    private final Features features = new Features(BITS);
    private final WordVectors vectors;
    private final LinearModel model;
    private final int examples;

    /** With the sentence model: the second model, and the clerks' labelled comments' vectors and labels. */
    private final LinearModel meaningModel;

    private final float[][] labelledMeanings;
    private final int[] labelledClasses;

    /** {@code labelledMeanings} null: words only. */
    private ItemModel(int examples, WordVectors vectors, float[][] labelledMeanings, int[] labelledClasses) {
        this.examples = examples;
        this.vectors = vectors;
        int words = (1 << BITS) + vectors.dimensions() + 1;
        this.model = new LinearModel(CLASSES.length, words);
        this.meaningModel =
                labelledMeanings == null ? null : new LinearModel(CLASSES.length, words + SentenceVectors.DIMENSIONS);
        this.labelledMeanings = labelledMeanings;
        this.labelledClasses = labelledClasses;
    }

    /** {@code weights} may be null (all 1). Words only. */
    public static ItemModel train(List<String> texts, List<Stance> labels, double[] weights) {
        ItemModel m = new ItemModel(texts.size(), WordVectors.shipped(), null, null);
        List<Sparse> xs = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            xs.add(m.features(
                    Prepared.of(texts.get(i)), Vader.get().score(texts.get(i)).compound(), null));
        }
        train(m.model, xs, classes(labels), weights);
        return m;
    }

    /**
     * As {@link #train(List, List, double[])}, and with the texts' sentence vectors ({@code meanings}, one per text,
     * length {@link SentenceVectors#DIMENSIONS}) the second model too. The neighbours are the texts of full weight
     * (a clerk's label; {@code weights} null: all), not the positions residents declared.
     */
    public static ItemModel train(List<String> texts, List<Stance> labels, double[] weights, List<float[]> meanings) {
        if (meanings.size() != texts.size()) {
            throw new IllegalArgumentException(meanings.size() + " sentence vectors for " + texts.size() + " texts");
        }
        int[] ys = classes(labels);
        List<float[]> near = new ArrayList<>();
        List<Integer> nearClasses = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (weights == null || weights[i] >= 1) {
                near.add(meanings.get(i));
                nearClasses.add(ys[i]);
            }
        }
        ItemModel m = new ItemModel(
                texts.size(),
                WordVectors.shipped(),
                near.toArray(float[][]::new),
                nearClasses.stream().mapToInt(Integer::intValue).toArray());
        List<Sparse> plain = new ArrayList<>(texts.size());
        List<Sparse> withMeaning = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Prepared text = Prepared.of(texts.get(i));
            double tone = Vader.get().score(texts.get(i)).compound();
            plain.add(m.features(text, tone, null));
            withMeaning.add(m.features(text, tone, meanings.get(i)));
        }
        train(m.model, plain, ys, weights);
        train(m.meaningModel, withMeaning, ys, weights);
        return m;
    }

    private static int[] classes(List<Stance> labels) {
        return labels.stream().mapToInt(Stance::ordinal).toArray();
    }

    private static void train(LinearModel model, List<Sparse> xs, int[] ys, double[] weights) {
        model.train(
                xs,
                ys,
                weights,
                EPOCHS,
                1e-5,
                LinearModel.balancedWeights(ys, weights, CLASSES.length, 0.5),
                7,
                EPOCHS / 2);
    }

    /** Whether it reads what a comment means as well as its words (trained with sentence vectors). */
    public boolean readsMeaning() {
        return meaningModel != null;
    }

    public int examples() {
        return examples;
    }

    /**
     * From this many clerk labels on, an item's model answers without being checked against the reading without labels
     * (on SemEval's 300–500 labels per target it is far better: 0.73 against 0.41).
     */
    static final int TRUSTED_FROM = 200;

    static final int CHECK_FOLDS = 5;

    private volatile boolean trusted = true;

    /**
     * Whether it answers for the item: with fewer than {@link #TRUSTED_FROM} clerk labels, only if it read the
     * labelled comments better than the reading without labels did (cue phrases, then the general model), by
     * {@value #CHECK_FOLDS}-fold cross-validation on the clerk labels (models learnt from the labels alone). With ~20 labels per item, council comments read by the
     * item's model alone scored macro-F1 0.38 where the reading without labels scored 0.83 (docs/analysis.md): a clerk's
     * first labels must not make the reading worse.
     */
    public boolean trusted() {
        return trusted;
    }

    /**
     * Trains the item's model as {@link #train(List, List, double[])} (with {@code meanings}, as
     * {@link #train(List, List, double[], List)}) and checks it against {@code withoutLabels} reading the same
     * comments toward {@code target} ({@link #trusted}).
     */
    public static ItemModel trainChecked(
            String target,
            List<String> texts,
            List<Stance> labels,
            double[] weights,
            List<float[]> meanings,
            StanceAnalyzer withoutLabels) {
        ItemModel m = meanings == null ? train(texts, labels, weights) : train(texts, labels, weights, meanings);
        m.trusted = better(target, texts, labels, weights, meanings, withoutLabels);
        return m;
    }

    /** Whether models trained on part of the clerk labels read the rest better than the reading without labels. */
    private static boolean better(
            String target,
            List<String> texts,
            List<Stance> labels,
            double[] weights,
            List<float[]> meanings,
            StanceAnalyzer withoutLabels) {
        List<Integer> judged = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (weights == null || weights[i] >= 1) {
                judged.add(i);
            }
        }
        if (judged.size() >= TRUSTED_FROM) {
            return true;
        }
        // the folds' models learn from the clerk labels alone: with thousands of declared positions beside a few
        // labels, six trainings on all of them would cost seconds where a resident may be waiting
        int[] fold = new int[texts.size()];
        Arrays.fill(fold, -1);
        for (int j = 0; j < judged.size(); j++) {
            fold[judged.get(j)] = j % CHECK_FOLDS;
        }
        int byModel = 0;
        int without = 0;
        for (int f = 0; f < CHECK_FOLDS; f++) {
            List<String> t = new ArrayList<>();
            List<Stance> l = new ArrayList<>();
            List<float[]> v = meanings == null ? null : new ArrayList<>();
            List<Double> w = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (fold[i] != f && fold[i] >= 0) {
                    t.add(texts.get(i));
                    l.add(labels.get(i));
                    w.add(weights == null ? 1 : weights[i]);
                    if (v != null) {
                        v.add(meanings.get(i));
                    }
                }
            }
            double[] ws = w.stream().mapToDouble(Double::doubleValue).toArray();
            ItemModel part = v == null ? train(t, l, ws) : train(t, l, ws, v);
            for (int i = 0; i < texts.size(); i++) {
                if (fold[i] != f) {
                    continue;
                }
                Prepared text = Prepared.of(texts.get(i));
                double tone = Vader.get().score(texts.get(i)).compound();
                float[] meaning = meanings == null ? null : meanings.get(i);
                double[] p = part.probabilities(text, tone, meaning);
                int best = 0;
                for (int k = 1; k < p.length; k++) {
                    if (p[k] > p[best]) {
                        best = k;
                    }
                }
                byModel += best == labels.get(i).ordinal() ? 1 : 0;
                Stance plain = withoutLabels
                        .predict(target, text, tone, null, java.util.OptionalDouble.empty(), meaning)
                        .stance();
                without += plain == labels.get(i) ? 1 : 0;
            }
        }
        return byModel > without;
    }

    /** Probabilities in the order of {@link Stance#values()}. */
    public double[] probabilities(String text) {
        return probabilities(Prepared.of(text), Vader.get().score(text).compound());
    }

    /**
     * Words only (the reading on receipt). @param tone the text's VADER compound score (−1 … 1)
     */
    public double[] probabilities(Prepared text, double tone) {
        return model.probabilities(features(text, tone, null));
    }

    /**
     * With the text's sentence vector ({@code meaning}; null, or a model trained without: words only): the second
     * model's answer, {@value #NEIGHBOURS_SHARE} of it replaced by the vote of the labelled comments closest in
     * meaning.
     */
    public double[] probabilities(Prepared text, double tone, float[] meaning) {
        if (meaning == null || meaningModel == null) {
            return probabilities(text, tone);
        }
        double[] p = meaningModel.probabilities(features(text, tone, meaning));
        if (labelledMeanings.length == 0) {
            return p;
        }
        double[] vote = neighbours(meaning);
        for (int k = 0; k < p.length; k++) {
            p[k] = (1 - NEIGHBOURS_SHARE) * p[k] + NEIGHBOURS_SHARE * vote[k];
        }
        return p;
    }

    /** How the {@value #NEIGHBOURS} labelled comments closest in meaning were labelled, each vote by its closeness. */
    double[] neighbours(float[] meaning) {
        int n = labelledMeanings.length;
        int k = Math.min(NEIGHBOURS, n);
        // the k closest, kept in an array sorted by closeness (k is small)
        double[] best = new double[k];
        int[] bestIndex = new int[k];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            float[] v = labelledMeanings[i];
            double dot = 0;
            for (int d = 0; d < v.length; d++) {
                dot += v[d] * meaning[d];
            }
            if (dot <= best[k - 1]) {
                continue;
            }
            int at = k - 1;
            while (at > 0 && best[at - 1] < dot) {
                best[at] = best[at - 1];
                bestIndex[at] = bestIndex[at - 1];
                at--;
            }
            best[at] = dot;
            bestIndex[at] = i;
        }
        double[] vote = new double[CLASSES.length];
        double total = 0;
        for (int j = 0; j < k; j++) {
            double w = Math.exp(CLOSENESS_SHARPNESS * best[j]);
            vote[labelledClasses[bestIndex[j]]] += w;
            total += w;
        }
        for (int c = 0; c < vote.length; c++) {
            vote[c] /= total;
        }
        return vote;
    }

    /**
     * The n-grams (length 1) and after them, at indices of their own, the mean word vector (length 1), the tone and,
     * when given, the sentence vector (length 1, times {@link #MEANING_SCALE}).
     */
    private Sparse features(Prepared text, double tone, float[] meaning) {
        Sparse grams = features.of(text, 0);
        int n = grams.size();
        int dims = vectors.dimensions();
        float[] mean = new float[dims];
        vectors.mean(text.tokens(), mean);
        int extra = meaning == null ? 0 : meaning.length;
        int[] idx = Arrays.copyOf(grams.index(), n + dims + 1 + extra);
        float[] val = Arrays.copyOf(grams.value(), n + dims + 1 + extra);
        int base = 1 << BITS;
        for (int d = 0; d < dims; d++) {
            idx[n + d] = base + d;
            val[n + d] = mean[d];
        }
        idx[n + dims] = base + dims;
        val[n + dims] = (float) (tone * TONE_SCALE);
        for (int d = 0; d < extra; d++) {
            idx[n + dims + 1 + d] = base + dims + 1 + d;
            val[n + dims + 1 + d] = (float) (meaning[d] * MEANING_SCALE);
        }
        return new Sparse(idx, val);
    }
}
