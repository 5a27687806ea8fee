package org.podium.comment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
