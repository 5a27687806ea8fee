package org.podium.insight.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchChangesTest {

    private static Object[] row(long point, long comment, double p) {
        return new Object[] {point, comment, p};
    }

    @Test
    void aReadingThatOnlyAddsCommentsWritesOnlyTheirRows() {
        Map<List<Long>, Double> before = Map.of(List.of(1L, 10L), 0.8, List.of(2L, 11L), 0.6);
        MatchChanges c =
                MatchChanges.of(before, List.of(row(1, 10, 0.804), row(2, 11, 0.6), row(1, 12, 0.7), row(2, 13, 0.55)));
        assertTrue(c.removed().isEmpty(), "nothing kept is written again");
        assertEquals(List.of(12L, 13L), c.added().stream().map(r -> (Long) r[1]).toList());
    }

    @Test
    void pairsThatWentAreRemovedAndAMovedProbabilityIsWrittenAgain() {
        Map<List<Long>, Double> before = Map.of(List.of(1L, 10L), 0.8, List.of(1L, 11L), 0.6, List.of(3L, 10L), 0.9);
        MatchChanges c = MatchChanges.of(before, List.of(row(1, 10, 0.7), row(1, 11, 0.6), row(1, 11, 0.6)));
        assertEquals(Map.of(1L, List.of(10L), 3L, List.of(10L)), c.removed());
        assertEquals(1, c.added().size(), "a pair once, and only the one that moved");
        assertEquals(0.7, (Double) c.added().get(0)[2]);
    }

    @Test
    void theFirstReadingInsertsEveryRow() {
        MatchChanges c = MatchChanges.of(Map.of(), List.of(row(1, 10, 1.0), row(2, 10, 0.5)));
        assertTrue(c.removed().isEmpty());
        assertEquals(2, c.added().size());
    }
}
