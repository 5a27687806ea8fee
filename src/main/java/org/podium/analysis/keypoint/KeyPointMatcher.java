package org.podium.analysis.keypoint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.podium.analysis.text.SentenceVectors;
import org.podium.analysis.text.Terms;
import org.podium.analysis.text.WordVectors;

/**
 * Whether a comment makes a key point: a logistic model over how the two texts relate — shared rare terms (TF-IDF
 * cosine, with and without the item's own words), how much of the key point the comment covers and the reverse, the
 * same with word vectors (a key point's "costs" met by the comment's "expensive"), their lengths — each also measured
 * against the comment's other candidate key points (the best one stands out) and against the key point's match with
 * every other comment (a key point with common words matches everything a little). Learnt from the expert pairs of
 * ArgKP-2021's development motions (IBM, CDLA-Sharing-1.0); judged on motions it has not seen (docs/analysis.md).
 */
public final class KeyPointMatcher {

    static final String RESOURCE = "keypoint-matcher.txt";

    /** The same learnt from the words alone (no sentence model): what Podium's server runs. */
    static final String LEXICAL = "keypoint-matcher-lexical.txt";

    /** The pair features, in order (see {@link #pair}). */
    static final List<String> PAIR = List.of(
            "tfidf",
            "tfidfOffTopic",
            "keyPointCovered",
            "commentCovered",
            "meanVectors",
            "keyPointCoveredSoft",
            "commentCoveredSoft",
            "keyPointLength",
            "commentLength",
            "sentence",
            "sentenceOffTopic");

    /** The pair features also measured against the comment's best candidate and against the key point's mean. */
    static final int[] RELATIVE = {0, 1, 2, 4, 5, 9, 10};

    public static final List<String> FEATURES = features();

    private static volatile KeyPointMatcher shipped;
    /**
     * Each standardised feature is taken within this many standard deviations of the development pairs: beyond, a
     * model fitted on them extrapolates (a key point that nearly every text of a small item makes would otherwise be
     * "made" by a text sharing no word with it).
     */
    static final double CLIP = 2;

    private static volatile KeyPointMatcher shippedLexical;

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double bias;

    /** The decider: a logistic model of the pair features alone (see {@link #decision}). */
    private final double[] pairMean;

    private final double[] pairScale;
    private final double[] pairWeights;
    private final double pairBias;

    KeyPointMatcher(double[] mean, double[] scale, double[] weights, double bias) {
        this(mean, scale, weights, bias, new double[PAIR.size()], ones(PAIR.size()), new double[PAIR.size()], 0);
    }

    KeyPointMatcher(
            double[] mean,
            double[] scale,
            double[] weights,
            double bias,
            double[] pairMean,
            double[] pairScale,
            double[] pairWeights,
            double pairBias) {
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = weights.clone();
        this.bias = bias;
        this.pairMean = pairMean.clone();
        this.pairScale = pairScale.clone();
        this.pairWeights = pairWeights.clone();
        this.pairBias = pairBias;
    }

    private static double[] ones(int n) {
        double[] o = new double[n];
        Arrays.fill(o, 1);
        return o;
    }

    /** The same ranking with a decider learnt from every labelled pair. */
    public KeyPointMatcher withDecider(KeyPointMatcher pairwise) {
        return new KeyPointMatcher(
                mean,
                scale,
                weights,
                bias,
                pairwise.pairMean,
                pairwise.pairScale,
                pairwise.pairWeights,
                pairwise.pairBias);
    }

    private static List<String> features() {
        List<String> names = new ArrayList<>(PAIR);
        for (int f : RELATIVE) {
            names.add(PAIR.get(f) + "-best");
        }
        for (int f : RELATIVE) {
            names.add(PAIR.get(f) + "-keyPointMean");
        }
        return List.copyOf(names);
    }

