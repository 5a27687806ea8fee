package org.podium.analysis.keypoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.podium.analysis.text.Terms;
import org.podium.analysis.text.Text;

/**
 * Proposes the key points of one side of an item from its comments: short sentences in the residents' own words
 * (extractive: nothing is written that a resident did not write), chosen greedily so that each covers the most
 * comments not covered yet and says something the points already chosen do not.
 */
public final class KeyPoints {

    /**
     * A proposed key point: its text (a sentence of a comment), the comment it was taken from and the comments that
     * make it (by index; the source among them).
     */
    public record Proposal(String text, int source, List<Integer> comments) {}

    /** A sentence this short or long is not a key point (a fragment; a paragraph). */
    static final int MIN_WORDS = 4;

    static final int MAX_WORDS = 25;
    /** A comment makes a candidate point when the matcher gives at least this. */
    public static final double MATCH = 0.5;
    /** Two points this close (sentence cosine) say the same thing: the later is not proposed. */
    static final double SAME = 0.8;

    private final KeyPointMatcher matcher;

    public KeyPoints(KeyPointMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * Words that ask for a vote or say a side without a reason ("Please vote no on this ordinance", "I strongly
     * support this proposal"), as {@link Terms} has them: a sentence with fewer than {@link #MIN_REASON} other words
     * (the item's own words not counted either) is a stance, not a point.
     */
    static final Set<String> STANCE_WORDS = Set.copyOf(Terms.of(
            "please vote no yes against favor favour oppose opposed opposing support supporting supported strongly"
                    + " urge ask asking request approve approval reject ordinance proposal proposed measure item"
                    + " council members member alderman aldermen committee thank thanks writing write city today"));

    static final int MIN_REASON = 2;

    /**
     * Insults and swearing, as {@link Terms} has them: a council reads a key point as the residents' claim, so it is
     * never worded in a sentence with one of these (the comment still makes the point and is counted; another
     * resident's sentence words it).
     */
    static final Set<String> UNCIVIL = Set.copyOf(Terms.of(
            "idiot idiots stupid moron morons dumb damn damned bullshit crap shit shitty fuck fucking fucked hell"
                    + " clowns crooks thieves liars scum jerks"));

    /** Whether a sentence can word a key point without an insult or a swear word. */
    public static boolean civil(String sentence) {
        return Terms.of(sentence).stream().noneMatch(UNCIVIL::contains);
    }

    /** Whether a sentence gives a reason: enough words that are neither the item's nor a bare stance's. */
    static boolean givesAReason(String sentence, Corpus corpus) {
        int reason = 0;
        for (String t : Terms.of(sentence)) {
            if (!STANCE_WORDS.contains(t) && !corpus.isTopic(t)) {
                reason++;
            }
        }
        return reason >= MIN_REASON;
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
        int[] one = new int[comments.size()];
        Arrays.fill(one, 1);
        return propose(corpus, comments, one, List.of(), List.of(), max, minComments);
    }

    /**
     * The same, beside key points that stay ({@code kept}: a clerk's; they cover their comments first, and nothing
     * that says what they say is proposed) and wordings never to propose again ({@code blocked}: retired by a clerk).
     * Each text counts as many comments as {@code signers} says (a form letter: once as a text, every copy as a
     * comment), so a point is proposed when at least {@code minComments} comments make it. Of points that as many
     * comments make, the one closest to what the other texts say is taken (not a letter's greeting). Only new points
     * are returned, at most {@code max}.
     */
    public List<Proposal> propose(
            Corpus corpus,
            List<String> comments,
            int[] signers,
            List<String> kept,
            List<String> blocked,
            int max,
            int minComments) {
        List<String> candidates = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        for (String k : kept) {
            candidates.add(k);
            source.add(-1);
        }
        int firstOwn = candidates.size();
        for (int i = 0; i < comments.size(); i++) {
            for (String s : candidates(comments.get(i))) {
                if (!candidates.contains(s) && givesAReason(s, corpus) && civil(s)) {
                    candidates.add(s);
                    source.add(i);
                }
            }
        }
        if (candidates.size() == firstOwn || comments.isEmpty()) {
            return List.of();
        }
        List<Corpus.Piece> commentPieces = comments.stream().map(corpus::read).toList();
        List<Corpus.Piece> candidatePieces =
                candidates.stream().map(corpus::read).toList();
        List<Corpus.Piece> blockedPieces = blocked.stream().map(corpus::read).toList();
        double[][][] pairs = KeyPointMatcher.pairs(commentPieces, candidatePieces, corpus);
        // each comment against every candidate but its own sentences: which candidates it makes
        boolean[][] makes = new boolean[comments.size()][candidates.size()];
        double[] closeness = new double[candidates.size()];
        for (int i = 0; i < comments.size(); i++) {
            for (int j = 0; j < candidates.size(); j++) {
                if (source.get(j) == i) {
                    makes[i][j] = true;
                    continue;
                }
                double p = matcher.decision(pairs[i][j]);
                makes[i][j] = p >= MATCH;
                closeness[j] += p;
            }
        }
        List<Integer> chosen = new ArrayList<>();
        boolean[] covered = new boolean[comments.size()];
        for (int j = 0; j < firstOwn; j++) {
            chosen.add(j);
            for (int i = 0; i < comments.size(); i++) {
                covered[i] |= makes[i][j];
            }
        }
        while (chosen.size() - firstOwn < max) {
            int best = -1;
            int bestGain = 0;
            for (int j = firstOwn; j < candidates.size(); j++) {
                if (chosen.contains(j)
                        || same(candidatePieces.get(j), chosen, candidatePieces)
                        || same(candidatePieces.get(j), blockedPieces)) {
                    continue;
                }
                int gain = 0;
                for (int i = 0; i < comments.size(); i++) {
                    gain += !covered[i] && makes[i][j] ? signers[i] : 0;
                }
                if (gain > bestGain || gain == bestGain && best >= 0 && closeness[j] > closeness[best]) {
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
        for (int c = firstOwn; c < chosen.size(); c++) {
            out.add(new Proposal(candidates.get(chosen.get(c)), source.get(chosen.get(c)), List.copyOf(made.get(c))));
        }
        out.sort((x, y) -> Integer.compare(y.comments().size(), x.comments().size()));
        return out;
    }

    /**
     * How likely each comment makes each key point, {@code [comment][point]}: a point has one wording or several (a
     * clerk's merge keeps the wordings of the points merged into it), and a comment makes it as much as it makes the
     * wording it comes closest to. A comment makes a point when this is at least {@link #MATCH}.
     */
    public double[][] match(Corpus corpus, List<String> comments, List<List<String>> points) {
        List<String> wordings = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (String w : points.get(p)) {
                wordings.add(w);
                owner.add(p);
            }
        }
        double[][] out = new double[comments.size()][points.size()];
        if (wordings.isEmpty() || comments.isEmpty()) {
            return out;
        }
        List<Corpus.Piece> commentPieces = comments.stream().map(corpus::read).toList();
        List<Corpus.Piece> wordingPieces = wordings.stream().map(corpus::read).toList();
        double[][][] pairs = KeyPointMatcher.pairs(commentPieces, wordingPieces, corpus);
        for (int i = 0; i < comments.size(); i++) {
            for (int j = 0; j < wordings.size(); j++) {
                int p = owner.get(j);
                out[i][p] = Math.max(out[i][p], matcher.decision(pairs[i][j]));
            }
        }
        return out;
    }

    /** The first sentence of a comment that could stand alone as a key point, or null when none could. */
    public static String lead(String comment) {
        List<String> c = candidates(comment);
        return c.isEmpty() ? null : c.get(0);
    }

    /** For each chosen point, the comments that make it (a comment may make several). */
    private List<List<Integer>> match(double[][][] pairs, List<Integer> chosen) {
        List<List<Integer>> out = new ArrayList<>();
        for (int j : chosen) {
            List<Integer> makers = new ArrayList<>();
            for (int i = 0; i < pairs.length; i++) {
                if (matcher.decision(pairs[i][j]) >= MATCH) {
                    makers.add(i);
                }
            }
            out.add(makers);
        }
        return out;
    }

    private static boolean same(Corpus.Piece c, List<Integer> chosen, List<Corpus.Piece> pieces) {
        return same(c, chosen.stream().map(pieces::get).toList());
    }

    /** Whether {@code c} says what one of {@code others} says (sentence cosine, or TF-IDF without the model). */
    private static boolean same(Corpus.Piece c, List<Corpus.Piece> others) {
        for (Corpus.Piece o : others) {
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
