package org.podium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTimeTextTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 16, 47, 31);
    static final Locale EN = Locale.ENGLISH;
    static final Locale ES = Locale.forLanguageTag("es");

    @ParameterizedTest(name = "[{0}] \"{1}\" is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|2026-12-01 18:30|2026-12-01T18:30",
                "en|2026-12-01T18:30|2026-12-01T18:30",
                "en|2026-12-01 18:30:15|2026-12-01T18:30:15",
                "en|2026/12/01 6:30 pm|2026-12-01T18:30",
                "en|12/1/2026 6:30 PM|2026-12-01T18:30",
                "en|12/1/26 6:30 p.m.|2026-12-01T18:30",
                "en|13/1/2026 9:00|2026-01-13T09:00",
                "es|1/12/2026 18:30|2026-12-01T18:30",
                "es|1.12.2026 18:30|2026-12-01T18:30",
                "es|12/13/2026 18:30|2026-12-13T18:30",
                "en|Dec 1, 2026 at 6:30 PM|2026-12-01T18:30",
                "en|Tue, December 1st 2026, 6:30pm|2026-12-01T18:30",
                "en|1 Dec 2026 18:30|2026-12-01T18:30",
                "en|Dec 1 6pm|2026-12-01T18:00",
                "es|1 de diciembre de 2026 a las 18:30|2026-12-01T18:30",
                "es|mar 1 dic 2026 18h30|2026-12-01T18:30",
                "es|1 dic. 2026 6:30 p. m.|2026-12-01T18:30",
                "en|now|2026-12-04T16:47",
                "en|Now|2026-12-04T16:47",
                "es|ahora|2026-12-04T16:47",
                "en|18:30|2026-12-04T18:30",
                "en|9:15 am|2026-12-04T09:15",
                "en|today 9:15|2026-12-04T09:15",
                "en|yesterday at 9:15 am|2026-12-03T09:15",
                "es|ayer 9:15|2026-12-03T09:15",
                "es|mañana a las 18:00|2026-12-05T18:00",
                "en|tomorrow noon|2026-12-05T12:00",
                "en|12 am|2026-12-04T00:00",
                "en|  2026-12-01   18:30  |2026-12-01T18:30",
            })
    void readsWhatAClerkTypes(String lang, String text, String expected) {
        assertEquals(LocalDateTime.parse(expected), DateTimeText.parse(text, lang.equals("es") ? ES : EN, NOW));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "tomorrow evening|datetime.unreadable",
                "tomorrow|datetime.noTime",
                "2026-12-01|datetime.noTime",
                "Dec 1 2026|datetime.noTime",
                "2026-02-30 18:30|datetime.impossible",
                "2026-12-01 25:00|datetime.impossible",
                "2026-12-01 13 pm|datetime.impossible",
                "31/31/2026 18:00|datetime.impossible",
                "soon|datetime.unreadable",
                "Smarch 3 2026 9:00|datetime.unreadable",
                "'   '|datetime.unreadable",
                "18|datetime.unreadable",
            })
    void refusesWhatItWouldHaveToGuess(String text, String key) {
        var e = assertThrows(DateTimeText.Invalid.class, () -> DateTimeText.parse(text, EN, NOW));
        assertEquals(key, e.key());
    }
}