    /** The pair features of a comment and a key point. */
    static double[] pair(Corpus.Piece comment, Corpus.Piece keyPoint, Corpus corpus) {
        double[] x = new double[PAIR.size()];
        x[0] = Terms.cosine(comment.tfidf, keyPoint.tfidf);
        x[1] = Terms.cosine(comment.tfidfOffTopic, keyPoint.tfidfOffTopic);
        x[2] = covered(keyPoint, comment, corpus);
        x[3] = covered(comment, keyPoint, corpus);
        x[4] = Corpus.dot(comment.mean, keyPoint.mean);
        x[5] = softCovered(keyPoint, comment);
        x[6] = softCovered(comment, keyPoint);
        x[7] = Math.log1p(keyPoint.length);
        x[8] = Math.log1p(comment.length);
        x[9] = comment.sentence == null || keyPoint.sentence == null
                ? 0
                : Corpus.dot(comment.sentence, keyPoint.sentence);
        x[10] = comment.offTopic == null || keyPoint.offTopic == null
                ? 0
                : Corpus.dot(comment.offTopic, keyPoint.offTopic);
        return x;
    }

    /** The share of {@code a}'s IDF weight (off the item's own words) whose terms {@code b} has too. */
    private static double covered(Corpus.Piece a, Corpus.Piece b, Corpus corpus) {
        double all = 0;
        double found = 0;
        for (String t : a.terms) {
            if (corpus.isTopic(t)) {
                continue;
            }
            double w = corpus.idf(t);
            all += w;
            if (b.terms.contains(t)) {
                found += w;
            }
        }
        return all == 0 ? 0 : found / all;
    }

    /** For each word of {@code a} (by IDF weight), how close the nearest word of {@code b} is (cosine, 0 … 1). */
    private static double softCovered(Corpus.Piece a, Corpus.Piece b) {
        if (a.words.length == 0 || b.words.length == 0) {
            return 0;
        }
        double all = 0;
        double sum = 0;
        for (int i = 0; i < a.words.length; i++) {
            double best = 0;
            for (float[] w : b.words) {
                best = Math.max(best, Corpus.dot(a.words[i], w));
            }
            sum += a.weights[i] * best;
            all += a.weights[i];
        }
        return sum / all;
    }

    /**
     * The features of every comment with every key point: {@code [comment][keyPoint][feature]}. The key points are
     * the candidates of each comment (those of its side), read together so that each pair is measured against the
     * others.
     */
    public static double[][][] features(List<Corpus.Piece> comments, List<Corpus.Piece> keyPoints, Corpus corpus) {
        double[][][] pairs = pairs(comments, keyPoints, corpus);
        int[] all = new int[keyPoints.size()];
        for (int j = 0; j < all.length; j++) {
            all[j] = j;
        }
        return features(pairs, all);
    }

    /** The pair features ({@link #PAIR}) of every comment with every key point: {@code [comment][keyPoint][f]}. */
    public static double[][][] pairs(List<Corpus.Piece> comments, List<Corpus.Piece> keyPoints, Corpus corpus) {
        double[][][] pairs = new double[comments.size()][keyPoints.size()][];
        for (int i = 0; i < pairs.length; i++) {
            for (int j = 0; j < keyPoints.size(); j++) {
                pairs[i][j] = pair(comments.get(i), keyPoints.get(j), corpus);
            }
        }
        return pairs;
    }

