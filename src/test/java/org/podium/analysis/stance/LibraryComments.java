package org.podium.analysis.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.SentenceVectors;
import org.podium.analysis.tone.Vader;

/**
 * Twelve comments on keeping a library open on Sundays, labelled in favour and against one after the other, and a
 * comment in favour in words none of them used: what an item's model reads of it by its words and by its meaning.
 * Shared by the unit test of the model and the integration test of Podium's background reading.
 */
public final class LibraryComments {

    public static final List<String> TEXTS = List.of(
            "Keeping the branch open on Sundays gives children a quiet place to read.",
            "The city cannot afford overtime for staff on another day each week.",
            "Students need the study rooms on the weekend before exams.",
            "Property taxes are already too high to pay for extra opening hours.",
            "Sunday is the only day many working parents can bring their kids to the library.",
            "Hardly anyone would come, and the budget has bigger holes to fill.",
            "The library is a warm, safe place for families on the weekend.",
            "Spending money on weekend staffing while roads crumble is wasteful.",
            "Open the doors on Sundays; the reading programs change lives.",
            "The budget shortfall means we should cut costs, not add them.",
            "Our teenagers use the computers there to finish homework on Sunday afternoons.",
            "Paying guards and librarians time and a half is money the city does not have.");

    public static final List<Stance> LABELS = labels();

    /** In favour, in words that none of the labelled comments used (a family's use of the library). */
    public static final String IN_OTHER_WORDS = "My daughter borrows books every weekend and would miss it.";

    private LibraryComments() {}

    private static List<Stance> labels() {
        List<Stance> labels = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            labels.add(i % 2 == 0 ? Stance.SUPPORT : Stance.OPPOSE);
        }
        return List.copyOf(labels);
    }

    /** What a model trained on the twelve clerk labels (weight 1 each, as Podium's server gives them) reads. */
    public record Readings(Prediction byWords, Prediction byMeaning) {}

    public static Readings of(String text) {
        SentenceVectors sentences = SentenceVectors.available().orElseThrow();
        double[] weights = new double[TEXTS.size()];
        Arrays.fill(weights, 1);
        ItemModel model = ItemModel.train(TEXTS, LABELS, weights, sentences.of(TEXTS));
        StanceAnalyzer analyzer = StanceAnalyzer.shipped();
        Prepared prepared = Prepared.of(text);
        double tone = Vader.get().score(text).compound();
        return new Readings(
                analyzer.predict("", prepared, tone, model, OptionalDouble.empty(), null),
                analyzer.predict("", prepared, tone, model, OptionalDouble.empty(), sentences.of(text)));
    }
}
