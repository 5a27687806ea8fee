package org.podium.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.SentenceVectors;

/** An item's own model, with and without what its comments mean (the sentence model). */
class ItemModelTest {

    static final List<String> TEXTS = LibraryComments.TEXTS;
    static final List<Stance> LABELS = LibraryComments.LABELS;
    static final String IN_OTHER_WORDS = LibraryComments.IN_OTHER_WORDS;

    private static SentenceVectors sentences() {
        return SentenceVectors.available().orElseThrow();
    }

    @Test
    void aCommentThatSaysTheSameInOtherWordsIsReadByWhatItMeans() {
        ItemModel words = ItemModel.train(TEXTS, LABELS, null);
        ItemModel meaning = ItemModel.train(TEXTS, LABELS, null, sentences().of(TEXTS));
        assertFalse(words.readsMeaning());
        assertTrue(meaning.readsMeaning());

        double[] byWords = words.probabilities(Prepared.of(IN_OTHER_WORDS), 0);
        double[] byMeaning = meaning.probabilities(
                Prepared.of(IN_OTHER_WORDS), 0, sentences().of(IN_OTHER_WORDS));
        int support = Stance.SUPPORT.ordinal();
        assertTrue(
                byMeaning[support] > 0.5,
                "read as in favour by what it means: " + byMeaning[support] + " (words alone: " + byWords[support]
                        + ")");
        assertTrue(byMeaning[support] > byWords[support] + 0.1, byMeaning[support] + " vs " + byWords[support]);
        assertEquals(1.0, byMeaning[0] + byMeaning[1] + byMeaning[2], 1e-9, "probabilities");
    }

    @Test
    void withoutASentenceVectorTheModelReadsWordsAsTheWordsOnlyModelDoes() {
        ItemModel words = ItemModel.train(TEXTS, LABELS, null);
        ItemModel meaning = ItemModel.train(TEXTS, LABELS, null, sentences().of(TEXTS));
        Prepared text = Prepared.of(IN_OTHER_WORDS);
        // the reading on receipt, where the sentence model never runs
        assertArrayEquals(words.probabilities(text, 0.2), meaning.probabilities(text, 0.2), 1e-12);
        assertArrayEquals(words.probabilities(text, 0.2), meaning.probabilities(text, 0.2, null), 1e-12);
        // and a words-only model given a vector ignores it
        assertArrayEquals(
                words.probabilities(text, 0.2),
                words.probabilities(text, 0.2, sentences().of(IN_OTHER_WORDS)),
                1e-12);
    }

    @Test
    void onlyTheClerksLabelsAreAskedAsNeighboursNotThePositionsResidentsDeclared() {
        // ten residents declared the opposite of what a clerk would say, in the very words of the comment asked about
        List<String> texts = new ArrayList<>(TEXTS);
        List<Stance> labels = new ArrayList<>(LABELS);
        texts.addAll(Collections.nCopies(10, IN_OTHER_WORDS));
        labels.addAll(Collections.nCopies(10, Stance.OPPOSE));
        double[] weights = new double[texts.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i < TEXTS.size() ? 1 : 0.3;
        }
        ItemModel model = ItemModel.train(texts, labels, weights, sentences().of(texts));
        double[] vote = model.neighbours(sentences().of(IN_OTHER_WORDS));
        assertTrue(
                vote[Stance.SUPPORT.ordinal()] > vote[Stance.OPPOSE.ordinal()],
                "the clerks' labels closest in meaning are in favour: " + java.util.Arrays.toString(vote));
        assertEquals(0, vote[Stance.NEUTRAL.ordinal()], 1e-12, "no clerk labelled a comment NEUTRAL");
        assertEquals(1.0, vote[0] + vote[1] + vote[2], 1e-9);
    }

    @Test
    void aSentenceVectorForEachTextOrNone() {
        List<float[]> tooFew = sentences().of(TEXTS.subList(0, 3));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ItemModel.train(TEXTS, LABELS, null, tooFew));
        assertEquals("3 sentence vectors for 12 texts", e.getMessage());
    }
}
