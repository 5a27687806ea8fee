package org.podium.analysis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.podium.analysis.keypoint.Corpus;
import org.podium.analysis.keypoint.KeyPointMatcher;
import org.podium.analysis.keypoint.KeyPoints;
import org.podium.analysis.text.SentenceVectors;

/**
 * {@code keypoints}: matching comments to key points, measured on files in ArgKP-2021's columns ({@code topic,
 * argument, key_point, stance, label}). For each argument that makes at least one of its side's key points, the key
 * points are ranked; {@code top1} is the share of arguments whose first key point is one the experts matched,
 * {@code map} the mean average precision of the rankings. TF-IDF cosine's figures on the same rows are printed first,
 * as the floor.
 */
final class KeyPointsCommand {

    static final double LAMBDA = Double.parseDouble(System.getProperty("kp.lambda", "0.001"));
    static final int ITERATIONS = Integer.getInteger("kp.iterations", 400);

    /** One motion's side: its arguments, its key points, and the experts' labels of their pairs. */
    static final class Side {
        final String topic;
        final Set<String> arguments = new LinkedHashSet<>();
        final Set<String> keyPoints = new LinkedHashSet<>();
        final Map<String, Boolean> labels = new HashMap<>();

        Side(String topic) {
            this.topic = topic;
        }

        Boolean label(String argument, String keyPoint) {
            return labels.get(argument + "\u0000" + keyPoint);
        }
    }

    private final PrintStream out;

    /** The sentence model, or none: {@code --model lexical} (what Podium's server runs) reads words only. */
    private SentenceVectors sentences;

    private boolean lexical;

    KeyPointsCommand(PrintStream out) {
        this.out = out;
    }

    static Map<String, List<Side>> read(Path file) throws Tsv.BadInput {
        Map<String, Map<String, Side>> byTopic = new TreeMap<>();
        for (Tsv.Row r : Tsv.read(file, "topic", "argument", "key_point", "stance", "label")) {
            String stance = r.get(3).strip();
            String label = r.get(4).strip();
            if (!stance.equals("1") && !stance.equals("-1")) {
                throw new Tsv.BadInput(file, r.line(), "stance '" + r.get(3) + "' is not 1 or -1");
            }
            if (!label.equals("1") && !label.equals("0")) {
                throw new Tsv.BadInput(file, r.line(), "label '" + r.get(4) + "' is not 1 or 0");
            }
            if (r.get(0).isBlank() || r.get(1).isBlank() || r.get(2).isBlank()) {
                throw new Tsv.BadInput(file, r.line(), "an empty topic, argument or key point");
            }
            Side s = byTopic.computeIfAbsent(r.get(0), t -> new LinkedHashMap<>())
                    .computeIfAbsent(stance, k -> new Side(r.get(0)));
            s.arguments.add(r.get(1));
            s.keyPoints.add(r.get(2));
            s.labels.put(r.get(1) + "\u0000" + r.get(2), label.equals("1"));
        }
        Map<String, List<Side>> out = new TreeMap<>();
        byTopic.forEach((t, sides) -> out.put(t, new ArrayList<>(sides.values())));
        return out;
    }

    /** The features of a motion's sides: per side, {@code [argument][keyPoint][feature]}. */
    List<double[][][]> features(List<Side> sides) {
        List<String> texts = new ArrayList<>();
        for (Side s : sides) {
            texts.addAll(s.arguments);
            texts.addAll(s.keyPoints);
        }
        Corpus corpus = lexical
                ? KeyPointMatcher.corpus(sides.get(0).topic, texts)
                : KeyPointMatcher.corpus(sides.get(0).topic, texts, sentences());
        List<double[][][]> out = new ArrayList<>();
        for (Side s : sides) {
            out.add(KeyPointMatcher.features(
                    s.arguments.stream().map(corpus::read).toList(),
                    s.keyPoints.stream().map(corpus::read).toList(),
                    corpus));
        }
        return out;
    }

