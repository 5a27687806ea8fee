package org.podium.analysis.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.podium.analysis.text.Terms;

/**
 * Which agenda item a comment is really about: TF-IDF over stemmed content terms of each item's title, description
 * and keywords (the title and keywords counted twice), cosine similarity to the comment. A suggestion is made only
 * when the best item is clearly ahead: at least {@link #MIN_SCORE}, and ahead of the second by {@link #MIN_MARGIN}.
 */
public final class ItemRouter {

    static final double MIN_SCORE = 0.08;
    static final double MIN_MARGIN = 0.03;

    /** An agenda item as the router reads it. */
    public record Item(long id, String title, String description, List<String> keywords) {}

    /** A suggested item with its similarity and the runner-up's. */
    public record Suggestion(long itemId, double score, double runnerUp) {}

    private final List<Long> ids = new ArrayList<>();
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double unknownIdf;

    public ItemRouter(List<Item> items) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Item item : items) {
            List<String> terms = new ArrayList<>();
            terms.addAll(Terms.of(item.title()));
            terms.addAll(Terms.of(item.title()));
            terms.addAll(Terms.of(item.description() == null ? "" : item.description()));
            for (String k : item.keywords()) {
                terms.addAll(Terms.of(k));
                terms.addAll(Terms.of(k));
            }
            Map<String, Integer> c = Terms.counts(terms);
            counts.add(c);
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            ids.add(item.id());
        }
        int n = Math.max(1, items.size());
        df.forEach((t, d) -> idf.put(t, Math.log((1.0 + n) / (1.0 + d)) + 1));
        unknownIdf = Math.log(1.0 + n) + 1;
        for (Map<String, Integer> c : counts) {
            vectors.add(Terms.tfidf(c, idf, unknownIdf));
        }
    }

    /** The item the text is most about, when one clearly is. */
    public Optional<Suggestion> suggest(String text) {
        Map<String, Integer> c = Terms.counts(Terms.of(text));
        c.keySet().removeIf(t -> !idf.containsKey(t));
        if (c.isEmpty() || vectors.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> v = Terms.tfidf(c, idf, unknownIdf);
        int best = -1;
        double first = 0;
        double second = 0;
        for (int i = 0; i < vectors.size(); i++) {
            double s = Terms.cosine(v, vectors.get(i));
            if (s > first) {
                second = first;
                first = s;
                best = i;
            } else if (s > second) {
                second = s;
            }
        }
        if (best < 0 || first < MIN_SCORE || first - second < MIN_MARGIN) {
            return Optional.empty();
        }
        return Optional.of(new Suggestion(ids.get(best), first, second));
    }
}
