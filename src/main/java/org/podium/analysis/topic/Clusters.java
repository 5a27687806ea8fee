package org.podium.analysis.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.podium.analysis.text.Terms;
import org.podium.analysis.text.Text;

/**
 * Discovers groups of similar comments (spherical k-means on TF-IDF vectors of stemmed content terms, k-means++ seeds
 * from a fixed seed so that the same comments give the same groups), each with its top terms and a readable name (a
 * key phrase residents wrote, never a word stem), for a clerk to name and turn into a topic. Give it one text per
 * campaign, not every copy of a form letter.
 */
public final class Clusters {

    /**
     * A group: the indexes of its texts (in the order given), its top terms (stems, for matching) and its name (words
     * as residents wrote them, for people).
     */
    public record Cluster(List<Integer> members, List<String> topTerms, String name) {}

    /** The longest key phrase tried, in words. */
    private static final int PHRASE_MAX = 4;

    private Clusters() {}

    /** About one group per 15 texts, between 2 and {@code maxGroups}; fewer than 6 texts make no groups. */
    public static List<Cluster> discover(List<String> texts, int maxGroups) {
        int n = texts.size();
        if (n < 6) {
            return List.of();
        }
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            Map<String, Integer> c = Terms.counts(Terms.of(t));
            counts.add(c);
            c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        // a term in one text only, or in most of them, says nothing about a group
        df.forEach((w, d) -> {
            if (d >= 2 && d <= n * 0.6) {
                idf.put(w, Math.log((double) n / d));
            }
        });
        List<Map<String, Double>> x = new ArrayList<>(n);
        for (Map<String, Integer> c : counts) {
            c.keySet().removeIf(w -> !idf.containsKey(w));
            x.add(Terms.tfidf(c, idf, 0));
        }
        int k = Math.max(2, Math.min(maxGroups, n / 15));
        Random random = new Random(17);
        List<Map<String, Double>> centroids = seeds(x, k, random);
        int[] assign = new int[n];
        for (int iter = 0; iter < 20; iter++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestSim = -1;
                for (int c = 0; c < centroids.size(); c++) {
                    double s = Terms.cosine(x.get(i), centroids.get(c));
                    if (s > bestSim) {
                        bestSim = s;
                        best = c;
                    }
                }
                if (assign[i] != best || iter == 0) {
                    moved |= assign[i] != best;
                    assign[i] = best;
                }
            }
            centroids = centroids(x, assign, centroids.size());
            if (!moved && iter > 0) {
                break;
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (int c = 0; c < centroids.size(); c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (assign[i] == c && !x.get(i).isEmpty()) {
                    members.add(i);
                }
            }
            if (members.size() < 2) {
                continue;
            }
            List<String> top = centroids.get(c).entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(5)
                    .map(Map.Entry::getKey)
                    .toList();
            out.add(new Cluster(members, top, name(texts, members, top)));
        }
        out.sort(Comparator.comparingInt((Cluster cl) -> -cl.members().size()));
        return out;
    }

    /**
     * The group's name: the phrase of two to four words (no stop word at either end, no sentence break inside) that
     * the most of its texts share and that holds the most of its top terms, if at least two texts and a quarter of
     * the group share it; otherwise its top terms as the words residents wrote most often for them ("goes, pension,
     * raised", not "goe, pension, rais").
     */
    static String name(List<String> texts, List<Integer> members, List<String> topTerms) {
        Set<String> top = new HashSet<>(topTerms);
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> covered = new HashMap<>();
        Map<String, Map<String, Integer>> surface = new HashMap<>();
        for (int m : members) {
            List<String> tokens = Text.tokens(Text.normalize(texts.get(m)));
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i);
                if (!w.equals(".")) {
                    surface.computeIfAbsent(Text.stem(w), k -> new HashMap<>()).merge(w, 1, Integer::sum);
                }
                for (int n = 2; n <= PHRASE_MAX && i + n <= tokens.size(); n++) {
                    List<String> words = tokens.subList(i, i + n);
                    if (words.contains(".") || !content(words.get(0)) || !content(words.get(n - 1))) {
                        continue;
                    }
                    int hits = (int) words.stream()
                            .map(Text::stem)
                            .filter(top::contains)
                            .distinct()
                            .count();
                    if (hits == 0) {
                        continue;
                    }
                    String phrase = String.join(" ", words);
                    if (seen.add(phrase)) {
                        df.merge(phrase, 1, Integer::sum);
                        covered.put(phrase, hits);
                    }
                }
            }
        }
        int least = Math.max(2, (members.size() + 3) / 4);
        Comparator<String> better = Comparator.<String>comparingInt(df::get)
                .thenComparingInt(covered::get)
                .thenComparingInt(p -> p.split(" ").length)
                .reversed()
                .thenComparing(Comparator.naturalOrder());
        return df.keySet().stream()
                .filter(p -> df.get(p) >= least)
                .min(better)
                .orElseGet(() -> topTerms.stream()
                        .limit(3)
                        .map(t -> surface.getOrDefault(t, Map.of(t, 1)).entrySet().stream()
                                .max(Map.Entry.<String, Integer>comparingByValue()
                                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                                .orElseThrow()
                                .getKey())
                        .collect(Collectors.joining(", ")));
    }

    /** A word that may begin or end a key phrase: not a stop word, not a number. */
    private static boolean content(String w) {
        return !Terms.of(List.of(w)).isEmpty();
    }

    private static List<Map<String, Double>> seeds(List<Map<String, Double>> x, int k, Random random) {
        List<Map<String, Double>> seeds = new ArrayList<>();
        seeds.add(x.get(random.nextInt(x.size())));
        double[] d = new double[x.size()];
        while (seeds.size() < k) {
            double total = 0;
            for (int i = 0; i < x.size(); i++) {
                double best = 0;
                for (Map<String, Double> s : seeds) {
                    best = Math.max(best, Terms.cosine(x.get(i), s));
                }
                d[i] = (1 - best) * (1 - best);
                total += d[i];
            }
            if (total == 0) {
                break;
            }
            double r = random.nextDouble() * total;
            int pick = 0;
            for (; pick < d.length - 1 && r > d[pick]; pick++) {
                r -= d[pick];
            }
            seeds.add(x.get(pick));
        }
        return seeds;
    }

    private static List<Map<String, Double>> centroids(List<Map<String, Double>> x, int[] assign, int k) {
        List<Map<String, Double>> sums = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            sums.add(new HashMap<>());
        }
        for (int i = 0; i < x.size(); i++) {
            Map<String, Double> s = sums.get(assign[i]);
            x.get(i).forEach((w, v) -> s.merge(w, v, Double::sum));
        }
        for (Map<String, Double> s : sums) {
            double norm = Math.sqrt(s.values().stream().mapToDouble(v -> v * v).sum());
            if (norm > 0) {
                s.replaceAll((w, v) -> v / norm);
            }
        }
        return sums;
    }
}
