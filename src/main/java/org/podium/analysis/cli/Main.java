package org.podium.analysis.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.podium.analysis.campaign.CampaignIndex;
import org.podium.analysis.stance.GeneralModel;
import org.podium.analysis.stance.ItemModel;
import org.podium.analysis.stance.Prediction;
import org.podium.analysis.stance.Stance;
import org.podium.analysis.stance.StanceAnalyzer;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.SentenceVectors;
import org.podium.analysis.text.WordVectors;
import org.podium.analysis.tone.Vader;

/**
 * {@code java -jar podium-analysis.jar stance|tone|campaigns …}: the analysis Podium runs, on a council's own files,
 * so that it can be measured (docs/analysis.md). Exit codes: 0 done, 2 a bad file or bad arguments.
 */
public final class Main {

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Main(out, err).run(args);
        out.flush();
        System.exit(code);
    }

    int run(String[] args) {
        try {
            if (args.length == 0) {
                throw new Usage("name a command: stance, tone, campaigns or keypoints");
            }
            Map<String, String> options = options(args);
            switch (args[0]) {
                case "stance" -> stance(options);
                case "tone" -> tone(options);
                case "campaigns" -> campaigns(options);
                case "keypoints" ->
                    new KeyPointsCommand(out).run(options, path(options, "train", false), path(options, "test", false));
                case "train-general" -> trainGeneral(options);
                case "word-vectors" -> wordVectors(options);
                default ->
                    throw new Usage("unknown command '" + args[0] + "': use stance, tone, campaigns or keypoints");
            }
            return 0;
        } catch (Tsv.BadInput e) {
            err.println("podium-analysis: " + e.getMessage());
            return 2;
        } catch (Usage e) {
            err.println("podium-analysis: " + e.getMessage());
            err.println("usage: java -jar podium-analysis.jar stance [--train TRAIN.tsv] --test TEST.tsv"
                    + " [--model lexical]");
            err.println("       java -jar podium-analysis.jar stance --train LABELLED.tsv --folds 5");
            err.println("       java -jar podium-analysis.jar tone --test FILE.tsv");
            err.println("       java -jar podium-analysis.jar campaigns --input FILE.tsv [--threshold 0.8]");
            err.println("       java -jar podium-analysis.jar keypoints [--train TRAIN.tsv] --test TEST.tsv");
            err.println("       java -jar podium-analysis.jar keypoints --train FILE.tsv --folds K");
            err.println(
                    "       java -jar podium-analysis.jar train-general --train FILE.tsv --out MODEL [--model sentence]");
            return 2;
        }
    }

    private void stance(Map<String, String> o) throws Tsv.BadInput, Usage {
        if (o.containsKey("folds")) {
            crossValidate(o);
            return;
        }
        List<Labelled> test = labelled(path(o, "test", true));
        Path trainFile = path(o, "train", false);
        Map<String, List<Labelled>> byTarget = new LinkedHashMap<>();
        if (trainFile != null) {
            for (Labelled l : labelled(trainFile)) {
                byTarget.computeIfAbsent(l.target, k -> new ArrayList<>()).add(l);
            }
        }
        // --general FILE: a general model of one's own (from train-general), e.g. one that never saw the test motions
        Path generalFile = path(o, "general", false);
        StanceAnalyzer analyzer = generalFile == null
                ? StanceAnalyzer.shipped()
                : new StanceAnalyzer(readGeneral(generalFile), StanceAnalyzer.DEFAULT_THRESHOLD);
        // with the sentence model (unless --model lexical): how close each text is to its target, and what each text
        // means for the targets' own models, read in batches
        Optional<SentenceVectors> sentences = sentenceModel(o);
        sentences.ifPresent(v -> {
            v.of(test.stream().map(l -> l.text).toList());
            v.of(test.stream().map(l -> l.target).distinct().toList());
        });
        out.println("reading: " + (sentences.isPresent() ? "words and the sentence model" : "words only"));
        Map<String, ItemModel> models = new HashMap<>();
        Scores scores = new Scores();
        for (Labelled l : test) {
            ItemModel model = null;
            List<Labelled> rows = byTarget.get(l.target);
            if (rows != null) {
                model = models.computeIfAbsent(l.target, t -> itemModel(t, rows, sentences, analyzer));
            }
            OptionalDouble closeness = sentences.isPresent()
                    ? OptionalDouble.of(sentences.get().closeness(l.text, l.target))
                    : OptionalDouble.empty();
            Prediction p = analyzer.predict(
                    l.target,
                    Prepared.of(l.text),
                    model == null ? 0 : Vader.get().score(l.text).compound(),
                    model,
                    closeness,
                    sentences.map(v -> v.of(l.text)).orElse(null));
            scores.add(l.target, l.label, p.stance(), p.confidence());
        }
        scores.print(out);
    }

    /** The sentence model, unless {@code --model lexical} (words only) or it cannot run here. */
    private static Optional<SentenceVectors> sentenceModel(Map<String, String> o) throws Usage {
        String how = o.getOrDefault("model", "sentence");
        if (!how.equals("sentence") && !how.equals("lexical")) {
            throw new Usage("--model is sentence (words and the closeness of meaning) or lexical (words only), not '"
                    + how + "'");
        }
        return how.equals("lexical") ? Optional.empty() : SentenceVectors.available();
    }

    /** A target's own model from its labelled rows, reading what each means too when the sentence model is here. */
    private static ItemModel itemModel(
            String target, List<Labelled> rows, Optional<SentenceVectors> sentences, StanceAnalyzer withoutLabels) {
        List<String> texts = rows.stream().map(r -> r.text).toList();
        List<Stance> labels = rows.stream().map(r -> r.label).toList();
        return ItemModel.trainChecked(
                target, texts, labels, null, sentences.map(v -> v.of(texts)).orElse(null), withoutLabels);
    }

    /**
     * {@code stance --train FILE --folds K}: for a council with one labelled file. Each target's rows are dealt at
     * random (but the same every run) into K folds, label by label, so that every fold has its share of each side; each
     * fold is scored by per-target models trained on the other folds, and the figures are over all rows.
     */
    private void crossValidate(Map<String, String> o) throws Tsv.BadInput, Usage {
        if (o.containsKey("test")) {
            throw new Usage("--folds scores the --train file on itself; leave --test out");
        }
        int k;
        try {
            k = Integer.parseInt(o.get("folds"));
        } catch (NumberFormatException e) {
            k = 0;
        }
        if (k < 2) {
            throw new Usage("--folds must be a whole number of at least 2");
        }
        List<Labelled> rows = labelled(path(o, "train", true));
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            groups.computeIfAbsent(rows.get(i).target + "\t" + rows.get(i).label, g -> new ArrayList<>())
                    .add(i);
        }
        int[] fold = new int[rows.size()];
        Random random = new Random(2026);
        int next = 0;
        for (List<Integer> group : groups.values()) {
            Collections.shuffle(group, random);
            for (int i : group) {
                fold[i] = next++ % k; // continuing across groups keeps the folds' sizes within one of each other
            }
        }
        Optional<SentenceVectors> sentences = sentenceModel(o);
        sentences.ifPresent(v -> v.of(rows.stream().map(l -> l.text).toList()));
        out.println("reading: " + (sentences.isPresent() ? "words and the sentence model" : "words only"));
        StanceAnalyzer analyzer = StanceAnalyzer.shipped();
        Scores scores = new Scores();
        for (int f = 0; f < k; f++) {
            Map<String, List<Labelled>> byTarget = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] != f) {
                    byTarget.computeIfAbsent(rows.get(i).target, t -> new ArrayList<>())
                            .add(rows.get(i));
                }
            }
            Map<String, ItemModel> models = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] != f) {
                    continue;
                }
                Labelled l = rows.get(i);
                List<Labelled> train = byTarget.get(l.target);
                ItemModel model = train == null
                        ? null
                        : models.computeIfAbsent(l.target, t -> itemModel(t, train, sentences, analyzer));
                Prediction p = analyzer.predict(
                        l.target,
                        Prepared.of(l.text),
                        model == null ? 0 : Vader.get().score(l.text).compound(),
                        model,
                        OptionalDouble.empty(),
                        model != null && sentences.isPresent() ? sentences.get().of(l.text) : null);
                scores.add(l.target, l.label, p.stance());
            }
        }
        scores.print(out);
    }

    private void tone(Map<String, String> o) throws Tsv.BadInput, Usage {
        Path file = path(o, "test", true);
        List<Tsv.Row> rows = Tsv.read(file, "text", "valence");
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        Vader vader = Vader.get();
        for (int i = 0; i < rows.size(); i++) {
            Tsv.Row r = rows.get(i);
            try {
                y[i] = Double.parseDouble(r.get(1).strip());
            } catch (NumberFormatException e) {
                throw new Tsv.BadInput(file, r.line(), "valence '" + r.get(1) + "' is not a number");
            }
            x[i] = vader.score(r.get(0)).compound();
        }
        out.printf(Locale.ROOT, "RESULT pearson=%.4f n=%d%n", pearson(x, y), rows.size());
    }

    private void campaigns(Map<String, String> o) throws Tsv.BadInput, Usage {
        Path file = path(o, "input", true);
        double threshold = CampaignIndex.DEFAULT_THRESHOLD;
        if (o.containsKey("threshold")) {
            try {
                threshold = Double.parseDouble(o.get("threshold"));
            } catch (NumberFormatException e) {
                threshold = -1;
            }
            if (!(threshold > 0 && threshold <= 1)) {
                throw new Usage("--threshold must be a number above 0 and at most 1");
            }
        }
        List<Tsv.Row> rows = Tsv.read(file, "id", "text");
        CampaignIndex index = new CampaignIndex(threshold);
        int[] campaign = new int[rows.size()];
        int[] members = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            campaign[i] = index.add(rows.get(i).get(1));
            members[campaign[i]]++;
        }
        int campaigns = 0;
        int singletons = 0;
        for (int i = 0; i < rows.size(); i++) {
            out.println(rows.get(i).get(0) + "\t" + rows.get(campaign[i]).get(0));
            if (campaign[i] == i) {
                if (members[i] > 1) {
                    campaigns++;
                } else {
                    singletons++;
                }
            }
        }
        out.flush();
        err.printf(Locale.ROOT, "RESULT campaigns=%d singletons=%d%n", campaigns, singletons);
    }

    /** The build's step: trains the general stance model on the ArgQ file and writes it where the jar takes it from. */
    private void trainGeneral(Map<String, String> o) throws Tsv.BadInput, Usage {
        List<Labelled> rows = labelled(path(o, "train", true));
        Path target = Path.of(o.getOrDefault("out", "general-stance.model.gz"));
        List<String> texts = rows.stream().map(r -> r.text).toList();
        // --model sentence: a model that reads each argument's sentence vector too (the texts embedded first:
        // minutes); lexical (the build's): words only
        String how = o.getOrDefault("model", "lexical");
        if (!how.equals("sentence") && !how.equals("lexical")) {
            throw new Usage("--model is lexical (words only) or sentence (words and meaning), not '" + how + "'");
        }
        List<float[]> meanings = null;
        if (how.equals("sentence")) {
            SentenceVectors sentences = SentenceVectors.available()
                    .orElseThrow(() -> new Usage("--model sentence needs the sentence model, which cannot run here: "
                            + SentenceVectors.whyUnavailable()
                                    .map(Throwable::getMessage)
                                    .orElse("unknown")));
            meanings = new ArrayList<>(texts.size());
            for (int from = 0; from < texts.size(); from += 2000) {
                // in parts: the model remembers fewer texts than the ArgQ file has
                meanings.addAll(sentences.of(texts.subList(from, Math.min(texts.size(), from + 2000))));
            }
        }
        GeneralModel model = GeneralModel.train(
                rows.stream().map(r -> r.target).toList(),
                texts,
                rows.stream().map(r -> r.label).toList(),
                Integer.parseInt(o.getOrDefault("epochs", "8")),
                meanings);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(target)) {
                model.write(os);
            }
        } catch (IOException e) {
            throw new Usage("cannot write " + target + ": " + e.getMessage());
        }
        err.println("general stance model" + (meanings == null ? "" : " (words and meaning)") + ": " + rows.size()
                + " rows -> " + target);
    }

    /**
     * How the shipped word vectors were made: {@code word-vectors --input glove.6B.100d.txt --words 50000 --out F}
     * (src/main/analysis/README.md).
     */
    private void wordVectors(Map<String, String> o) throws Tsv.BadInput, Usage {
        Path input = path(o, "input", true);
        Path target = path(o, "out", true);
        int limit;
        try {
            limit = Integer.parseInt(o.getOrDefault("words", "50000"));
        } catch (NumberFormatException e) {
            throw new Usage("--words must be a whole number");
        }
        OutputStream os;
        try {
            os = Files.newOutputStream(target);
        } catch (IOException e) {
            throw new Usage("cannot write " + target + ": " + e);
        }
        try (var in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
                os) {
            int n = WordVectors.convert(in, limit, os);
            err.println("word vectors: " + n + " words -> " + target);
        } catch (IOException e) {
            // "line N: …" from the conversion becomes FILE:N: …, as for every other bad file
            var m = Pattern.compile("line (\\d+): (.*)").matcher(String.valueOf(e.getMessage()));
            throw m.matches()
                    ? new Tsv.BadInput(input, Integer.parseInt(m.group(1)), m.group(2))
                    : new Tsv.BadInput(input, 0, "cannot read: " + e);
        }
    }

    private static GeneralModel readGeneral(Path file) throws Tsv.BadInput {
        try (var in = Files.newInputStream(file)) {
            return GeneralModel.read(in);
        } catch (IOException e) {
            throw new Tsv.BadInput(file, 0, "not a general stance model (" + e.getMessage() + ")");
        }
    }

    private record Labelled(String target, String text, Stance label) {}

    private static List<Labelled> labelled(Path file) throws Tsv.BadInput {
        List<Labelled> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, "target", "text", "label")) {
            Stance s = Stance.parse(r.get(2))
                    .orElseThrow(() -> new Tsv.BadInput(
                            file,
                            r.line(),
                            "label '" + r.get(2)
                                    + "' is not one of SUPPORT, OPPOSE, NEUTRAL (or FAVOR, AGAINST, NONE, PRO, CON)"));
            out.add(new Labelled(r.get(0).strip(), r.get(1), s));
        }
        return out;
    }

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static Map<String, String> options(String[] args) throws Usage {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new Usage("expected --option value, found '" + args[i] + "'");
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    private static Path path(Map<String, String> o, String name, boolean required) throws Usage {
        String v = o.get(name);
        if (v == null && required) {
            throw new Usage("--" + name + " FILE is required");
        }
        return v == null ? null : Path.of(v);
    }

    /** Bad arguments: the message and the usage are printed, exit code 2. */
    static final class Usage extends Exception {
        Usage(String message) {
            super(message);
        }
    }
}
