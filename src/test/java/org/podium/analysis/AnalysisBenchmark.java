package org.podium.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.podium.analysis.campaign.CampaignIndex;
import org.podium.analysis.stance.ItemModel;
import org.podium.analysis.stance.Stance;
import org.podium.analysis.text.Text;
import org.podium.analysis.topic.Taxonomy;
import org.podium.analysis.topic.TopicModel;
import org.podium.bench.BenchTable;

/**
 * The analysis alone, in the benchmark JVM (-Xmx384m): comments of about 1,000 characters analysed per second on one
 * thread (tone + stance + topics + campaign lookup), next to the raw limit of only normalising and tokenising them;
 * retraining an item's model on 5,000 labelled comments; grouping 1,000,000 comments into campaigns, generated on the
 * fly (so that only the index is held), with the heap in use afterwards. Prints figures; never fails on a timing.
 */
public class AnalysisBenchmark {

    static final String[] WORDS = ("levy tax property seniors income homes families library parks police schools "
                    + "budget council vote increase afford rent mortgage streets safety children business jobs fund city "
                    + "services hours pool fire emergency neighbourhood residents pay money fair unfair need support oppose "
                    + "please consider future years cost burden relief plan proposal spending waste audit staff salaries "
                    + "community voices hearing decision trust transparency")
            .split(" ");
    static final String[] OPENERS = {
        "I urge you to vote no on this levy.",
        "I support the levy for our libraries.",
        "As a retired teacher on a fixed income I am worried.",
        "Our small business cannot absorb this.",
        "Please consider the children of this city.",
        "I have lived here for thirty years."
    };

