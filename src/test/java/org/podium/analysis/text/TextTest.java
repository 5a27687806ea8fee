package org.podium.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void normalisesCaseSpacingQuotesAndAccents() {
        assertEquals(
                "i don't support it - \"really\"",
                Text.normalize("  I DON\u2019T   support\tit \u2014 \u201cReally\u201d \n"));
        assertEquals("cafe fi 12", Text.normalize("Caf\u00e9 \ufb01 \uff11\uff12"));
        assertEquals("don't", Text.normalize("don`t"));
        assertEquals("", Text.normalize(" \t\r\n\u001c "));
    }

    /** Plain ASCII takes a shorter road; it must end where the Unicode one does (an accented letter forces that one). */
    @Test
    void plainAsciiIsNormalisedAsTheUnicodeRoadWouldNormaliseIt() {
        SplittableRandom r = new SplittableRandom(42);
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            int length = r.nextInt(60);
            for (int i = 0; i < length; i++) {
                b.append((char) r.nextInt(128));
            }
            String ascii = b.append('x').toString();
            assertEquals(Text.normalize(ascii) + "e", Text.normalize(ascii + "\u00e9"), ascii);
        }
    }

    @Test
    void tokensKeepInnerApostrophesAndMarkBreaksOnce() {
        assertEquals(
                List.of("i", "don't", "support", "it", ".", "vote", "no", "on", "prop", "12b", "."),
                Text.tokens(Text.normalize("I don't support it!!! Vote 'no' on Prop 12B...")));
        assertEquals(List.of("ni\u00f1os", "caf\u00e9"), Text.tokens("ni\u00f1os caf\u00e9"));
        assertEquals(List.of("it's", "."), Text.tokens("'it's'."));
    }
}
