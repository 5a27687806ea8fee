package org.podium.insight.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.insight.control.KeyPointRows.Match;

class MatchChangesTest {

    private static Match row(long point, long comment, double p) {
        return new Match(point, comment, p, "OPPOSE", null, true);
    }

    @Test
    void aReadingThatOnlyAddsCommentsWritesOnlyTheirRows() {
        List<Match> before = List.of(row(1, 10, 0.8), row(2, 11, 0.6));
        MatchChanges c =
                MatchChanges.of(before, List.of(row(1, 10, 0.804), row(2, 11, 0.6), row(1, 12, 0.7), row(2, 13, 0.55)));
        assertTrue(c.removed().isEmpty(), "nothing kept is written again");
        assertEquals(List.of(12L, 13L), c.added().stream().map(Match::comment).toList());
    }

    @Test
    void pairsThatWentAreRemovedAndAMovedProbabilityIsWrittenAgain() {
        List<Match> before = List.of(row(1, 10, 0.8), row(1, 11, 0.6), row(3, 10, 0.9));
        MatchChanges c = MatchChanges.of(before, List.of(row(1, 10, 0.7), row(1, 11, 0.6), row(1, 11, 0.6)));
        assertEquals(Map.of(1L, List.of(10L), 3L, List.of(10L)), c.removed());
        assertEquals(1, c.added().size(), "a pair once, and only the one that moved");
        assertEquals(0.7, c.added().get(0).probability());
    }

    @Test
    void aCommentHiddenFoundInACampaignOrOnTheOtherSideIsWrittenAgain() {
        List<Match> before = List.of(row(1, 10, 0.8), row(1, 11, 0.8), row(1, 12, 0.8));
        List<Match> now = List.of(
                new Match(1, 10, 0.8, "OPPOSE", null, false), // hidden after reports
                new Match(1, 11, 0.8, "OPPOSE", 7L, true), // found in a campaign
                new Match(1, 12, 0.8, "SUPPORT", null, true)); // labelled by a clerk
        MatchChanges c = MatchChanges.of(before, now);
        assertEquals(Map.of(1L, List.of(10L, 11L, 12L)), c.removed());
        assertEquals(now, c.added());
    }

    @Test
    void theFirstReadingInsertsEveryRow() {
        MatchChanges c = MatchChanges.of(List.of(), List.of(row(1, 10, 1.0), row(2, 10, 0.5)));
        assertTrue(c.removed().isEmpty());
        assertEquals(2, c.added().size());
    }
}