    public static String comment(SplittableRandom r, int chars) {
        StringBuilder b = new StringBuilder(chars + 100);
        b.append(OPENERS[r.nextInt(OPENERS.length)]).append(' ');
        while (b.length() < chars) {
            int n = 6 + r.nextInt(10);
            for (int i = 0; i < n; i++) {
                String w = WORDS[r.nextInt(WORDS.length)];
                b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w)
                        .append(' ');
            }
            b.setLength(b.length() - 1);
            b.append(r.nextInt(5) == 0 ? "! " : ". ");
        }
        return b.toString();
    }

    @Test
    void figures() {
        SplittableRandom r = new SplittableRandom(2026);
        List<String> texts = new ArrayList<>();
        List<Stance> labels = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            texts.add(comment(r, 1000));
            labels.add(Stance.values()[r.nextInt(3)]);
        }
        String target = "Ordinance: 2027 property tax levy increase of $60 million";
        // the council's topics after its clerks decided each of them on 400 comments (the keywords' reading, one
        // decision in ten turned), so that every topic has a model of its own: the costlier case
        Taxonomy keywords = new Taxonomy(Taxonomy.defaults());
        List<TopicModel.Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            List<String> read = keywords.topicsOf(texts.get(i));
            for (String topic : keywords.names()) {
                decisions.add(new TopicModel.Decision(texts.get(i), topic, read.contains(topic) ^ r.nextInt(10) == 0));
            }
        }
        TopicModel topics = TopicModel.train(keywords, decisions);
        if (topics.learnt().size() != keywords.names().size()) {
            throw new IllegalStateException("every topic should have a model: " + topics.learnt());
        }
        Analyzer analyzer = Analyzer.shipped();

        // retraining an item on 5,000 labelled comments (3 runs, the last reported: the first warms the JIT up)
        double trainSeconds = 0;
        ItemModel model = null;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            model = ItemModel.train(texts, labels, null);
            trainSeconds = (System.nanoTime() - t0) / 1e9;
        }

        // per comment, one thread: three passes to warm the JIT up (the second pass still runs partly compiled code),
        // then five measured; the median of those is reported, by the clock and by the thread's CPU time (the machine
        // is shared: the clock also counts the time other work takes the core away)
        int sink = 0;
        int warm = 3;
        int measured = 5;
        double[][] figures = new double[5][measured];
        var cpu = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < warm + measured; pass++) {
            int m = pass - warm;
            long t0 = System.nanoTime();
            for (String t : texts) {
                sink += Text.tokens(Text.normalize(t)).size();
            }
            double rawPerSecond = texts.size() / ((System.nanoTime() - t0) / 1e9);
            CampaignIndex campaigns = new CampaignIndex(0.8);
            long c0 = cpu.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            for (String t : texts) {
                sink += analyzer.analyze(target, t, Stance.OPPOSE, model, topics, campaigns)
                        .topics()
                        .size();
            }
            double itemPerSecond = texts.size() / ((System.nanoTime() - t0) / 1e9);
            double itemPerCpuSecond = texts.size() / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
            campaigns = new CampaignIndex(0.8);
            c0 = cpu.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            for (String t : texts) {
                sink += analyzer.analyze(target, t, null, null, topics, campaigns)
                        .topics()
                        .size();
            }
            double newItemPerSecond = texts.size() / ((System.nanoTime() - t0) / 1e9);
            double newItemPerCpuSecond = texts.size() / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
            if (m >= 0) {
                double[] values = {rawPerSecond, itemPerSecond, newItemPerSecond, itemPerCpuSecond, newItemPerCpuSecond
                };
                for (int f = 0; f < values.length; f++) {
                    figures[f][m] = values[f];
                }
            }
        }
        double rawPerSecond = median(figures[0]);
        double itemPerSecond = median(figures[1]);
        double newItemPerSecond = median(figures[2]);
        double itemPerCpuSecond = median(figures[3]);
        double newItemPerCpuSecond = median(figures[4]);
        assertTrue(sink > 0);

        // 1,000,000 comments into campaigns: 200 letters; 60 % exact copies, 26 % near copies, 14 % unique
        int total = Integer.getInteger("bench.campaign.comments", 1_000_000);
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            letters.add(comment(r, 800));
        }
        long t0 = System.nanoTime();
        SplittableRandom g = new SplittableRandom(7);
        for (int i = 0; i < total; i++) {
            sink += generated(g, letters, i).length();
        }
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        g = new SplittableRandom(7);
        CampaignIndex index = new CampaignIndex(0.8);
        int[] firstOfLetter = new int[letters.size()];
        Arrays.fill(firstOfLetter, -1);
        int wrong = 0;
        t0 = System.nanoTime();
        for (int i = 0; i < total; i++) {
            String text = generated(g, letters, i);
            int campaign = index.add(text);
            int letter = letterOf(i, letters.size());
            if (letter >= 0) {
                if (firstOfLetter[letter] < 0) {
                    firstOfLetter[letter] = campaign;
                } else if (firstOfLetter[letter] != campaign) {
                    wrong++;
                }
            }
        }
        double groupSeconds = (System.nanoTime() - t0) / 1e9 - generateSeconds;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        assertEquals(total, index.size());

        System.out.printf(
                Locale.ROOT,
                "%n=== Analysis (one thread, %d comments of ~1,000 characters; median of 5 passes"
                        + " after 3 to warm up) ===%n",
                texts.size());
        System.out.printf(Locale.ROOT, "%-62s %12s %8s%n", "figure", "value", "ratio");
        System.out.printf(
                Locale.ROOT,
                "%-62s %12.0f %8.2f%n",
                "normalise + tokenise only (raw limit), comments/s",
                rawPerSecond,
                1.0);
        System.out.printf(
                Locale.ROOT,
                "%-62s %12.0f %8.2f%n",
                "full analysis, item with its own model, comments/s/core",
                itemPerSecond,
                itemPerSecond / rawPerSecond);
        System.out.printf(
                Locale.ROOT,
                "%-62s %12.0f %8.2f%n",
                "full analysis, new item (cues + general model), comments/s/core",
                newItemPerSecond,
                newItemPerSecond / rawPerSecond);
        System.out.printf(
                Locale.ROOT,
                "%-62s %12.0f%n",
                "  the same by the thread's CPU time, item with its own model",
                itemPerCpuSecond);
        System.out.printf(
                Locale.ROOT, "%-62s %12.0f%n", "  the same by the thread's CPU time, new item", newItemPerCpuSecond);
        System.out.printf(Locale.ROOT, "%-62s %12.2f%n", "retrain an item on 5,000 labelled comments, s", trainSeconds);
        System.out.printf(
                Locale.ROOT,
                "%-62s %12.1f%n",
                "campaign grouping of " + total + " comments, s (generation excluded)",
                groupSeconds);
        System.out.printf(Locale.ROOT, "%-62s %12.1f%n", "  generating them alone (raw limit), s", generateSeconds);
        System.out.printf(
                Locale.ROOT, "%-62s %12d%n", "  heap in use after grouping, MB (JVM limit -Xmx384m)", heap >> 20);
        System.out.printf(Locale.ROOT, "%-62s %12d%n", "  copies of a letter placed outside its campaign", wrong);
        System.out.printf(
                Locale.ROOT,
                "%-62s %12d%n",
                "  processors",
                Runtime.getRuntime().availableProcessors());
        String raw = "normalise + tokenise only, comments/s";
        BenchTable.record("Analysis", "item with its own model", "comments/s/core", itemPerSecond, raw, rawPerSecond);
        BenchTable.record(
                "Analysis", "new item (cues + general model)", "comments/s/core", newItemPerSecond, raw, rawPerSecond);
        BenchTable.record("Analysis", "retrain an item on 5,000 labels", "s", trainSeconds);
        BenchTable.record(
                "Analysis",
                "campaign grouping of " + total + " comments",
                "s",
                groupSeconds,
                "generating them alone, s",
                generateSeconds);
        BenchTable.record("Analysis", "heap after grouping " + total + " comments", "MB", heap >> 20);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Row i: which letter it copies (−1: a unique comment). */
    static int letterOf(int i, int letters) {
        int bucket = Math.floorMod(i * 0x9E3779B9, 100);
        return bucket < 86 ? Math.floorMod(i * 31 + 7, letters) : -1;
    }

    static String generated(SplittableRandom g, List<String> letters, int i) {
        int bucket = Math.floorMod(i * 0x9E3779B9, 100);
        int letter = letterOf(i, letters.size());
        if (bucket < 60) {
            g.nextInt();
            return letters.get(letter);
        }
        if (bucket < 86) {
            // a near copy: a name and a line of one's own
            return "Dear Council, " + letters.get(letter) + " Signed, resident number " + g.nextInt(1_000_000) + ".";
        }
        return comment(g, 600 + g.nextInt(400));
    }
}
