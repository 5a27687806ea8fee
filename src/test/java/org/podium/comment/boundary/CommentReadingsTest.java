package org.podium.comment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentBuilder;
import org.podium.comment.entity.Position;
import org.podium.comment.entity.Reading;

class CommentReadingsTest {

    static Comment read(Position declared, Position stance, double confidence, boolean review) {
        Comment c = CommentBuilder.aWebComment()
                .saying(declared, "The levy hearing is set for 10 a.m.; hold it in the evening.")
                .build();
        c.analysed(new Reading(stance, confidence, Reading.Source.GENERAL, review, false, 0, "", false, 1, null));
        return c;
    }

    @Test
    void aCommentsSideIsWhatItDeclaredElseWhatTheAnalysisIsSureOf() {
        assertEquals(Position.OPPOSE, CommentReadings.side(read(Position.OPPOSE, Position.SUPPORT, 0.9, false)));
        assertEquals(Position.SUPPORT, CommentReadings.side(read(Position.NEUTRAL, Position.SUPPORT, 0.62, false)));
        assertNull(
                CommentReadings.side(read(Position.NEUTRAL, Position.SUPPORT, 0.52, true)),
                "a guess the analysis asks a clerk to review takes no side");
    }

    static CommentCounts.Tally row(
            String status, Position declared, Position stance, String source, boolean review, Long campaign, long n) {
        return row(status, declared, stance, source, review, false, campaign, n);
    }

    static CommentCounts.Tally row(
            String status,
            Position declared,
            Position stance,
            String source,
            boolean review,
            boolean hidden,
            Long campaign,
            long n) {
        return new CommentCounts.Tally(
                status,
                declared == null ? null : declared.name(),
                stance == null ? null : stance.name(),
                "WEB",
                false,
                review,
                source,
                hidden,
                campaign,
                n);
    }

    @Test
    void theTallysSideIsTheCommentsSideOnEveryCombination() {
        List<Position> positions = new ArrayList<>(Arrays.asList(Position.values()));
        positions.add(null);
        List<Reading.Source> sources = new ArrayList<>(Arrays.asList(Reading.Source.values()));
        sources.add(null);
        int checked = 0;
        for (Position declared : positions) {
            for (Position stance : positions) {
                for (Reading.Source source : sources) {
                    for (boolean review : new boolean[] {false, true}) {
                        Comment c = CommentBuilder.aWebComment()
                                .saying(declared, "On the levy")
                                .build();
                        c.analysed(new Reading(stance, 0.9, source, review, false, 0, "", false, 0L, null));
                        Position side = CommentReadings.side(c);
                        CommentReadings.Sides sides = CommentReadings.Sides.of(List.of(row(
                                "RECEIVED", declared, stance, source == null ? null : source.name(), review, null, 3)));
                        String what = "declared " + declared + ", read " + stance + " by " + source
                                + (review ? ", unsure" : "");
                        for (Position p : List.of(Position.SUPPORT, Position.OPPOSE)) {
                            assertEquals(p == side ? 3 : 0, sides.of(p, false).comments(), what + ", " + p);
                        }
                        checked++;
                    }
                }
            }
        }
        assertEquals(positions.size() * positions.size() * sources.size() * 2, checked);
    }

    @Test
    void aCampaignIsOneTextPerSideAndThePublicCountsOnlyWhatItReads() {
        CommentReadings.Sides sides = CommentReadings.Sides.of(List.of(
                row("PUBLISHED", Position.OPPOSE, null, null, false, 7L, 40), // a form letter: one text
                row("RECEIVED", Position.OPPOSE, null, null, false, 7L, 10), // its copies not yet published
                row("PUBLISHED", Position.OPPOSE, null, null, false, true, 8L, 1), // hidden: not the public's
                row("PUBLISHED", Position.OPPOSE, null, null, false, null, 5), // five texts of their own
                row("REJECTED", Position.OPPOSE, null, null, false, null, 9), // not counted at all
                row("WITHDRAWN", Position.SUPPORT, null, null, false, 7L, 2),
                row("IN_RECORD", Position.NEUTRAL, Position.SUPPORT, "CLERK", false, 7L, 4), // a clerk's side
                row("PUBLISHED", Position.NEUTRAL, Position.SUPPORT, "GENERAL", true, null, 6))); // unsure: none
        assertEquals(new CommentReadings.SideCount(56, 7), sides.of(Position.OPPOSE, false));
        assertEquals(new CommentReadings.SideCount(45, 6), sides.of(Position.OPPOSE, true));
        assertEquals(new CommentReadings.SideCount(4, 1), sides.of(Position.SUPPORT, false));
        assertEquals(new CommentReadings.SideCount(4, 1), sides.of(Position.SUPPORT, true));
        assertEquals(8, sides.texts());
    }

    @Test
    void theSummarysCampaignsAreThoseWithTwoCountedCopiesOrMore() {
        List<CommentCounts.Campaign> campaigns = CommentCounts.campaigns(
                List.of(
                        row("PUBLISHED", Position.OPPOSE, null, null, false, 7L, 1),
                        row("RECEIVED", Position.SUPPORT, null, null, false, 7L, 1),
                        row("PUBLISHED", Position.OPPOSE, null, null, false, 8L, 1),
                        row("REJECTED", Position.OPPOSE, null, null, false, 8L, 5),
                        row("PUBLISHED", Position.OPPOSE, null, null, false, null, 9)),
                CommentReadings.COUNTED);
        assertEquals(List.of(new CommentCounts.Campaign(7, 2)), campaigns);
    }
}
