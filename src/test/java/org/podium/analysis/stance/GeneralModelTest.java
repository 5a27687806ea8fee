package org.podium.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.SentenceVectors;

/** The general model, words only and reading meaning too, and how the analyzer chooses between them. */
class GeneralModelTest {

    /** Arguments that a thing harms or helps children, about motions to ban it or to do it. */
    static final List<String> HARMS = List.of(
            "It damages the health of young children.",
            "Children are injured by it every year.",
            "Pediatricians warn that it endangers kids.",
            "Our youngest residents suffer the most from it.");

    static final List<String> HELPS = List.of(
            "It keeps young children healthy and safe.",
            "Children learn and grow thanks to it.",
            "Pediatricians recommend it for kids.",
            "Our youngest residents benefit the most from it.");

    static final List<String> TO_BAN =
            List.of("We should ban fireworks", "We should prohibit trampolines", "We should abolish tackle football");
    static final List<String> TO_DO = List.of(
            "We should fund playgrounds", "We should adopt school gardens", "We should subsidize swimming lessons");

    static GeneralModel words;
    static GeneralModel meaning;

    @BeforeAll
    static void train() {
        List<String> targets = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Stance> labels = new ArrayList<>();
        for (String motion : TO_BAN) {
            add(targets, texts, labels, motion, HARMS, Stance.SUPPORT);
            add(targets, texts, labels, motion, HELPS, Stance.OPPOSE);
        }
        for (String motion : TO_DO) {
            add(targets, texts, labels, motion, HARMS, Stance.OPPOSE);
            add(targets, texts, labels, motion, HELPS, Stance.SUPPORT);
        }
        words = GeneralModel.train(targets, texts, labels, 30);
        meaning = GeneralModel.train(targets, texts, labels, 30, sentences().of(texts));
    }

    private static void add(
            List<String> targets,
            List<String> texts,
            List<Stance> labels,
            String motion,
            List<String> arguments,
            Stance label) {
        for (String a : arguments) {
            targets.add(motion);
            texts.add(a);
            labels.add(label);
        }
    }

    private static SentenceVectors sentences() {
        return SentenceVectors.available().orElseThrow();
    }

    private static double support(GeneralModel m, String motion, String text) {
        Prepared p = Prepared.of(text);
        return m.support(motion, p, Cues.find(p.tokens()), sentences().of(text));
    }

    @Test
    void anArgumentInOtherWordsIsReadByWhatItMeansAndTheMotionsDirection() {
        String hurts = "Kids get hurt.";
        assertTrue(support(meaning, "We should ban e-scooters", hurts) > 0.5, "harm to kids: for a ban");
        assertTrue(support(meaning, "We should build a skate park", hurts) < 0.5, "and against doing it");
        assertTrue(meaning.readsMeaning());
        assertFalse(words.readsMeaning());
    }

    @Test
    void theShippedModelsOneReadingWordsAndOneMeaningToo() {
        assertFalse(GeneralModel.shipped().orElseThrow().readsMeaning());
        assertTrue(GeneralModel.shippedMeaning().orElseThrow().readsMeaning(), "shipped in the jar");
    }

    @Test
    void aModelWrittenAndReadBackReadsAsBefore() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        meaning.write(out);
        GeneralModel back = GeneralModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertTrue(back.readsMeaning());
        String text = "Kids get hurt.";
        assertEquals(support(meaning, TO_BAN.get(0), text), support(back, TO_BAN.get(0), text), 1e-6);
    }

    @Test
    void theAnalyzerAsksTheModelThatReadsMeaningOnlyWhenGivenTheVector() {
        StanceAnalyzer a = new StanceAnalyzer(words, meaning, StanceAnalyzer.DEFAULT_THRESHOLD);
        String motion = "We should ban e-scooters";
        String text = "Kids get hurt.";
        Prepared p = Prepared.of(text);
        Prediction byWords = a.predict(motion, p, 0, null, OptionalDouble.empty(), null);
        Prediction byMeaning = a.predict(
                motion, p, 0, null, OptionalDouble.empty(), sentences().of(text));
        assertEquals(Prediction.Source.GENERAL, byMeaning.source());
        assertEquals(Stance.SUPPORT, byMeaning.stance());
        double w = words.support(motion, p, Cues.find(p.tokens()));
        assertEquals(w >= 0.5 ? Stance.SUPPORT : Stance.OPPOSE, byWords.stance(), "without it, words only");
        assertEquals(0.5 + (Math.max(w, 1 - w) - 0.5) * StanceAnalyzer.GENERAL_SHRINK, byWords.confidence(), 1e-9);
        // a cue still answers first, with or without the vector
        assertEquals(
                Prediction.Source.CUE,
                a.predict(
                                motion,
                                Prepared.of("Please vote no."),
                                0,
                                null,
                                OptionalDouble.empty(),
                                sentences().of(text))
                        .source());
    }

    @Test
    void aSentenceVectorForEachTextOrNone() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> GeneralModel.train(
                        List.of("We should ban fireworks", "We should ban fireworks"),
                        List.of("It harms kids.", "It helps kids."),
                        List.of(Stance.SUPPORT, Stance.OPPOSE),
                        5,
                        sentences().of(List.of("It harms kids."))));
        assertEquals("1 sentence vectors for 2 texts", e.getMessage());
    }
}
