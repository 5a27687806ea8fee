package org.podium.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.tone.Vader;

class StanceAnalyzerTest {

    static final String ITEM = "Ordinance: 2027 property tax levy increase of $60 million";

    @Test
    void aCuePhraseAnswersBeforeAnyClerkHasLabelled() {
        StanceAnalyzer a = StanceAnalyzer.shipped();
        Prediction p = a.predict(ITEM, "As a homeowner on a fixed income I urge you to vote no.", null);
        assertEquals(Stance.OPPOSE, p.stance());
        assertEquals(Prediction.Source.CUE, p.source());
        assertTrue(!p.needsReview());
        assertEquals(
                Stance.SUPPORT,
                a.predict(ITEM, "I do not oppose the levy if it funds the library.", null)
                        .stance());
    }

    @Test
    void aTextFarFromTheItemTakesNoSideUnlessItStatesOneOrTheItemHasItsOwnModel() {
        StanceAnalyzer a = StanceAnalyzer.shipped();
        Prepared pothole = Prepared.of("The pothole on Elm has been there for months and it wrecked my tire.");
        Prediction words = a.predict(ITEM, pothole, 0, null);
        assertEquals(Prediction.Source.GENERAL, words.source());
        assertTrue(words.stance() != Stance.NEUTRAL, "the general model always takes a side: " + words);

        Prediction far = a.predict(ITEM, pothole, 0, null, OptionalDouble.of(StanceAnalyzer.ABOUT - 0.01));
        assertEquals(Stance.NEUTRAL, far.stance());
        assertEquals(Prediction.Source.OFFTOPIC, far.source());
        assertFalse(far.needsReview(), "said as sure as it was right on VAST and SemEval: " + far.confidence());

        Prediction near = a.predict(ITEM, pothole, 0, null, OptionalDouble.of(StanceAnalyzer.ABOUT + 0.01));
        assertEquals(words.stance(), near.stance(), "close enough: the general model's answer");

        Prepared stated = Prepared.of("Please vote no. The pothole on Elm has wrecked my tire twice.");
        assertEquals(
                Stance.OPPOSE,
                a.predict(ITEM, stated, 0, null, OptionalDouble.of(0)).stance(),
                "a stated position stands");

        List<String> texts = new ArrayList<>();
        List<Stance> labels = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            texts.add("The pothole on Elm wrecked my tire " + i + " times, fix the streets");
            labels.add(Stance.SUPPORT);
            texts.add("Homeowners cannot pay this levy " + i);
            labels.add(Stance.OPPOSE);
        }
        ItemModel model = ItemModel.train(texts, labels, null);
        assertEquals(
                Prediction.Source.ITEM,
                a.predict(ITEM, pothole, 0, model, OptionalDouble.of(0)).source(),
                "an item's own model learnt what its comments are about");
    }

    @Test
    void theShippedGeneralModelReadsTheMotionsDirection() {
        StanceAnalyzer a = StanceAnalyzer.shipped();
        assertTrue(GeneralModel.shipped().isPresent(), "mvn package trains it (process-classes)");
        assertEquals(2, GeneralModel.direction("We should ban telemarketing"));
        assertEquals(2, GeneralModel.direction("Repeal the plastic bag fee"));
        assertEquals(1, GeneralModel.direction("We should subsidize journalism"));
        // the same complaint argues for a ban and against an expansion (motions the model was not trained on)
        String harm = "It is dangerous and unfair.";
        assertEquals(
                Stance.SUPPORT,
                a.predict("Ban gas-powered leaf blowers", harm, null).stance());
        assertEquals(
                Stance.OPPOSE,
                a.predict("Expand the leaf blower program", harm, null).stance());
        String jobs = "This creates jobs and helps small businesses reach customers.";
        assertEquals(
                Stance.OPPOSE,
                a.predict("Ban gas-powered leaf blowers", jobs, null).stance());
        Prediction p = a.predict("Ban gas-powered leaf blowers", harm, null);
        assertEquals(Prediction.Source.GENERAL, p.source());
        assertEquals(p.confidence() < StanceAnalyzer.DEFAULT_THRESHOLD, p.needsReview());
        // on an item it was not trained on, the general model's answer is a guess and says so: never more than 65 %
        // sure (right 56 % of the time on the civic set, whatever it said), mostly below the review threshold
        for (String text : List.of(harm, jobs, "Fix the potholes on my street first.", "Property owners pay enough.")) {
            Prediction g = a.predict("Ban gas-powered leaf blowers", text, null);
            if (g.source() == Prediction.Source.GENERAL) {
                assertTrue(g.confidence() >= 0.5 && g.confidence() <= 0.5 + 0.5 * StanceAnalyzer.GENERAL_SHRINK, text);
            }
        }
    }

    @Test
    void anItemsModelLearnsFromItsClerksAndChangesAfterACorrection() {
        List<String> texts = new ArrayList<>();
        List<Stance> labels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            texts.add("The library hours matter to my family " + i);
            labels.add(Stance.SUPPORT);
            texts.add("Property owners cannot afford this burden " + i);
            labels.add(Stance.OPPOSE);
            texts.add("When is the next hearing scheduled " + i);
            labels.add(Stance.NEUTRAL);
        }
        String probe = "Seniors on fixed incomes will lose their homes to this";
        ItemModel before = ItemModel.train(texts, labels, null);
        StanceAnalyzer a = StanceAnalyzer.shipped();
        Prediction first = a.predict(ITEM, probe, before);
        assertEquals(Prediction.Source.ITEM, first.source());
        // a clerk labels comments like the probe as support (say, the item is a tax relief for seniors)
        for (int i = 0; i < 8; i++) {
            texts.add("Seniors on fixed incomes will lose their homes without this " + i);
            labels.add(Stance.SUPPORT);
        }
        Prediction after = a.predict(ITEM, probe, ItemModel.train(texts, labels, null));
        assertEquals(Stance.SUPPORT, after.stance(), "the correction takes effect on the next prediction");
        assertTrue(first.stance() != Stance.SUPPORT || first.confidence() < after.confidence());
    }

    @Test
    void labelsAreReadInEveryDatasetsSpelling() {
        assertEquals(Stance.SUPPORT, Stance.parse("favor").orElseThrow());
        assertEquals(Stance.OPPOSE, Stance.parse("CON").orElseThrow());
        assertEquals(Stance.NEUTRAL, Stance.parse(" NONE ").orElseThrow());
        assertTrue(Stance.parse("maybe").isEmpty());
    }

    @Test
    void classesAreBalancedOnTheClerksLabelsAloneAndBySquareRoot() {
        // 8 clerk labels: 6 SUPPORT, 2 OPPOSE; 3 declared NEUTRAL at 0.3, which must not count
        int[] ys = {0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 2};
        double[] w = {1, 1, 1, 1, 1, 1, 1, 1, 0.3, 0.3, 0.3};
        double[] cw = LinearModel.balancedWeights(ys, w, 3, 0.5);
        assertEquals(Math.sqrt(8.0 / (2 * 6)), cw[0], 1e-12);
        assertEquals(Math.sqrt(8.0 / (2 * 2)), cw[1], 1e-12);
        assertEquals(1, cw[2], 1e-12, "no clerk label: neither raised nor lowered");
        double[] full = LinearModel.balancedWeights(ys, null, 3, 1);
        assertEquals(11.0 / (3 * 3), full[2], 1e-12);
    }

    @Test
    void aResidentsDeclaredPositionDoesNotOutweighWhatTheClerksDecided() {
        List<String> texts = new ArrayList<>();
        List<Stance> labels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            texts.add("The library hours matter to my family " + i + ", we read there weekly.");
            labels.add(Stance.SUPPORT);
            weights.add(1.0);
            texts.add("Property owners on Maple Street cannot afford burden number " + i + " this year.");
            labels.add(Stance.OPPOSE);
            weights.add(1.0);
        }
        String probe = "Property owners on Oak Street cannot afford this burden.";
        texts.add(probe);
        labels.add(Stance.NEUTRAL); // declared by its author, not a clerk's label
        weights.add(0.3);
        ItemModel model = ItemModel.train(
                texts, labels, weights.stream().mapToDouble(Double::doubleValue).toArray());
        double[] p = model.probabilities(probe);
        assertTrue(p[Stance.OPPOSE.ordinal()] > p[Stance.NEUTRAL.ordinal()], Arrays.toString(p));
    }

    @Test
    void aWordNoLabelUsedIsReadByItsMeaning() {
        // the probes share no word and no character 3-gram with the labelled comments: the n-grams know nothing of
        // them, so only the word vectors can tell "levy" (near taxes) from "novels" (near books)
        List<String> texts = new ArrayList<>();
        List<Stance> labels = new ArrayList<>();
        for (String t : List.of("taxes", "taxation", "tax hike", "taxpayers")) {
            texts.add(t);
            labels.add(Stance.OPPOSE);
        }
        for (String t : List.of("books", "library", "reading", "librarians")) {
            texts.add(t);
            labels.add(Stance.SUPPORT);
        }
        ItemModel model = ItemModel.train(texts, labels, null);
        double[] levy = model.probabilities("levy");
        double[] novels = model.probabilities("novels");
        int o = Stance.OPPOSE.ordinal();
        int s = Stance.SUPPORT.ordinal();
        assertTrue(levy[o] > levy[s], Arrays.toString(levy));
        assertTrue(novels[s] > novels[o], Arrays.toString(novels));
    }

    @Test
    void theItemsModelLearnsFromItsLabelsWhichWayToneLeansThere() {
        // on this item the opponents wrote angry comments and the supporters glad ones: the same words read as more
        // likely opposed in an angry tone than in a glad one
        List<String> texts = new ArrayList<>();
        List<Stance> labels = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            texts.add("Thank you, this is a wonderful and fair plan for block " + i + "!");
            labels.add(Stance.SUPPORT);
            texts.add("This is a terrible, unfair and disgraceful plan for block " + i + "!");
            labels.add(Stance.OPPOSE);
        }
        String plain = "The plan for the school.";
        Prepared probe = Prepared.of(plain);
        int o = Stance.OPPOSE.ordinal();
        ItemModel model = ItemModel.train(texts, labels, null);
        double[] angry = model.probabilities(probe, -0.9);
        double[] glad = model.probabilities(probe, 0.9);
        assertTrue(angry[o] > glad[o] + 0.1, Arrays.toString(angry) + " " + Arrays.toString(glad));
        // on an item where the supporters were the angry ones, the other way round
        List<Stance> swapped = labels.stream()
                .map(s -> s == Stance.SUPPORT ? Stance.OPPOSE : Stance.SUPPORT)
                .toList();
        ItemModel other = ItemModel.train(texts, swapped, null);
        assertTrue(other.probabilities(probe, -0.9)[o] + 0.1 < other.probabilities(probe, 0.9)[o]);
        // and the tone read from the text is VADER's
        assertEquals(
                Arrays.toString(
                        model.probabilities(probe, Vader.get().score(plain).compound())),
                Arrays.toString(model.probabilities(plain)));
    }
}
