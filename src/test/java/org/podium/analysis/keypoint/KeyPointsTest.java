package org.podium.analysis.keypoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.analysis.text.SentenceVectors;

/** Proposing the key points of one side from its comments: residents' own sentences, counted. */
class KeyPointsTest {

    static final String LEVY = "Ordinance: 2027 property tax levy increase of $60 million";

    static final String LETTER =
            "Seniors on fixed incomes cannot absorb a $60 million levy increase. Please vote no on the ordinance.";

    @Test
    void aFormLetterAndItsVariantsAreOnePointCountingEveryCopy() {
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            comments.add(LETTER);
        }
        comments.add("Seniors on fixed incomes simply cannot absorb a $60 million levy increase. Vote no.");
        comments.add("Many seniors on fixed incomes cannot absorb this levy increase at all.");
        comments.add("The pension contributions must be audited before the council raises any tax.");
        comments.add("Audit the pension fund contributions first, then talk to us about a levy.");
        comments.add("Nobody has audited the pension contributions; do that before asking for more money.");
        comments.add(
                "The 2019 pension arithmetic double counts the employer's contributions, as an engineer I checked it.");
        Corpus corpus = KeyPointMatcher.corpus(LEVY, comments, SentenceVectors.shipped());
        List<KeyPoints.Proposal> points = new KeyPoints(KeyPointMatcher.shipped()).propose(corpus, comments, 5, 2);

        assertTrue(points.size() >= 2, points.toString());
        KeyPoints.Proposal seniors = points.get(0);
        assertTrue(seniors.text().startsWith("Seniors on fixed incomes"), seniors.toString());
        for (int i = 0; i < 7; i++) {
            assertTrue(seniors.comments().contains(i), "copy or variant " + i + " counted: " + seniors);
        }
        assertTrue(
                points.stream()
                        .anyMatch(p -> p.text().toLowerCase().contains("pension")
                                && p.comments().containsAll(List.of(7, 8, 9))),
                points.toString());
        // every proposed point is a sentence a resident wrote
        for (KeyPoints.Proposal p : points) {
            assertTrue(comments.stream().anyMatch(c -> c.contains(p.text())), p.text());
        }
    }

    @Test
    void aQuestionOrAFragmentIsNeverAPoint() {
        assertEquals(
                List.of("Seniors on fixed incomes cannot absorb a $60 million levy increase."),
                KeyPoints.candidates(
                        "Seniors on fixed incomes cannot absorb a $60 million levy increase. Why now? No."));
        assertFalse(KeyPoints.candidates("Who audits the pension fund contributions every year?")
                .iterator()
                .hasNext());
    }

    @Test
    void noCommentsNoPoints() {
        Corpus corpus = KeyPointMatcher.corpus(LEVY, List.of(), SentenceVectors.shipped());
        assertEquals(List.of(), new KeyPoints(KeyPointMatcher.shipped()).propose(corpus, List.of(), 5, 2));
    }
}
