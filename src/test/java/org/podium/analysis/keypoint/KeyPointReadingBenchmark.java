package org.podium.analysis.keypoint;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.podium.analysis.text.SentenceVectors;
import org.podium.bench.BenchTable;

/**
 * What one reading of an item's key points costs, as the server does it (propose from at most 200 texts per side, ten
 * points each, then match every text against them): with words alone and with the sentence model, for 1,000 and 4,000
 * comments (ArgKP-2021's development arguments as comments), the first reading (no vector known yet) and the next one
 * after ten new comments (the vectors of the others remembered). CPU of the whole process (ONNX Runtime reads on
 * threads of its own), wall time, and the heap after the readings. Prints figures; never fails on a timing.
 */
class KeyPointReadingBenchmark {

    static final String TITLE = "Ordinance: 2027 property tax levy increase of $60 million";

    @Test
    void figures() throws IOException {
        Map<String, Integer> arguments = arguments();
        List<String> opposed = new ArrayList<>();
        List<String> support = new ArrayList<>();
        arguments.forEach((a, stance) -> (stance < 0 ? opposed : support).add(a));
        SentenceVectors sentences = SentenceVectors.shipped();
        for (int n : new int[] {1_000, 4_000}) {
            List<List<String>> sides = List.of(
                    opposed.subList(0, Math.min(opposed.size(), n / 2)),
                    support.subList(0, Math.min(support.size(), n / 2)));
            // the ten new comments of the second reading: texts not read yet
            List<List<String>> more = List.of(opposed.subList(n / 2, n / 2 + 5), support.subList(n / 2, n / 2 + 5));
            for (boolean withSentences : new boolean[] {false, true}) {
                String how = withSentences ? "sentences" : "words";
                double[] first = read(sides, withSentences ? sentences : null);
                double[] next = read(plus(sides, more), withSentences ? sentences : null);
                System.out.printf(
                        Locale.ROOT,
                        "key points, %,d comments, %s: first reading %.2f s CPU (%.2f s wall), next %.2f s CPU"
                                + " (%.2f s wall)%n",
                        n,
                        how,
                        first[0],
                        first[1],
                        next[0],
                        next[1]);
                BenchTable.record("Key points", "first reading, " + n + " comments, " + how, "s CPU", first[0]);
                BenchTable.record("Key points", "next reading, " + n + " comments, " + how, "s CPU", next[0]);
            }
        }
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "heap after the readings (model and remembered vectors): %d MB%n", heap >> 20);
        BenchTable.record("Key points", "heap with the sentence model and its vectors", "MB", heap >> 20);
    }

    private static List<List<String>> plus(List<List<String>> sides, List<List<String>> more) {
        List<List<String>> out = new ArrayList<>();
        for (int s = 0; s < sides.size(); s++) {
            List<String> t = new ArrayList<>(sides.get(s));
            t.addAll(more.get(s));
            out.add(t);
        }
        return out;
    }

    /** One reading as the server's: {cpu seconds, wall seconds}. */
    private static double[] read(List<List<String>> sides, SentenceVectors sentences) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<String> all = new ArrayList<>();
        sides.forEach(all::addAll);
        Corpus corpus =
                sentences == null ? KeyPointMatcher.corpus(TITLE, all) : KeyPointMatcher.corpus(TITLE, all, sentences);
        KeyPoints keyPoints =
                new KeyPoints(sentences == null ? KeyPointMatcher.shippedLexical() : KeyPointMatcher.shipped());
        for (List<String> side : sides) {
            List<String> from = side.subList(0, Math.min(200, side.size()));
            List<KeyPoints.Proposal> points = keyPoints.propose(corpus, from, 10, 2);
            assertFalse(points.isEmpty(), "a reading of " + side.size() + " arguments proposes points");
            List<List<String>> wordings =
                    points.stream().map(p -> List.of(p.text())).toList();
            keyPoints.match(corpus, side, wordings);
        }
        return new double[] {(os.getProcessCpuTime() - cpu0) / 1e9, (System.nanoTime() - t0) / 1e9};
    }

    /** Each distinct argument of the development motions with its stance (1 for, -1 against). */
    private static Map<String, Integer> arguments() throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        Path file = Path.of("src/main/analysis/argkp-dev.tsv.gz");
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                out.putIfAbsent(f[1], Integer.parseInt(f[3]));
            }
        }
        return out;
    }
}