    static KeyPointMatcher train(Map<String, List<Side>> motions, Map<String, List<double[][][]>> features) {
        List<double[][]> x = new ArrayList<>();
        List<boolean[]> y = new ArrayList<>();
        motions.forEach((topic, sides) -> {
            List<double[][][]> f = features.get(topic);
            for (int s = 0; s < sides.size(); s++) {
                List<String> args = new ArrayList<>(sides.get(s).arguments);
                List<String> kps = new ArrayList<>(sides.get(s).keyPoints);
                for (int i = 0; i < args.size(); i++) {
                    List<double[]> rows = new ArrayList<>();
                    List<Boolean> labels = new ArrayList<>();
                    for (int j = 0; j < kps.size(); j++) {
                        Boolean l = sides.get(s).label(args.get(i), kps.get(j));
                        if (l != null) {
                            rows.add(f.get(s)[i][j]);
                            labels.add(l);
                        }
                    }
                    boolean[] yl = new boolean[labels.size()];
                    for (int k = 0; k < yl.length; k++) {
                        yl[k] = labels.get(k);
                    }
                    x.add(rows.toArray(new double[0][]));
                    y.add(yl);
                }
            }
        });
        // the decider: every labelled pair, those of arguments that make none of their side's points included
        List<double[]> pairs = new ArrayList<>();
        List<Boolean> made = new ArrayList<>();
        motions.forEach((topic, sides) -> {
            List<double[][][]> f = features.get(topic);
            for (int s = 0; s < sides.size(); s++) {
                List<String> args = new ArrayList<>(sides.get(s).arguments);
                List<String> kps = new ArrayList<>(sides.get(s).keyPoints);
                for (int i = 0; i < args.size(); i++) {
                    for (int j = 0; j < kps.size(); j++) {
                        Boolean l = sides.get(s).label(args.get(i), kps.get(j));
                        if (l != null) {
                            pairs.add(f.get(s)[i][j]);
                            made.add(l);
                        }
                    }
                }
            }
        });
        return KeyPointMatcher.train(x, y, LAMBDA, ITERATIONS)
                .withDecider(KeyPointMatcher.trainDecider(pairs, made, LAMBDA, ITERATIONS));
    }

    /** Rank figures: sums of top1 and average precision, and the number of arguments ranked. */
    static final class Figures {
        double top1;
        double ap;
        int n;
        long truePositives;
        long predicted;
        long positives;

        /** A pair decided by the model's probability (made when at least one half). */
        void decided(double p, boolean label) {
            boolean made = p >= 0.5;
            truePositives += made && label ? 1 : 0;
            predicted += made ? 1 : 0;
            positives += label ? 1 : 0;
        }

        String decisions() {
            return String.format(
                    Locale.ROOT,
                    "pairs decided at p >= 0.5: precision=%.4f recall=%.4f (%d pairs made of %d)",
                    predicted == 0 ? 0 : (double) truePositives / predicted,
                    positives == 0 ? 0 : (double) truePositives / positives,
                    truePositives,
                    positives);
        }

        void add(double[] scores, boolean[] labels) {
            int positives = 0;
            for (boolean l : labels) {
                positives += l ? 1 : 0;
            }
            if (positives == 0) {
                return;
            }
            Integer[] order = new Integer[scores.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
            top1 += labels[order[0]] ? 1 : 0;
            int hits = 0;
            double sum = 0;
            for (int r = 0; r < order.length; r++) {
                if (labels[order[r]]) {
                    hits++;
                    sum += (double) hits / (r + 1);
                }
            }
            ap += sum / positives;
            n++;
        }

        void add(Figures f) {
            top1 += f.top1;
            ap += f.ap;
            n += f.n;
            truePositives += f.truePositives;
            predicted += f.predicted;
            positives += f.positives;
        }

        String line() {
            return String.format(Locale.ROOT, "top1=%.4f map=%.4f n=%d", n == 0 ? 0 : top1 / n, n == 0 ? 0 : ap / n, n);
        }
    }

    /** Scores a motion with a model (null: TF-IDF cosine), only over the labelled pairs of each argument. */
    static Figures evaluate(List<Side> sides, List<double[][][]> features, KeyPointMatcher model) {
        return evaluate(sides, features, model, 0);
    }

