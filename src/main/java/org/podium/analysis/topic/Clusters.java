package org.podium.analysis.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.podium.analysis.text.Terms;

/**
 * Discovers groups of similar comments (spherical k-means on TF-IDF vectors of stemmed content terms, k-means++ seeds
 * from a fixed seed so that the same comments give the same groups), each shown with its top terms, for a clerk to
 * name and turn into a topic. Give it one text per campaign, not every copy of a form letter.
 */
public final class Clusters {

    /** A group: the indexes of its texts (in the order given) and its top terms. */
    public record Cluster(List<Integer> members, List<String> topTerms) {}

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
            out.add(new Cluster(members, top));
        }
        out.sort(Comparator.comparingInt((Cluster cl) -> -cl.members().size()));
        return out;
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
