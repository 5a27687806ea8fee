package org.podium.comment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.PodiumException;

class CommentTest {

    static final Instant AT = Instant.parse("2026-11-20T15:00:00Z");
    static final CommentDecision.Actor CLERK = new CommentDecision.Actor(7L, "Clerk Kim");

    static Comment resident() {
        return new Comment(
                new AgendaItem("1", "Levy", null, null, null, true, null, null),
                Channel.WEB,
                Position.OPPOSE,
                "No to the levy",
                "Rosa",
                false,
                "Rosa@Example.org",
                null,
                AT,
                false);
    }

    @Test
    void aClerkPublishesKeepsOrRejectsAndMayReconsider() {
        Comment c = resident();
        c.decide(CommentStatus.RECORD_ONLY, null, AT.plusSeconds(60), CLERK);
        c.decide(CommentStatus.PUBLISHED, null, AT.plusSeconds(120), CLERK);
        c.decide(CommentStatus.PUBLISHED, null, AT.plusSeconds(130), CLERK);
        c.decide(CommentStatus.REJECTED, "Threat", AT.plusSeconds(180), CLERK);
        assertEquals(CommentStatus.REJECTED, c.getStatus());
        assertEquals(4, c.getEvents().size(), "the same decision twice is one step");
        assertEquals("Threat", c.getEvents().get(3).getNote());
    }

    @Test
    void aRejectionNeedsAReasonAndOnlyDecisionsAreDecisions() {
        Comment c = resident();
        assertEquals(
                "reason",
                assertThrows(PodiumException.class, () -> c.decide(CommentStatus.REJECTED, null, AT, CLERK))
                        .field());
        for (CommentStatus s :
                new CommentStatus[] {CommentStatus.RECEIVED, CommentStatus.WITHDRAWN, CommentStatus.IN_RECORD, null}) {
            assertEquals(
                    400,
                    assertThrows(PodiumException.class, () -> c.decide(s, "x", AT, CLERK))
                            .status());
        }
        assertEquals(CommentStatus.RECEIVED, c.getStatus());
    }

    @Test
    void aWithdrawnCommentIsFinal() {
        Comment c = resident();
        c.withdraw(AT.plusSeconds(10));
        PodiumException e =
                assertThrows(PodiumException.class, () -> c.decide(CommentStatus.PUBLISHED, null, AT, CLERK));
        assertEquals(409, e.status());
        assertEquals(CommentStatus.WITHDRAWN, c.getStatus());
    }

    @Test
    void onlyAResidentsOwnUnconfirmedAddressMakesACommentUnverified() {
        Comment guest = resident();
        assertTrue(guest.isUnverified());
        guest.verifyEmail(AT.plusSeconds(30));
        assertFalse(guest.isUnverified());
        Comment letter = new Comment(
                new AgendaItem("1", "Levy", null, null, null, true, null, null),
                Channel.LETTER,
                null,
                "By post",
                null,
                false,
                null,
                null,
                AT,
                false);
        assertFalse(letter.isUnverified(), "the clerk who entered it vouches for a letter");
    }

    @Test
    void everyDecisionIsInTheTrailWithTheStateBeforeAndAfter() {
        Comment c = resident();
        assertEquals(QueuePlace.WAITING, c.getQueuePriority());
        c.decide(CommentStatus.PUBLISHED, null, AT.plusSeconds(60), CLERK);
        assertEquals(null, c.getQueuePriority(), "decided: off the queue");
        c.redact(List.of(new Span(3, 5)), "personal-information", AT.plusSeconds(70), CLERK);
        assertEquals("No [R] the levy", c.publicText("[R]"));
        assertEquals("No to the levy", c.getBody(), "the record keeps the text");
        List<CommentDecision> trail = c.getDecisions();
        assertEquals(2, trail.size());
        assertEquals(CommentDecision.Kind.PUBLISH, trail.get(0).getDecision());
        assertEquals(CommentStatus.RECEIVED, trail.get(0).getStatusBefore());
        assertEquals(CommentStatus.PUBLISHED, trail.get(0).getStatusAfter());
        assertEquals(QueuePlace.WAITING, trail.get(0).getQueueBefore());
        assertEquals("Clerk Kim", trail.get(0).getActorName());
        assertEquals(null, trail.get(1).getRedactionsBefore());
        assertEquals("3-5", trail.get(1).getRedactionsAfter());
    }