    /** With no model, ranked by one pair feature ({@code feature}: 0 TF-IDF cosine, 9 the sentence model's cosine). */
    static Figures evaluate(List<Side> sides, List<double[][][]> features, KeyPointMatcher model, int feature) {
        Figures fig = new Figures();
        for (int s = 0; s < sides.size(); s++) {
            Side side = sides.get(s);
            List<String> args = new ArrayList<>(side.arguments);
            List<String> kps = new ArrayList<>(side.keyPoints);
            for (int i = 0; i < args.size(); i++) {
                List<Double> scores = new ArrayList<>();
                List<Boolean> labels = new ArrayList<>();
                for (int j = 0; j < kps.size(); j++) {
                    Boolean l = side.label(args.get(i), kps.get(j));
                    if (l == null) {
                        continue;
                    }
                    double[] x = features.get(s)[i][j];
                    double score = model == null ? x[feature] : model.probability(x);
                    scores.add(score);
                    labels.add(l);
                    if (model != null) {
                        fig.decided(model.decision(x), l);
                    }
                }
                double[] sc = scores.stream().mapToDouble(Double::doubleValue).toArray();
                boolean[] lb = new boolean[labels.size()];
                for (int k = 0; k < lb.length; k++) {
                    lb[k] = labels.get(k);
                }
                fig.add(sc, lb);
            }
        }
        return fig;
    }

    void run(Map<String, String> o, Path train, Path test) throws Tsv.BadInput, Main.Usage {
        String model = o.getOrDefault("model", "sentence");
        if (!model.equals("sentence") && !model.equals("lexical")) {
            throw new Main.Usage(
                    "--model is sentence (all-MiniLM-L6-v2 and words) or lexical (words only), not '" + model + "'");
        }
        lexical = model.equals("lexical");
        if (o.containsKey("folds")) {
            crossValidate(train, o.get("folds"));
            return;
        }
        if (o.containsKey("propose")) {
            propose(Path.of(o.get("propose")), o.get("topic"));
            return;
        }
        if (o.containsKey("out")) {
            if (train == null) {
                throw new Main.Usage("--out writes a model learnt from --train FILE");
            }
            Map<String, List<Side>> motions = read(train);
            KeyPointMatcher m = train(motions, allFeaturesOf(motions));
            Path to = Path.of(o.get("out"));
            try (Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
                m.write(w);
            } catch (IOException e) {
                throw new Main.Usage("cannot write " + to + ": " + e.getMessage());
            }
            out.printf(Locale.ROOT, "key point model: %d motions -> %s%n", motions.size(), to);
            return;
        }
        if (test == null) {
            throw new Main.Usage(
                    "keypoints needs --test FILE (or --train FILE --folds K, or --train FILE --out MODEL)");
        }
        Map<String, List<Side>> motions = read(test);
        KeyPointMatcher m;
        if (train == null) {
            m = shipped();
        } else {
            Map<String, List<Side>> learn = read(train);
            m = train(learn, allFeaturesOf(learn));
        }
        Figures floor = new Figures();
        Figures sentence = new Figures();
        Figures all = new Figures();
        for (Map.Entry<String, List<Side>> e : motions.entrySet()) {
            List<double[][][]> f = features(e.getValue());
            Figures tfidf = evaluate(e.getValue(), f, null);
            Figures fig = evaluate(e.getValue(), f, m);
            out.printf(Locale.ROOT, "%-60s tfidf %s   podium %s%n", e.getKey(), tfidf.line(), fig.line());
            floor.add(tfidf);
            if (!lexical) {
                sentence.add(evaluate(e.getValue(), f, null, 9));
            }
            all.add(fig);
        }
        out.println("TF-IDF cosine (floor, same rows): " + floor.line());
        if (!lexical) {
            out.println("all-MiniLM-L6-v2 cosine alone (same rows): " + sentence.line());
        }
        out.println(all.decisions());
        out.println("RESULT " + all.line());
    }

