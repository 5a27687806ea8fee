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
    void noPointIsWordedInAnInsultThoughItsCommentsStayListed() {
        String rude = "Pass the damn levy and pay the pensions you idiots promised twenty years ago.";
        List<String> comments = List.of(
                rude,
                rude,
                rude,
                "Our libraries need the money for longer hours on weekends.",
                "The libraries in my ward close at five and need longer hours.");
        assertFalse(KeyPoints.civil(rude));
        assertTrue(KeyPoints.civil(comments.get(3)));
        Corpus corpus = KeyPointMatcher.corpus(LEVY, comments, SentenceVectors.shipped());
        List<KeyPoints.Proposal> points = new KeyPoints(KeyPointMatcher.shipped()).propose(corpus, comments, 5, 2);
        assertFalse(points.isEmpty(), "the libraries are a point");
        for (KeyPoints.Proposal p : points) {
            assertTrue(KeyPoints.civil(p.text()), "made by three, but worded in an insult: " + p);
        }
        assertTrue(points.get(0).comments().containsAll(List.of(3, 4)), points.toString());
    }

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

    static List<String> levyComments() {
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            comments.add(LETTER);
        }
        comments.add("Seniors on fixed incomes simply cannot absorb a $60 million levy increase. Vote no.");
        comments.add("Many seniors on fixed incomes cannot absorb this levy increase at all.");
        comments.add("The pension contributions must be audited before the council raises any tax.");
        comments.add("Audit the pension fund contributions first, then talk to us about a levy.");
        comments.add("Nobody has audited the pension contributions; do that before asking for more money.");
        return comments;
    }

    @Test
    void theServersWordsOnlyModelFindsTheFormLetterAndThePensionPoint() {
        List<String> comments = levyComments();
        Corpus corpus = KeyPointMatcher.corpus(LEVY, comments);
        List<KeyPoints.Proposal> points =
                new KeyPoints(KeyPointMatcher.shippedLexical()).propose(corpus, comments, 5, 2);

        assertTrue(points.get(0).text().startsWith("Seniors on fixed incomes"), points.toString());
        assertTrue(points.get(0).comments().containsAll(List.of(0, 1, 2, 3, 4, 5)), points.toString());
        assertTrue(points.stream().anyMatch(p -> p.text().toLowerCase().contains("pension")), points.toString());
        for (KeyPoints.Proposal p : points) {
            assertTrue(comments.get(p.source()).contains(p.text()), "taken from its source: " + p);
            assertTrue(p.comments().contains(p.source()), "its source makes it: " + p);
        }
    }

    @Test
    void aClerksPointStaysAndNothingSayingTheSameIsProposedNorARetiredWordingAgain() {
        List<String> comments = levyComments();
        Corpus corpus = KeyPointMatcher.corpus(LEVY, comments);
        KeyPoints kp = new KeyPoints(KeyPointMatcher.shippedLexical());
        String clerks = "Seniors on fixed incomes cannot absorb the levy increase";
        String retired = "The pension contributions must be audited before the council raises any tax.";

        List<KeyPoints.Proposal> points =
                kp.propose(corpus, comments, ones(comments.size()), List.of(clerks), List.of(retired), 5, 2);

        for (KeyPoints.Proposal p : points) {
            assertFalse(p.text().startsWith("Seniors"), "the clerk's point already says it: " + points);
            assertFalse(p.text().equals(retired), "retired: " + points);
        }
        // the pension comments are still covered, by another of their sentences
        assertTrue(points.stream().anyMatch(p -> p.text().toLowerCase().contains("pension")), points.toString());
    }

    @Test
    void aCommentMakesAMergedPointByEitherWordingAndMayMakeSeveralOrNone() {
        // matching is relative to the item's other distinct texts (how much a point matches everything a little)
        List<String> comments = new ArrayList<>(List.of(
                "Seniors on fixed incomes cannot absorb this increase. And audit the pension contributions before"
                        + " any increase.",
                "Audit the pension fund contributions first.",
                "The library hours on Sundays are too short."));
        comments.addAll(levyComments().stream().distinct().toList());
        Corpus corpus = KeyPointMatcher.corpus(LEVY, comments);
        KeyPoints kp = new KeyPoints(KeyPointMatcher.shippedLexical());

        double[][] p = kp.match(
                corpus,
                comments,
                List.of(
                        List.of("Seniors on fixed incomes cannot absorb the increase"),
                        List.of("Retirees on small pensions", "Audit the pension contributions before any increase")));

        assertTrue(p[0][0] >= KeyPoints.MATCH, "the first makes the seniors point: " + p[0][0]);
        assertTrue(p[0][1] >= KeyPoints.MATCH, "and the audit point: " + p[0][1]);
        assertTrue(p[1][1] >= KeyPoints.MATCH, "found by the merged wording: " + p[1][1]);
        assertTrue(p[1][0] < KeyPoints.MATCH, "not the seniors point: " + p[1][0]);
        assertTrue(p[2][0] < KeyPoints.MATCH && p[2][1] < KeyPoints.MATCH, "the library makes none");
    }

    @Test
    void aCommentsLeadIsItsFirstSentenceThatCouldStandAlone() {
        assertEquals(
                "Seniors on fixed incomes cannot absorb a $60 million levy increase.",
                KeyPoints.lead("Why now? Seniors on fixed incomes cannot absorb a $60 million levy increase. No."));
        assertEquals(null, KeyPoints.lead("No! Why?"));
    }

    static int[] ones(int n) {
        int[] one = new int[n];
        java.util.Arrays.fill(one, 1);
        return one;
    }

    @Test
    void aFormLetterSentByManyIsAPointThoughItIsOneTextAndItsGreetingIsNot() {
        List<String> texts = List.of(
                "Dear Council Members, I am writing to oppose the levy increase. Seniors on fixed incomes cannot"
                        + " absorb another increase without losing their homes. Please vote no on this ordinance.",
                "Retired people on fixed incomes cannot absorb another tax increase.",
                "The library hours on Sundays are too short for working families.");
        Corpus corpus = KeyPointMatcher.corpus(LEVY, texts);
        KeyPoints kp = new KeyPoints(KeyPointMatcher.shippedLexical());

        List<KeyPoints.Proposal> once = kp.propose(corpus, texts, new int[] {1, 1, 1}, List.of(), List.of(), 5, 3);
        List<KeyPoints.Proposal> signed = kp.propose(corpus, texts, new int[] {40, 1, 1}, List.of(), List.of(), 5, 3);

        assertTrue(once.isEmpty() || once.get(0).comments().size() >= 2, "one text alone is no point: " + once);
        assertFalse(signed.isEmpty(), "forty copies make a point");
        assertTrue(signed.get(0).comments().contains(0), "the letter makes it: " + signed);
        assertTrue(signed.get(0).text().contains("fixed incomes"), "its claim, not its greeting: " + signed);
    }

    @Test
    void aCallToVoteOrABareStanceIsNoPointEvenWhenEveryoneSaysIt() {
        Corpus corpus = KeyPointMatcher.corpus(LEVY, List.of());
        assertFalse(KeyPoints.givesAReason("Please vote no on this ordinance.", corpus));
        assertFalse(KeyPoints.givesAReason("I strongly oppose the proposed levy increase.", corpus));
        assertTrue(KeyPoints.givesAReason("Seniors on fixed incomes cannot absorb another increase.", corpus));

        List<String> texts = List.of(
                "Seniors on fixed incomes cannot absorb another increase. Please vote no on this ordinance.",
                "Retired people on fixed incomes cannot pay more. Please vote no on this ordinance.",
                "Please vote no on this ordinance. The pension fund must be audited first.",
                "Audit the pension fund before raising anything. Please vote no on this ordinance.");
        Corpus c = KeyPointMatcher.corpus(LEVY, texts);
        List<KeyPoints.Proposal> points = new KeyPoints(KeyPointMatcher.shippedLexical()).propose(c, texts, 5, 2);
        assertFalse(points.isEmpty());
        for (KeyPoints.Proposal p : points) {
            assertFalse(p.text().startsWith("Please vote"), points.toString());
        }
    }
}