    @Test
    void undoRestoresWhatTheLatestDecisionChangedOneAtATime() {
        Comment c = resident();
        c.decide(CommentStatus.PUBLISHED, null, AT.plusSeconds(10), CLERK);
        c.redact(List.of(new Span(0, 2)), "personal-information", AT.plusSeconds(20), CLERK);
        c.undo(AT.plusSeconds(30), CLERK);
        assertFalse(c.isRedacted());
        assertEquals(CommentStatus.PUBLISHED, c.getStatus());
        c.undo(AT.plusSeconds(40), CLERK);
        assertEquals(CommentStatus.RECEIVED, c.getStatus());
        assertEquals(QueuePlace.WAITING, c.getQueuePriority(), "back in the queue where it was");
        assertEquals(
                409,
                assertThrows(PodiumException.class, () -> c.undo(AT.plusSeconds(50), CLERK))
                        .status());
        assertEquals(4, c.getDecisions().size());
        assertTrue(c.getDecisions().get(3).getUndoes() == c.getDecisions().get(0));
    }

    @Test
    void redactionSpansMustLieInTheText() {
        Comment c = resident();
        assertEquals(
                "spans",
                assertThrows(PodiumException.class, () -> c.redact(List.of(new Span(3, 99)), null, AT, CLERK))
                        .field());
        assertEquals(
                "spans",
                assertThrows(PodiumException.class, () -> c.redact(List.of(), null, AT, CLERK))
                        .field());
        assertTrue(c.getDecisions().isEmpty());
    }

    @Test
    void anEditAfterARedactionGoesBackToTheClerk() {
        Comment c = resident();
        c.decide(CommentStatus.PUBLISHED, null, AT, CLERK);
        c.redact(List.of(new Span(0, 2)), null, AT, CLERK);
        c.edit(Position.OPPOSE, "Call me at 312-555-0142", AT.plusSeconds(5));
        assertFalse(c.isRedacted());
        assertEquals(CommentStatus.RECEIVED, c.getStatus());
        assertEquals(QueuePlace.WAITING, c.getQueuePriority());
    }

    @Test
    void reportsHideAtTheThresholdAndPutTheCommentFirst() {
        Comment c = resident();
        assertEquals(
                409,
                assertThrows(PodiumException.class, () -> c.reported(3, 1, AT)).status());
        c.decide(CommentStatus.PUBLISHED, null, AT, CLERK);
        assertFalse(c.reported(3, 1, AT));
        assertFalse(c.reported(3, 1, AT), "an unconfirmed report is counted for the clerks, but hides nothing");
        assertFalse(c.reported(3, 2, AT));
        assertTrue(c.isPublic());
        assertEquals(3, c.getReportCount());
        assertTrue(c.reported(3, 3, AT), "the third confirmed person hides it");
        assertFalse(c.isPublic());
        assertEquals(QueuePlace.REPORTED, c.getQueuePriority());
        c.decide(CommentStatus.PUBLISHED, null, AT.plusSeconds(60), CLERK);
        assertTrue(c.isPublic(), "a clerk who publishes it again shows it again");
        c.undo(AT.plusSeconds(70), CLERK);
        assertFalse(c.isPublic(), "undo hides it again");
    }

    @Test
    void anAppealIsOnceWithAMessageAndOnlyForARejection() {
        Comment c = resident();
        assertEquals(
                409,
                assertThrows(PodiumException.class, () -> c.appeal("please", AT))
                        .status());
        c.decide(CommentStatus.REJECTED, "off-topic", AT, CLERK);
        assertEquals(
                "message",
                assertThrows(PodiumException.class, () -> c.appeal("  ", AT)).field());
        c.appeal("It is about the levy", AT.plusSeconds(5));
        assertEquals(QueuePlace.APPEAL, c.getQueuePriority());
        assertEquals(
                409,
                assertThrows(PodiumException.class, () -> c.appeal("again", AT)).status());
    }

    @Test
    void autoPublishingTakesOnlyVerifiedCommentsWithoutFlags() {
        Comment guest = resident();
        assertFalse(guest.autoPublish(AT), "unverified");
        guest.verifyEmail(AT);
        guest.screened("link", null);
        assertFalse(guest.autoPublish(AT), "flagged");
        guest.screened(null, null);
        assertTrue(guest.autoPublish(AT));
        assertEquals(CommentStatus.PUBLISHED, guest.getStatus());
        assertEquals(
                CommentDecision.Kind.AUTO_PUBLISH, guest.getDecisions().get(0).getDecision());
        assertEquals(null, guest.getDecisions().get(0).getActorName());
    }
}