    private SentenceVectors sentences() {
        if (sentences == null) {
            sentences = SentenceVectors.shipped();
        }
        return sentences;
    }

    private KeyPointMatcher shipped() {
        return lexical ? KeyPointMatcher.shippedLexical() : KeyPointMatcher.shipped();
    }

    private Map<String, List<double[][][]>> allFeaturesOf(Map<String, List<Side>> motions) {
        Map<String, List<double[][][]>> f = new HashMap<>();
        motions.forEach((t, sides) -> f.put(t, features(sides)));
        return f;
    }

    /**
     * {@code keypoints --propose FILE --topic MOTION}: the key points Podium proposes for each side of one motion from
     * its arguments, beside the experts' key points with the number of arguments the experts matched to each.
     */
    private void propose(Path file, String topic) throws Tsv.BadInput, Main.Usage {
        Map<String, List<Side>> motions = read(file);
        if (topic == null || !motions.containsKey(topic)) {
            throw new Main.Usage("--topic must name a motion of " + file + " (" + motions.size() + " there)");
        }
        List<Side> sides = motions.get(topic);
        List<String> texts = new ArrayList<>();
        sides.forEach(s -> texts.addAll(s.arguments));
        Corpus corpus =
                lexical ? KeyPointMatcher.corpus(topic, texts) : KeyPointMatcher.corpus(topic, texts, sentences());
        KeyPoints proposer = new KeyPoints(shipped());
        for (Side side : sides) {
            List<String> args = new ArrayList<>(side.arguments);
            out.printf(Locale.ROOT, "%n%s, one side: %d arguments%n", topic, args.size());
            out.println("  proposed by Podium (comments that make it):");
            for (KeyPoints.Proposal p : proposer.propose(corpus, args, 10, 2)) {
                out.printf(Locale.ROOT, "  %4d  %s%n", p.comments().size(), p.text());
            }
            out.println("  the experts' key points (arguments they matched):");
            for (String kp : side.keyPoints) {
                long n = args.stream()
                        .filter(a -> Boolean.TRUE.equals(side.label(a, kp)))
                        .count();
                out.printf(Locale.ROOT, "  %4d  %s%n", n, kp);
            }
        }
    }

    /** Leave motions out: the motions dealt in order into K folds, each scored by a model learnt on the others. */
    private void crossValidate(Path train, String folds) throws Tsv.BadInput, Main.Usage {
        int k;
        try {
            k = Integer.parseInt(folds);
        } catch (NumberFormatException e) {
            k = 0;
        }
        if (k < 2 || train == null) {
            throw new Main.Usage("--folds K (at least 2) scores --train FILE on itself, motion by motion");
        }
        Map<String, List<Side>> motions = read(train);
        Map<String, List<double[][][]>> features = allFeaturesOf(motions);
        List<String> topics = new ArrayList<>(motions.keySet());
        Figures floor = new Figures();
        Figures sentence = new Figures();
        Figures all = new Figures();
        for (int fold = 0; fold < k; fold++) {
            Map<String, List<Side>> learn = new TreeMap<>();
            for (int t = 0; t < topics.size(); t++) {
                if (t % k != fold) {
                    learn.put(topics.get(t), motions.get(topics.get(t)));
                }
            }
            KeyPointMatcher m = train(learn, features);
            for (int t = fold; t < topics.size(); t += k) {
                String topic = topics.get(t);
                Figures tfidf = evaluate(motions.get(topic), features.get(topic), null);
                Figures fig = evaluate(motions.get(topic), features.get(topic), m);
                out.printf(Locale.ROOT, "%-60s tfidf %s   podium %s%n", topic, tfidf.line(), fig.line());
                floor.add(tfidf);
                if (!lexical) {
                    sentence.add(evaluate(motions.get(topic), features.get(topic), null, 9));
                }
                all.add(fig);
            }
        }
        out.println("TF-IDF cosine (floor, same rows): " + floor.line());
        if (!lexical) {
            out.println("all-MiniLM-L6-v2 cosine alone (same rows): " + sentence.line());
        }
        out.println(all.decisions());
        out.println("RESULT " + all.line());
    }
}
