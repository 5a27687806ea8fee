package org.podium.analysis.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples of VADER's reference documentation, with the compound scores it gives (rounded to 4 places). */
class VaderTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "VADER is smart, handsome, and funny.|0.8316",
                "VADER is smart, handsome, and funny!|0.8439",
                "VADER is very smart, handsome, and funny.|0.8545",
                "VADER is VERY SMART, handsome, and FUNNY.|0.9227",
                "VADER is VERY SMART, handsome, and FUNNY!!!|0.9342",
                "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!|0.9469",
                "VADER is not smart, handsome, nor funny.|-0.7424",
                "The book was good.|0.4404",
                "At least it isn't a horrible book.|0.431",
                "The book was only kind of good.|0.3832",
                "The plot was good, but the characters are uncompelling and the dialog is not great.|-0.7042",
                "Today SUX!|-0.5461",
                "Today only kinda sux! But I'll get by, lol|0.5249",
                "Make sure you :) or :D today!|0.8633",
                "Not bad at all|0.431",
            })
    void scoresAsTheReference(String text, double compound) {
        assertEquals(compound, Math.round(Vader.get().score(text).compound() * 10000) / 10000.0, 1e-9, text);
    }

    @Test
    void negationIntensifiersAndButMoveTheScore() {
        Vader v = Vader.get();
        double good = v.score("The plan is good").compound();
        assertTrue(v.score("The plan is not good").compound() < 0, "negated");
        assertTrue(v.score("The plan is very good").compound() > good, "boosted");
        assertTrue(v.score("The plan is slightly good").compound() < good, "dampened");
        assertTrue(v.score("The plan is GOOD").compound() > good, "capitals among lower case");
        assertTrue(v.score("The plan is good!!").compound() > good, "exclamation");
        assertEquals(
                Tone.Label.NEUTRAL,
                v.score("The meeting is on Tuesday at 6 pm.").label());
        assertEquals(0.0, v.score("").compound());
    }
}
