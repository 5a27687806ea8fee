package org.podium.summary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.summary.boundary.ItemSummary.Arrival;

/** The arrivals chart's time axis: quiet hours are drawn at zero, not left out. */
class SummaryPageTest {

    private static final Instant NINE = Instant.parse("2026-12-01T15:00:00Z");

    @Test
    void quietHoursBetweenArrivalsAreOnTheAxisAtZero() {
        List<Arrival> axis =
                SummaryPage.timeAxis(List.of(new Arrival(NINE, 4), new Arrival(NINE.plusSeconds(3 * 3600), 2)));
        assertEquals(
                List.of(
                        new Arrival(NINE, 4),
                        new Arrival(NINE.plusSeconds(3600), 0),
                        new Arrival(NINE.plusSeconds(7200), 0),
                        new Arrival(NINE.plusSeconds(3 * 3600), 2)),
                axis);
    }

    @Test
    void overAWeekTheAxisGoesByDay() {
        Instant day = Instant.parse("2026-11-20T00:00:00Z");
        List<Arrival> axis = SummaryPage.timeAxis(List.of(
                new Arrival(day.plusSeconds(3600), 1),
                new Arrival(day.plusSeconds(5 * 3600), 2),
                new Arrival(day.plusSeconds(10 * 24 * 3600), 7)));
        assertEquals(11, axis.size(), "eleven days, each once");
        assertEquals(new Arrival(day, 3), axis.get(0), "a day's hours add up");
        assertEquals(0, axis.get(5).count());
        assertEquals(7, axis.get(10).count());
    }

    @Test
    void oneHourOrNoneIsLeftAsItIs() {
        assertEquals(List.of(), SummaryPage.timeAxis(List.of()));
        assertEquals(List.of(new Arrival(NINE, 3)), SummaryPage.timeAxis(List.of(new Arrival(NINE, 3))));
    }
}
