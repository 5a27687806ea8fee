package org.podium.analysis.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podium.analysis.stance.LinearModel;
import org.podium.analysis.stance.Sparse;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.Terms;

/**
 * A council's topics as its clerks taught them: the keywords first, then what the clerks decided. Each time a clerk
 * puts a topic on a comment or takes it off, that is a decision about that topic; once a topic has at least
 * {@value #MIN_EACH} decisions each way, a model of its own (logistic regression on the comment's stemmed words,
 * and whether a keyword of the topic is among them) decides it. So a topic learns the words the keywords missed
 * ("classroom" without "school") and the places where a keyword misleads ("safe" in "a safe bet"), and a topic the
 * clerks have not corrected is read by its keywords alone. Immutable; thread-safe.
 */
public final class TopicModel {

    /** Decisions each way a topic needs before its own model decides it. */
    public static final int MIN_EACH = 3;

    static final int BITS = 14;
    static final int EPOCHS = 20;

    /** A clerk's decision: the comment's text is (or is not) about the topic. */
    public record Decision(String text, String topic, boolean about) {}

    private final Taxonomy taxonomy;
    private final LinearModel[] models;

    private TopicModel(Taxonomy taxonomy, LinearModel[] models) {
        this.taxonomy = taxonomy;
        this.models = models;
    }

    /** The keywords alone. */
    public static TopicModel of(Taxonomy taxonomy) {
        return new TopicModel(taxonomy, new LinearModel[taxonomy.names().size()]);
    }

    /** Decisions about topics no longer in the taxonomy are left out. */
    public static TopicModel train(Taxonomy taxonomy, List<Decision> decisions) {
        List<String> names = taxonomy.names();
        Map<String, Integer> index = new HashMap<>();
        for (int t = 0; t < names.size(); t++) {
            index.put(names.get(t), t);
        }
        Map<String, Integer> texts = new HashMap<>();
        List<List<String>> terms = new ArrayList<>();
        List<List<Integer>> rows = new ArrayList<>();
        for (int t = 0; t < names.size(); t++) {
            rows.add(new ArrayList<>());
        }
        List<Boolean> about = new ArrayList<>();
        List<Integer> textOf = new ArrayList<>();
        for (Decision d : decisions) {
            Integer t = index.get(d.topic());
            if (t == null) {
                continue;
            }
            int text = texts.computeIfAbsent(d.text(), x -> {
                terms.add(Terms.of(Prepared.of(x).tokens()));
                return terms.size() - 1;
            });
            rows.get(t).add(about.size());
            about.add(d.about());
            textOf.add(text);
        }
        LinearModel[] models = new LinearModel[names.size()];
        for (int t = 0; t < names.size(); t++) {
            List<Integer> mine = rows.get(t);
            long yes = mine.stream().filter(about::get).count();
            if (yes < MIN_EACH || mine.size() - yes < MIN_EACH) {
                continue;
            }
            List<Sparse> xs = new ArrayList<>(mine.size());
            int[] ys = new int[mine.size()];
            for (int i = 0; i < mine.size(); i++) {
                List<String> words = terms.get(textOf.get(mine.get(i)));
                xs.add(features(words, taxonomy.hits(words)[t]));
                ys[i] = about.get(mine.get(i)) ? 1 : 0;
            }
            LinearModel m = new LinearModel(2, (1 << BITS) + 1);
            m.train(xs, ys, null, EPOCHS, 1e-4, LinearModel.balancedWeights(ys, null, 2, 1), 11, EPOCHS / 2);
            models[t] = m;
        }
        return new TopicModel(taxonomy, models);
    }

    /** The comment's stemmed words, each once, hashed (unit length); and whether the topic's keywords matched. */
    static Sparse features(List<String> terms, boolean keyword) {
        int[] slots = new int[terms.size() + 1];
        int mask = (1 << BITS) - 1;
        for (int i = 0; i < terms.size(); i++) {
            int h = terms.get(i).hashCode() * 0x9E3779B1;
            slots[i] = (h >>> (32 - BITS)) & mask;
        }
        Arrays.sort(slots, 0, terms.size());
        int n = 0;
        for (int i = 0; i < terms.size(); i++) {
            if (n == 0 || slots[n - 1] != slots[i]) {
                slots[n++] = slots[i];
            }
        }
        float[] val = new float[n + 1];
        Arrays.fill(val, 0, n, n == 0 ? 0 : (float) (1 / Math.sqrt(n)));
        slots[n] = 1 << BITS;
        val[n] = keyword ? 1 : 0;
        return new Sparse(Arrays.copyOf(slots, n + 1), val);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The names of the topics that have a model of their own (learnt from the clerks). */
    public List<String> learnt() {
        List<String> names = taxonomy.names();
        List<String> out = new ArrayList<>();
        for (int t = 0; t < models.length; t++) {
            if (models[t] != null) {
                out.add(names.get(t));
            }
        }
        return out;
    }

    /** The names of the topics the text is about, in the taxonomy's order. */
    public List<String> topicsOf(Prepared text) {
        List<String> terms = Terms.of(text.tokens());
        boolean[] hits = taxonomy.hits(terms);
        Sparse x = null;
        double[] p = new double[2];
        List<String> names = taxonomy.names();
        List<String> out = new ArrayList<>();
        for (int t = 0; t < hits.length; t++) {
            boolean about = hits[t];
            if (models[t] != null) {
                if (x == null) {
                    x = features(terms, false);
                }
                x.value()[x.size() - 1] = hits[t] ? 1 : 0;
                models[t].probabilities(x, p);
                about = p[1] >= 0.5;
            }
            if (about) {
                out.add(names.get(t));
            }
        }
        return out;
    }

    public List<String> topicsOf(String text) {
        return topicsOf(Prepared.of(text));
    }

    @Override
    public String toString() {
        return "TopicModel" + Arrays.toString(learnt().toArray());
    }
}
