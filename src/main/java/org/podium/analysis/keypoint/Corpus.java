package org.podium.analysis.keypoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.podium.analysis.text.SentenceVectors;
import org.podium.analysis.text.Terms;
import org.podium.analysis.text.Text;
import org.podium.analysis.text.WordVectors;

/**
 * The texts of one item (or motion) as key point matching reads them: how rare each term is among them (IDF), the
 * words of the item's own title (which every comment on it shares, so they tell nothing apart), and each text's terms,
 * TF-IDF vector and word vectors. Built once per item from all its texts; not thread-safe while texts are added.
 */
public final class Corpus {

    /** One text as read: its content terms, their TF-IDF vector, and the unit vectors of its words (with weights). */
    public static final class Piece {
        final Set<String> terms;
        final Map<String, Double> tfidf;
        final Map<String, Double> tfidfOffTopic;
        final float[][] words;
        final double[] weights;
        final float[] mean;
        final float[] sentence;
        final float[] offTopic;
        final int length;

        private Piece(
                Set<String> terms,
                Map<String, Double> tfidf,
                Map<String, Double> tfidfOffTopic,
                float[][] words,
                double[] weights,
                float[] mean,
                float[] sentence,
                float[] offTopic,
                int length) {
            this.terms = terms;
            this.tfidf = tfidf;
            this.tfidfOffTopic = tfidfOffTopic;
            this.words = words;
            this.weights = weights;
            this.mean = mean;
            this.sentence = sentence;
            this.offTopic = offTopic;
            this.length = length;
        }
    }

    private final WordVectors vectors;
    private final SentenceVectors sentences;
    private final Map<String, float[]> sentenceOf = new HashMap<>();
    private final Set<String> topic;
    private final String topicText;
    private float[] topicSentence;
    private final Map<String, Integer> df = new HashMap<>();
    private final Map<String, float[]> unit = new HashMap<>();
    private int documents;
    private Map<String, Double> idf;

    /** {@code topic}: the item's title (and description), whose words every comment on it shares. */
    public Corpus(String topic, WordVectors vectors, SentenceVectors sentences) {
        this.vectors = vectors;
        this.sentences = sentences;
        this.topic = new HashSet<>(Terms.of(topic));
        this.topicText = topic;
    }

    /** Counts a text towards the IDF (every comment and key point of the item, once each). */
    public Corpus add(String text) {
        for (String t : new HashSet<>(Terms.of(text))) {
            df.merge(t, 1, Integer::sum);
        }
        documents++;
        idf = null;
        return this;
    }

    /** Counts texts towards the IDF and, with a sentence model, reads their sentence vectors in batches. */
    public Corpus addAll(Iterable<String> texts) {
        List<String> unread = new ArrayList<>();
        for (String t : texts) {
            add(t);
            if (sentences != null && !sentenceOf.containsKey(t)) {
                sentenceOf.put(t, null);
                unread.add(t);
            }
        }
        if (!unread.isEmpty()) {
            List<float[]> v = sentences.of(unread);
            for (int i = 0; i < unread.size(); i++) {
                sentenceOf.put(unread.get(i), v.get(i));
            }
        }
        return this;
    }

    double idf(String term) {
        if (idf == null) {
            Map<String, Double> m = new HashMap<>();
            df.forEach((t, n) -> m.put(t, Math.log(1 + (double) (documents + 1) / n)));
            idf = m;
        }
        return idf.getOrDefault(term, Math.log(1 + (double) (documents + 1)));
    }

    boolean isTopic(String term) {
        return topic.contains(term);
    }

    /** Reads a text. */
    public Piece read(String text) {
        List<String> terms = Terms.of(text);
        Map<String, Integer> counts = Terms.counts(terms);
        Map<String, Double> tfidf = vector(counts, false);
        Map<String, Double> offTopic = vector(counts, true);
        List<float[]> words = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        float[] mean = new float[vectors.dimensions()];
        for (String w : Text.words(text)) {
            // the vectors are of whole words, the terms stems: a content word's vector, weighed by its term's IDF
            String word = w.toLowerCase(Locale.ROOT);
            List<String> term = Terms.of(List.of(word));
            if (term.isEmpty() || isTopic(term.get(0))) {
                continue;
            }
            float[] v = unitVector(word);
            if (v == null) {
                continue;
            }
            double weight = idf(term.get(0));
            words.add(v);
            weights.add(weight);
            for (int d = 0; d < mean.length; d++) {
                mean[d] += (float) (weight * v[d]);
            }
        }
        normalise(mean);
        double[] ws = new double[weights.size()];
        for (int i = 0; i < ws.length; i++) {
            ws[i] = weights.get(i);
        }
        float[] sentence = null;
        if (sentences != null) {
            sentence = sentenceOf.get(text);
            if (sentence == null) {
                sentence = sentences.of(text);
                sentenceOf.put(text, sentence);
            }
        }
        return new Piece(
                new HashSet<>(terms),
                tfidf,
                offTopic,
                words.toArray(new float[0][]),
                ws,
                mean,
                sentence,
                sentence == null ? null : offTopic(sentence),
                terms.size());
    }

    private Map<String, Double> vector(Map<String, Integer> counts, boolean offTopic) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (offTopic && isTopic(e.getKey())) {
                continue;
            }
            double x = (1 + Math.log(e.getValue())) * idf(e.getKey());
            v.put(e.getKey(), x);
            norm += x * x;
        }
        double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        v.replaceAll((k, x) -> x * inv);
        return v;
    }

    private float[] unitVector(String word) {
        if (unit.containsKey(word)) {
            return unit.get(word);
        }
        float[] v = vectors.vector(word);
        if (v != null && !normalise(v)) {
            v = null;
        }
        unit.put(word, v);
        return v;
    }

    private static boolean normalise(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n == 0) {
            return false;
        }
        float inv = (float) (1 / Math.sqrt(n));
        for (int d = 0; d < v.length; d++) {
            v[d] *= inv;
        }
        return true;
    }

    /** A sentence vector without its part along the item's own (what every comment on the item shares), length 1. */
    private float[] offTopic(float[] v) {
        if (topicSentence == null) {
            topicSentence = sentences.of(topicText);
        }
        float[] out = v.clone();
        double along = dot(v, topicSentence);
        for (int d = 0; d < out.length; d++) {
            out[d] -= (float) (along * topicSentence[d]);
        }
        return normalise(out) ? out : new float[out.length];
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }
}