    /**
     * The features of every comment with the key points {@code set} (columns of {@code pairs}), each pair measured
     * against the comment's other candidates in the set and against the key point's match with every comment:
     * {@code [comment][index in set][feature]}.
     */
    public static double[][][] features(double[][][] pairs, int[] set) {
        int n = pairs.length;
        int k = set.length;
        double[][] keyPointMean = new double[k][RELATIVE.length];
        for (int j = 0; j < k; j++) {
            for (int r = 0; r < RELATIVE.length; r++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += pairs[i][set[j]][RELATIVE[r]];
                }
                keyPointMean[j][r] = n == 0 ? 0 : s / n;
            }
        }
        double[][][] out = new double[n][k][];
        for (int i = 0; i < n; i++) {
            double[] best = new double[RELATIVE.length];
            Arrays.fill(best, Double.NEGATIVE_INFINITY);
            for (int j = 0; j < k; j++) {
                for (int r = 0; r < RELATIVE.length; r++) {
                    best[r] = Math.max(best[r], pairs[i][set[j]][RELATIVE[r]]);
                }
            }
            for (int j = 0; j < k; j++) {
                double[] p = pairs[i][set[j]];
                double[] x = new double[FEATURES.size()];
                System.arraycopy(p, 0, x, 0, PAIR.size());
                for (int r = 0; r < RELATIVE.length; r++) {
                    x[PAIR.size() + r] = p[RELATIVE[r]] - best[r];
                    x[PAIR.size() + RELATIVE.length + r] = p[RELATIVE[r]] - keyPointMean[j][r];
                }
                out[i][j] = x;
            }
        }
        return out;
    }

    /** How likely each comment makes each key point, {@code [comment][keyPoint]} (0 … 1). */
    public double[][] scores(List<String> comments, List<String> keyPoints, Corpus corpus) {
        List<Corpus.Piece> c = comments.stream().map(corpus::read).toList();
        List<Corpus.Piece> k = keyPoints.stream().map(corpus::read).toList();
        return scores(features(c, k, corpus));
    }

    double[][] scores(double[][][] features) {
        double[][] out = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            out[i] = new double[features[i].length];
            for (int j = 0; j < features[i].length; j++) {
                out[i][j] = probability(features[i][j]);
            }
        }
        return out;
    }

    /**
     * How likely a comment makes a key point, from the pair's own features ({@link #pair}; the first of a feature
     * vector): what decides "makes it" (none, one or several). The ranking's {@link #probability} reads each pair
     * against the comment's other candidates and was learnt from comments that make at least one of them, so it
     * favours whichever candidate is best even when none is made; this one was learnt from every labelled pair,
     * those of comments that make none included.
     */
    public double decision(double[] x) {
        double z = pairBias;
        for (int f = 0; f < PAIR.size(); f++) {
            z += pairWeights[f] * Math.max(-CLIP, Math.min(CLIP, (x[f] - pairMean[f]) / pairScale[f]));
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Learns the decider: logistic regression of "makes it" on the pair features of every labelled pair, with an L2
     * penalty {@code lambda}; features standardised; full-batch gradient descent. Deterministic.
     */
    public static KeyPointMatcher trainDecider(List<double[]> x, List<Boolean> y, double lambda, int iterations) {
        int d = PAIR.size();
        int n = x.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int f = 0; f < d; f++) {
                mean[f] += row[f] / n;
            }
        }
        for (double[] row : x) {
            for (int f = 0; f < d; f++) {
                scale[f] += (row[f] - mean[f]) * (row[f] - mean[f]) / n;
            }
        }
        for (int f = 0; f < d; f++) {
            scale[f] = scale[f] > 1e-12 ? Math.sqrt(scale[f]) : 1;
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                z[i][f] = (x.get(i)[f] - mean[f]) / scale[f];
            }
        }
        double[] w = new double[d];
        double b = 0;
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[d];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double s = b;
                for (int f = 0; f < d; f++) {
                    s += w[f] * z[i][f];
                }
                double err = 1 / (1 + Math.exp(-s)) - (y.get(i) ? 1 : 0);
                for (int f = 0; f < d; f++) {
                    grad[f] += err * z[i][f] / n;
                }
                gb += err / n;
            }
            for (int f = 0; f < d; f++) {
                w[f] -= 0.5 * (grad[f] + lambda * w[f]);
            }
            b -= 0.5 * gb;
        }
        int all = FEATURES.size();
        return new KeyPointMatcher(new double[all], ones(all), new double[all], 0, mean, scale, w, b);
    }

    public double probability(double[] x) {
        double z = bias;
        for (int f = 0; f < x.length; f++) {
            z += weights[f] * Math.max(-CLIP, Math.min(CLIP, (x[f] - mean[f]) / scale[f]));
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Learns from labelled candidates: {@code x.get(g)} the features of one comment's candidate key points,
     * {@code y.get(g)} which of them the comment makes (groups with none are left out). Listwise: a softmax over each
     * comment's candidates, fitted to put its weight on the ones it makes (what ranking the right one first needs), with
     * an L2 penalty {@code lambda}; features standardised; full-batch gradient descent. Deterministic.
     */
    public static KeyPointMatcher train(List<double[][]> x, List<boolean[]> y, double lambda, int iterations) {
        int d = FEATURES.size();
        long n = 0;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[][] g : x) {
            for (double[] row : g) {
                for (int f = 0; f < d; f++) {
                    mean[f] += row[f];
                }
                n++;
            }
        }
        for (int f = 0; f < d; f++) {
            mean[f] /= n;
        }
        for (double[][] g : x) {
            for (double[] row : g) {
                for (int f = 0; f < d; f++) {
                    scale[f] += (row[f] - mean[f]) * (row[f] - mean[f]) / n;
                }
            }
        }
        for (int f = 0; f < d; f++) {
            scale[f] = scale[f] > 1e-12 ? Math.sqrt(scale[f]) : 1;
        }
        List<double[][]> z = new ArrayList<>();
        List<boolean[]> labels = new ArrayList<>();
        for (int g = 0; g < x.size(); g++) {
            boolean any = false;
            for (boolean b : y.get(g)) {
                any |= b;
            }
            if (!any) {
                continue;
            }
            double[][] zg = new double[x.get(g).length][d];
            for (int j = 0; j < zg.length; j++) {
                for (int f = 0; f < d; f++) {
                    zg[j][f] = (x.get(g)[j][f] - mean[f]) / scale[f];
                }
            }
            z.add(zg);
            labels.add(y.get(g));
        }
        double[] w = new double[d];
        double rate = 0.5;
        int groups = z.size();
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[d];
            for (int g = 0; g < groups; g++) {
                double[][] zg = z.get(g);
                boolean[] yg = labels.get(g);
                double[] s = new double[zg.length];
                double max = Double.NEGATIVE_INFINITY;
                int positives = 0;
                for (int j = 0; j < zg.length; j++) {
                    for (int f = 0; f < d; f++) {
                        s[j] += w[f] * zg[j][f];
                    }
                    max = Math.max(max, s[j]);
                    positives += yg[j] ? 1 : 0;
                }
                double sum = 0;
                for (int j = 0; j < zg.length; j++) {
                    s[j] = Math.exp(s[j] - max);
                    sum += s[j];
                }
                for (int j = 0; j < zg.length; j++) {
                    double err = s[j] / sum - (yg[j] ? 1.0 / positives : 0);
                    for (int f = 0; f < d; f++) {
                        grad[f] += err * zg[j][f] / groups;
                    }
                }
            }
            for (int f = 0; f < d; f++) {
                w[f] -= rate * (grad[f] + lambda * w[f]);
            }
        }
        // the softmax fixes the ranking, not the level: a scale and a bias fitted to the pairs' labels (Platt) make
        // the score a probability that the comment makes the point, for deciding which points a comment makes
        List<double[]> scored = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < z.get(g).length; j++) {
                double s = 0;
                for (int f = 0; f < d; f++) {
                    s += w[f] * z.get(g)[j][f];
                }
                scored.add(new double[] {s, labels.get(g)[j] ? 1 : 0});
            }
        }
        double a = 1;
        double b = 0;
        for (int it = 0; it < 2000; it++) {
            double ga = 0;
            double gb = 0;
            for (double[] sy : scored) {
                double err = 1 / (1 + Math.exp(-(a * sy[0] + b))) - sy[1];
                ga += err * sy[0] / scored.size();
                gb += err / scored.size();
            }
            a -= 0.5 * ga;
            b -= 0.5 * gb;
        }
        for (int f = 0; f < d; f++) {
            w[f] *= a;
        }
        return new KeyPointMatcher(mean, scale, w, b);
    }

    /** Writes the model as text: one line per feature (name, mean, scale, weight), then the bias. */
    public void write(Writer out) throws IOException {
        for (int f = 0; f < FEATURES.size(); f++) {
            out.write(String.format(
                    Locale.ROOT, "%s\t%.17g\t%.17g\t%.17g%n", FEATURES.get(f), mean[f], scale[f], weights[f]));
        }
        out.write(String.format(Locale.ROOT, "bias\t%.17g%n", bias));
        for (int f = 0; f < PAIR.size(); f++) {
            out.write(String.format(
                    Locale.ROOT,
                    "decide %s\t%.17g\t%.17g\t%.17g%n",
                    PAIR.get(f),
                    pairMean[f],
                    pairScale[f],
                    pairWeights[f]));
        }
        out.write(String.format(Locale.ROOT, "decide bias\t%.17g%n", pairBias));
    }

    public static KeyPointMatcher read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int d = FEATURES.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        double[] weights = new double[d];
        for (int f = 0; f < d; f++) {
            String line = r.readLine();
            String[] p = line == null ? new String[0] : line.split("\t");
            if (p.length != 4 || !p[0].equals(FEATURES.get(f))) {
                throw new IOException("not a key point model of this build: line " + (f + 1));
            }
            mean[f] = Double.parseDouble(p[1]);
            scale[f] = Double.parseDouble(p[2]);
            weights[f] = Double.parseDouble(p[3]);
        }
        String line = r.readLine();
        String[] p = line == null ? new String[0] : line.split("\t");
        if (p.length != 2 || !p[0].equals("bias")) {
            throw new IOException("not a key point model of this build: no bias");
        }
        double bias = Double.parseDouble(p[1]);
        int e = PAIR.size();
        double[] pairMean = new double[e];
        double[] pairScale = new double[e];
        double[] pairWeights = new double[e];
        for (int f = 0; f < e; f++) {
            String l = r.readLine();
            String[] q = l == null ? new String[0] : l.split("\t");
            if (q.length != 4 || !q[0].equals("decide " + PAIR.get(f))) {
                throw new IOException("not a key point model of this build: decider line " + (f + 1));
            }
            pairMean[f] = Double.parseDouble(q[1]);
            pairScale[f] = Double.parseDouble(q[2]);
            pairWeights[f] = Double.parseDouble(q[3]);
        }
        String l = r.readLine();
        String[] q = l == null ? new String[0] : l.split("\t");
        if (q.length != 2 || !q[0].equals("decide bias")) {
            throw new IOException("not a key point model of this build: no decider bias");
        }
        return new KeyPointMatcher(
                mean, scale, weights, bias, pairMean, pairScale, pairWeights, Double.parseDouble(q[1]));
    }

    /** The model built into the jar (learnt at build time from ArgKP-2021's development motions). */
    public static KeyPointMatcher shipped() {
        KeyPointMatcher m = shipped;
        if (m == null) {
            synchronized (KeyPointMatcher.class) {
                if (shipped == null) {
                    shipped = load(RESOURCE);
                }
                m = shipped;
            }
        }
        return m;
    }

    /**
     * The model learnt the same way from the words alone, for a corpus read without the sentence model (Podium's
     * server, which carries no native code).
     */
    public static KeyPointMatcher shippedLexical() {
        KeyPointMatcher m = shippedLexical;
        if (m == null) {
            synchronized (KeyPointMatcher.class) {
                if (shippedLexical == null) {
                    shippedLexical = load(LEXICAL);
                }
                m = shippedLexical;
            }
        }
        return m;
    }

    private static KeyPointMatcher load(String resource) {
        try (InputStream in = KeyPointMatcher.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the key point model " + resource + " is not in this build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A corpus for an item: its title and every text (comments and key points) counted. */
    public static Corpus corpus(String topic, Iterable<String> texts) {
        return new Corpus(topic, WordVectors.shipped(), null).addAll(texts);
    }

    /** The same, with each text's sentence vector (all-MiniLM-L6-v2) read as well. */
    public static Corpus corpus(String topic, Iterable<String> texts, SentenceVectors sentences) {
        return new Corpus(topic, WordVectors.shipped(), sentences).addAll(texts);
    }
}
