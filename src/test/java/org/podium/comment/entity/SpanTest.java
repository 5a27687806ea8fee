package org.podium.comment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void spansAreSortedAndOverlappingOrTouchingOnesJoined() {
        List<Span> spans = Span.normalise(List.of(new Span(10, 14), new Span(2, 5), new Span(4, 8)));
        assertEquals(List.of(new Span(2, 8), new Span(10, 14)), spans);
        assertEquals(List.of(new Span(0, 6)), Span.normalise(List.of(new Span(3, 6), new Span(0, 3))), "touching");
        assertEquals(List.of(new Span(1, 9)), Span.normalise(List.of(new Span(1, 9), new Span(2, 3))), "inside");
        assertEquals(List.of(new Span(1, 2), new Span(3, 4)), Span.normalise(List.of(new Span(3, 4), new Span(1, 2))));
    }

    @Test
    void theStoredFormRoundTrips() {
        List<Span> spans = List.of(new Span(2, 8), new Span(10, 14));
        assertEquals("2-8,10-14", Span.format(spans));
        assertEquals(spans, Span.parse("2-8,10-14"));
        assertEquals(spans, Span.parse(" 2-8 , 10 - 14 "));
        assertEquals("2-8", Span.format(List.of(new Span(4, 8), new Span(2, 5))), "stored normalised");
        assertNull(Span.format(List.of()));
        assertNull(Span.format(null));
        assertEquals(List.of(), Span.parse(null));
        assertEquals(List.of(), Span.parse("  "));
    }

    @Test
    void applyingReplacesEachSpanWithTheMarker() {
        List<Span> spans = Span.normalise(List.of(new Span(10, 14), new Span(2, 5), new Span(4, 8)));
        assertEquals("ab[R]ij[R]opq", Span.apply("abcdefghijklmnopq", spans, "[R]"));
        assertEquals("ab[R]", Span.apply("abcdef", List.of(new Span(2, 40)), "[R]"), "cut at the end of the text");
        assertEquals(
                "abc[R]",
                Span.apply("abc", List.of(new Span(5, 9)), "[R]"),
                "a span past the end still says that something was taken out");
        assertEquals("[R]", Span.apply("abc", List.of(new Span(0, 3)), "[R]"));
        assertEquals("abc", Span.apply("abc", List.of(), "[R]"));
        assertNull(Span.apply(null, List.of(new Span(0, 1)), "[R]"));
    }

    @Test
    void anEmptyOrBackwardSpanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 3));
        assertThrows(IllegalArgumentException.class, () -> new Span(4, 2));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> Span.parse("3-1"));
        assertThrows(NumberFormatException.class, () -> Span.parse("a-b"));
    }
}
