package org.podium.analysis.keypoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.analysis.text.SentenceVectors;

/** The shipped matcher on a council's own words: each comment's first key point is the one it makes. */
class KeyPointMatcherTest {

    static final String LEVY = "Ordinance: 2027 property tax levy increase of $60 million";

    static final List<String> POINTS = List.of(
            "Seniors on fixed incomes cannot absorb the increase",
            "The pension contributions should be audited before any increase",
            "The libraries and parks need the money");

    static final List<String> COMMENTS = List.of(
            "My mother lives on social security and cannot pay another dime in property tax.",
            "Before you raise our taxes, have an independent auditor go through the pension fund numbers.",
            "Keep the branch libraries open on weekends and fix the playgrounds: that takes funding.",
            "I am retired and my fixed income does not grow; this levy would force me to sell my home.");

    static final int[] MAKES = {0, 1, 2, 0};

    static Corpus corpus() {
        List<String> texts = new ArrayList<>(COMMENTS);
        texts.addAll(POINTS);
        return KeyPointMatcher.corpus(LEVY, texts, SentenceVectors.shipped());
    }

    @Test
    void eachCommentRanksThePointItMakesFirst() {
        double[][] p = KeyPointMatcher.shipped().scores(COMMENTS, POINTS, corpus());
        for (int i = 0; i < COMMENTS.size(); i++) {
            int best = 0;
            for (int j = 1; j < POINTS.size(); j++) {
                best = p[i][j] > p[i][best] ? j : best;
            }
            assertEquals(MAKES[i], best, COMMENTS.get(i) + " -> " + java.util.Arrays.toString(p[i]));
            assertTrue(p[i][best] > 0 && p[i][best] < 1, "a probability");
        }
    }

    @Test
    void withoutTheSentenceModelTheWordsStillMatch() {
        // the lexical features alone (a corpus with no sentence model): the pension comment shares rare words
        Corpus lexical = KeyPointMatcher.corpus(LEVY, COMMENTS);
        double[][] p = KeyPointMatcher.shipped().scores(COMMENTS.subList(1, 2), POINTS, lexical);
        assertTrue(p[0][1] > p[0][0] && p[0][1] > p[0][2], java.util.Arrays.toString(p[0]));
    }

    @Test
    void aModelIsWrittenAndReadBackUnchanged() throws IOException {
        KeyPointMatcher m = KeyPointMatcher.shipped();
        StringWriter w = new StringWriter();
        m.write(w);
        KeyPointMatcher back =
                KeyPointMatcher.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
        Corpus c = corpus();
        double[][][] f = KeyPointMatcher.features(
                COMMENTS.stream().map(c::read).toList(),
                POINTS.stream().map(c::read).toList(),
                c);
        for (double[][] row : f) {
            for (double[] x : row) {
                assertEquals(m.probability(x), back.probability(x), 1e-12);
                assertEquals(m.decision(x), back.decision(x), 1e-12);
            }
        }
    }

    @Test
    void theDeciderSaysACommentMakesNoneWhereTheRankingStillHasABestOne() {
        // the library comment against the two points it does not make: ranked, one of them comes first all the same
        Corpus c = corpus();
        List<String> notLibraries = POINTS.subList(0, 2);
        double[][][] f = KeyPointMatcher.features(
                List.of(c.read(COMMENTS.get(2))),
                notLibraries.stream().map(c::read).toList(),
                c);
        for (KeyPointMatcher m : List.of(KeyPointMatcher.shipped(), KeyPointMatcher.shippedLexical())) {
            for (double[] x : f[0]) {
                assertTrue(m.decision(x) < 0.5, "makes neither: " + m.decision(x));
            }
        }
        // and the comments that make a point are decided so
        double[][][] all = KeyPointMatcher.features(
                COMMENTS.stream().map(c::read).toList(),
                POINTS.stream().map(c::read).toList(),
                c);
        assertTrue(KeyPointMatcher.shipped().decision(all[1][1]) >= 0.5, "the auditor comment makes the audit point");
    }

    @Test
    void aModelOfOtherFeaturesIsRefused() {
        IOException e = assertThrows(
                IOException.class,
                () -> KeyPointMatcher.read(new ByteArrayInputStream(
                        "tfidf\t0\t1\t0.5\nsomething else\t0\t1\t0.5\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("not a key point model of this build: line 2", e.getMessage());
    }

    @Test
    void aPairMeasuredAgainstTheOtherCandidates() {
        // the same comment and point get other relative features when the other candidates change
        Corpus c = corpus();
        List<Corpus.Piece> comments = List.of(c.read(COMMENTS.get(1)));
        List<Corpus.Piece> points = POINTS.stream().map(c::read).toList();
        double[][][] pairs = KeyPointMatcher.pairs(comments, points, c);
        double[] alone = KeyPointMatcher.features(pairs, new int[] {1})[0][0];
        double[] among = KeyPointMatcher.features(pairs, new int[] {0, 1, 2})[0][1];
        assertArrayEquals(
                java.util.Arrays.copyOf(alone, KeyPointMatcher.PAIR.size()),
                java.util.Arrays.copyOf(among, KeyPointMatcher.PAIR.size()),
                "the pair's own features do not depend on the others");
        assertEquals(0.0, alone[KeyPointMatcher.PAIR.size()], "alone, it is its own best");
    }
}
