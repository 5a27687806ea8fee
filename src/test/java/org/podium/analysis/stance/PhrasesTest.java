package org.podium.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.podium.analysis.text.Prepared;

/** A comment that takes no side is read as NEUTRAL, and says why; a verdict in plain words is a position. */
class PhrasesTest {

    static Optional<Phrases.Neutral> neutral(String text) {
        return Phrases.neutral(Prepared.of(text));
    }

    static Optional<Stance> verdict(String text) {
        return Phrases.verdict(Prepared.of(text));
    }

    @Test
    void requestsForInformationQuestionsTheProcessAndBothSidesTakeNoSide() {
        assertEquals(
                Optional.of(Phrases.Neutral.INFORMATION),
                neutral("Please publish how much of the levy goes to each pension fund"));
        assertEquals(
                Optional.of(Phrases.Neutral.INFORMATION),
                neutral("I would like to know what the shelter budget pays for in each ward."));
        assertEquals(
                Optional.of(Phrases.Neutral.QUESTION),
                neutral("How many cameras are near schools? And who reviews the tickets?"));
        assertEquals(
                Optional.of(Phrases.Neutral.PROCEDURAL),
                neutral("Please enter my attached letter into the record for item 4.a."));
        assertEquals(
                Optional.of(Phrases.Neutral.PROCEDURAL),
                neutral("Will there be a Spanish interpreter at the hearing on Tuesday?"));
        assertEquals(
                Optional.of(Phrases.Neutral.MIXED),
                neutral("On one hand the library is a landmark; on the other hand the roof will cost millions."));
    }

    @Test
    void aRhetoricalQuestionOrAnArgumentIsNoNeutralRemark() {
        assertEquals(Optional.empty(), neutral("Why should seniors pay for the council's mistakes?"));
        assertEquals(Optional.empty(), neutral("Seniors on fixed incomes cannot absorb another increase."));
        assertEquals(
                Optional.empty(),
                neutral("The rezoning brings housing near transit. Is that not what we wanted? It is. Build it."),
                "one question among statements");
    }

    @Test
    void aVerdictInPlainWordsIsAPosition() {
        assertEquals(Optional.of(Stance.OPPOSE), verdict("This levy is bullshit and everyone on the council knows it"));
        assertEquals(Optional.of(Stance.OPPOSE), verdict("Shame on the council for this cash grab."));
        assertEquals(Optional.of(Stance.SUPPORT), verdict("Protecting the old library is long overdue."));
        assertEquals(Optional.empty(), verdict("The budget has many parts and I have read them all."));
        assertEquals(Optional.empty(), verdict("It is about time we talk, but this plan is a mistake."), "both: none");
    }

    @Test
    void theAnalyzerReadsTheseBeforeTheGeneralModel_AndAStatedPositionFirst() {
        StanceAnalyzer analyzer = new StanceAnalyzer(null, StanceAnalyzer.DEFAULT_THRESHOLD);
        String levy = "Ordinance: 2027 property tax levy increase of $60 million";
        Prediction info = analyzer.predict(levy, "Please publish how much of the levy goes to each pension fund", null);
        assertEquals(Stance.NEUTRAL, info.stance());
        assertEquals(false, info.needsReview(), "said plainly, not as a guess");
        assertEquals(
                Stance.OPPOSE,
                analyzer.predict(levy, "This levy is bullshit and everyone on the council knows it", null)
                        .stance());
        assertEquals(
                Stance.OPPOSE,
                analyzer.predict(levy, "I oppose this. When will it be heard?", null)
                        .stance(),
                "a stated position wins over a question");
    }
}
