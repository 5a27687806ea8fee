package org.podium.analysis.keypoint;

import java.util.ArrayList;
import java.util.List;
import org.podium.analysis.text.Terms;
import org.podium.analysis.text.Text;

/**
 * Proposes the key points of one side of an item from its comments: short sentences in the residents' own words
 * (extractive: nothing is written that a resident did not write), chosen greedily so that each covers the most
 * comments not covered yet and says something the points already chosen do not.
 */
public final class KeyPoints {

    /** A proposed key point: its text (a sentence of a comment) and the comments (by index) that make it. */
    public record Proposal(String text, List<Integer> comments) {}

    /** A sentence this short or long is not a key point (a fragment; a paragraph). */
    static final int MIN_WORDS = 4;

    static final int MAX_WORDS = 25;
    /** A comment makes a candidate point when the matcher gives at least this. */
    static final double MATCH = 0.5;
    /** Two points this close (sentence cosine) say the same thing: the later is not proposed. */
    static final double SAME = 0.8;

    private final KeyPointMatcher matcher;

    public KeyPoints(KeyPointMatcher matcher) {
        this.matcher = matcher;
    }

    /** The sentences of a comment that could stand alone as a key point. */
    static List<String> candidates(String comment) {
        List<String> out = new ArrayList<>();
        for (String s : comment.split("(?<=[.!?])\\s+|\\n+")) {
            String t = s.strip();
            int words = Text.words(t).size();
            if (words >= MIN_WORDS && words <= MAX_WORDS && !t.endsWith("?")) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * At most {@code max} key points of these comments (one side of an item), the one made by the most comments first;
     * a point made by fewer than {@code minComments} is not proposed (its comments stay, unmatched). Each comment is
     * judged by the matcher against every candidate sentence but its own; greedily, the candidate that the most
     * comments not covered yet make is chosen, unless it says what a chosen one says; then every comment is matched to
     * the chosen points as it would be to an item's key points (none, one or several).
     */
    public List<Proposal> propose(Corpus corpus, List<String> comments, int max, int minComments) {
        List<String> candidates = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            for (String s : candidates(comments.get(i))) {
                if (!candidates.contains(s)) {
                    candidates.add(s);
                    source.add(i);
                }
            }
        }
        if (candidates.isEmpty() || comments.isEmpty()) {
            return List.of();
        }
        List<Corpus.Piece> commentPieces = comments.stream().map(corpus::read).toList();
        List<Corpus.Piece> candidatePieces =
                candidates.stream().map(corpus::read).toList();
        double[][][] pairs = KeyPointMatcher.pairs(commentPieces, candidatePieces, corpus);
        // each comment against every candidate but its own sentences: which candidates it makes
        int[] all = new int[candidates.size()];
        for (int j = 0; j < all.length; j++) {
            all[j] = j;
        }
        boolean[][] makes = new boolean[comments.size()][candidates.size()];
        for (int i = 0; i < comments.size(); i++) {
            List<Integer> others = new ArrayList<>();
            for (int j = 0; j < candidates.size(); j++) {
                if (source.get(j) != i) {
                    others.add(j);
                }
                makes[i][j] = source.get(j) == i;
            }
            int[] set = others.stream().mapToInt(Integer::intValue).toArray();
            double[][][] f = KeyPointMatcher.features(new double[][][] {pairs[i]}, set);
            for (int c = 0; c < set.length; c++) {
                makes[i][set[c]] = matcher.probability(f[0][c]) >= MATCH;
            }
        }
        List<Integer> chosen = new ArrayList<>();
        boolean[] covered = new boolean[comments.size()];
        while (chosen.size() < max) {
            int best = -1;
            int bestGain = 0;
            for (int j = 0; j < candidates.size(); j++) {
                if (chosen.contains(j) || sameAsChosen(candidatePieces.get(j), chosen, candidatePieces)) {
                    continue;
                }
                int gain = 0;
                for (int i = 0; i < comments.size(); i++) {
                    gain += !covered[i] && makes[i][j] ? 1 : 0;
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    best = j;
                }
            }
            if (best < 0 || bestGain < minComments) {
                break;
            }
            chosen.add(best);
            for (int i = 0; i < comments.size(); i++) {
                covered[i] |= makes[i][best];
            }
        }
        List<List<Integer>> made = match(pairs, chosen);
        List<Proposal> out = new ArrayList<>();
        for (int c = 0; c < chosen.size(); c++) {
            out.add(new Proposal(candidates.get(chosen.get(c)), List.copyOf(made.get(c))));
        }
        out.sort((x, y) -> Integer.compare(y.comments().size(), x.comments().size()));
        return out;
    }

    /** For each chosen point, the comments that make it (a comment may make several). */
    private List<List<Integer>> match(double[][][] pairs, List<Integer> chosen) {
        int[] set = chosen.stream().mapToInt(Integer::intValue).toArray();
        double[][][] f = KeyPointMatcher.features(pairs, set);
        List<List<Integer>> out = new ArrayList<>();
        for (int c = 0; c < set.length; c++) {
            List<Integer> makers = new ArrayList<>();
            for (int i = 0; i < pairs.length; i++) {
                if (matcher.probability(f[i][c]) >= MATCH) {
                    makers.add(i);
                }
            }
            out.add(makers);
        }
        return out;
    }

    private static boolean sameAsChosen(Corpus.Piece c, List<Integer> chosen, List<Corpus.Piece> pieces) {
        for (int j : chosen) {
            Corpus.Piece o = pieces.get(j);
            double s = c.sentence != null && o.sentence != null
                    ? Corpus.dot(c.sentence, o.sentence)
                    : Terms.cosine(c.tfidf, o.tfidf);
            if (s >= SAME) {
                return true;
            }
        }
        return false;
    }
}
