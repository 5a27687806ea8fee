package org.podium.comment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.PodiumException;

class CommentTest {

    static final Instant AT = Instant.parse("2026-11-20T15:00:00Z");

    static Comment resident() {
        return new Comment(new AgendaItem("1", "Levy", null, null, null, true, null, null), Channel.WEB,
                Position.OPPOSE, "No to the levy", "Rosa", false, "Rosa@Example.org", null, AT, false);
    }

    @Test
    void aClerkPublishesKeepsOrRejectsAndMayReconsider() {
        Comment c = resident();
        c.decide(CommentStatus.RECORD_ONLY, null, AT.plusSeconds(60));
        c.decide(CommentStatus.PUBLISHED, null, AT.plusSeconds(120));
        c.decide(CommentStatus.PUBLISHED, null, AT.plusSeconds(130));
        c.decide(CommentStatus.REJECTED, "Threat", AT.plusSeconds(180));
        assertEquals(CommentStatus.REJECTED, c.getStatus());
        assertEquals(4, c.getEvents().size(), "the same decision twice is one step");
        assertEquals("Threat", c.getEvents().get(3).getNote());
    }

    @Test
    void aRejectionNeedsAReasonAndOnlyDecisionsAreDecisions() {
        Comment c = resident();
        assertEquals("reason", assertThrows(PodiumException.class,
                () -> c.decide(CommentStatus.REJECTED, null, AT)).field());
        for (CommentStatus s : new CommentStatus[] {CommentStatus.RECEIVED, CommentStatus.WITHDRAWN,
                CommentStatus.IN_RECORD, null}) {
            assertEquals(400, assertThrows(PodiumException.class, () -> c.decide(s, "x", AT)).status());
        }
        assertEquals(CommentStatus.RECEIVED, c.getStatus());
    }

    @Test
    void aWithdrawnCommentIsFinal() {
        Comment c = resident();
        c.withdraw(AT.plusSeconds(10));
        PodiumException e = assertThrows(PodiumException.class, () -> c.decide(CommentStatus.PUBLISHED, null, AT));
        assertEquals(409, e.status());
        assertEquals(CommentStatus.WITHDRAWN, c.getStatus());
    }

    @Test
    void onlyAResidentsOwnUnconfirmedAddressMakesACommentUnverified() {
        Comment guest = resident();
        assertTrue(guest.isUnverified());
        guest.verifyEmail(AT.plusSeconds(30));
        assertFalse(guest.isUnverified());
        Comment letter = new Comment(new AgendaItem("1", "Levy", null, null, null, true, null, null), Channel.LETTER,
                null, "By post", null, false, null, null, AT, false);
        assertFalse(letter.isUnverified(), "the clerk who entered it vouches for a letter");
    }
}
