package org.podium.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.analysis.text.Text;

/** What residents write when they state a position, negations included; empty where no position is stated. */
class CuesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "I oppose the levy increase.|OPPOSE",
                "I strongly oppose this ordinance|OPPOSE",
                "Please vote no on item 4.|OPPOSE",
                "I urge you to reject this tax.|OPPOSE",
                "Please reject the proposal|OPPOSE",
                "I am opposed to raising taxes on seniors|OPPOSE",
                "I can't support another increase.|OPPOSE",
                "I do not support this levy|OPPOSE",
                "Please do not pass this.|OPPOSE",
                "I urge you to support the library funding.|SUPPORT",
                "I support this ordinance wholeheartedly.|SUPPORT",
                "Please vote yes!|SUPPORT",
                "We are in favor of the new park.|SUPPORT",
                "I'm in favour of it|SUPPORT",
                "I do not oppose the levy.|SUPPORT",
                "I am not opposed to this, as long as seniors are exempt|SUPPORT",
                "I support the library but oppose the levy.|-",
                "The levy pays for the library and the pool.|-",
                "Who will pay for the opposition research?|-",
                "My neighbours support the levy; I have questions.|-",
                "Approve the full $25.4 million.|SUPPORT",
                "Pass the damn levy and pay the pensions.|SUPPORT",
                "Just reject it.|OPPOSE",
                "Stop this camera program now.|OPPOSE",
                "The council will pass the budget in June.|-",
            })
    void statedPositions(String text, Stance expected) {
        assertEquals(Optional.ofNullable(expected), Cues.stated(Text.normalize(text)), text);
    }
}
