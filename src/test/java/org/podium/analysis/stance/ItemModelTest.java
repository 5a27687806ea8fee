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

    /** The levy's comments of the civic development set: target, texts and labels. */
    private static List<String[]> levyRows() throws java.io.IOException {
        List<String[]> rows = new ArrayList<>();
        try (java.io.InputStream in = ItemModelTest.class.getResourceAsStream("civic-dev.tsv")) {
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                if (f.length >= 3 && f[0].contains("levy")) {
                    rows.add(f);
                }
            }
        }
        return rows;
    }

    @Test
    void aModelThatReadsItsLabelledCommentsWorseThanTheReadingWithoutLabelsDoesNotAnswer() throws Exception {
        List<String[]> rows = levyRows();
        assertEquals(26, rows.size());
        String target = rows.get(0)[0];
        List<String> texts = rows.stream().map(r -> r[1]).toList();
        List<Stance> labels =
                rows.stream().map(r -> Stance.parse(r[2]).orElseThrow()).toList();
        StanceAnalyzer analyzer = StanceAnalyzer.shipped();
        ItemModel model = ItemModel.trainChecked(target, texts, labels, null, null, analyzer);
        assertFalse(
                model.trusted(), "26 labels of council comments: the cue phrases and the general model read better");
        String stated = "vote yes on the levy. libraries and clinics dont run on good intentions";
        Prediction p = analyzer.predict(target, stated, model);
        assertEquals(Stance.SUPPORT, p.stance(), p.toString());
        assertEquals(Prediction.Source.CUE, p.source());

        // the same labels, with the sentence model too: the same check
        assertFalse(
                ItemModel.trainChecked(target, texts, labels, null, sentences().of(texts), analyzer)
                        .trusted());
        // labels the reading without labels cannot read (no cue; the general model guesses): the model answers
        ItemModel library =
                ItemModel.trainChecked("Keep the public library open on Sundays", TEXTS, LABELS, null, null, analyzer);
        assertTrue(library.trusted());
        assertEquals(
                Prediction.Source.ITEM,
                analyzer.predict("Keep the public library open on Sundays", IN_OTHER_WORDS, library)
                        .source());
    }

    @Test
    void fromTwoHundredClerkLabelsOnTheModelAnswersWithoutTheCheck() throws Exception {
        List<String[]> rows = levyRows();
        List<String> texts = new ArrayList<>();
        List<Stance> labels = new ArrayList<>();
        for (int copy = 0; copy < 8; copy++) { // 208 labels, each text with a mark of its own
            for (String[] r : rows) {
                texts.add(r[1] + " (" + copy + ")");
                labels.add(Stance.parse(r[2]).orElseThrow());
            }
        }
        assertTrue(texts.size() >= ItemModel.TRUSTED_FROM);
        assertTrue(ItemModel.trainChecked(rows.get(0)[0], texts, labels, null, null, StanceAnalyzer.shipped())
                .trusted());
        // the positions residents declared are not clerk labels: they do not count toward it (the 26 labels and 182
        // declared positions on another matter: checked, and read worse than without labels)
        List<String> mixed = new ArrayList<>(rows.stream().map(r -> r[1]).toList());
        List<Stance> mixedLabels = new ArrayList<>(
                rows.stream().map(r -> Stance.parse(r[2]).orElseThrow()).toList());
        for (int i = 0; mixed.size() < texts.size(); i++) {
            mixed.add(TEXTS.get(i % TEXTS.size()) + " (" + i + ")");
            mixedLabels.add(LABELS.get(i % LABELS.size()));
        }
        double[] weights = new double[mixed.size()];
        java.util.Arrays.fill(weights, 0.3);
        java.util.Arrays.fill(weights, 0, rows.size(), 1);
        assertFalse(ItemModel.trainChecked(rows.get(0)[0], mixed, mixedLabels, weights, null, StanceAnalyzer.shipped())
                .trusted());
    }
}
