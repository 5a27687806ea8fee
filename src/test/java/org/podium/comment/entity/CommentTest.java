package org.podium.comment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.platform.PodiumException;

class CommentTest {

    static final Instant AT = CommentBuilder.AT;
    static final CommentDecision.Actor CLERK = new CommentDecision.Actor(7L, "Clerk Kim");

    static Comment resident() {
        return CommentBuilder.aWebComment().build();
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
        Comment letter = CommentBuilder.aCommentEnteredByClerk(Channel.LETTER)
                .saying(null, "By post")
                .by(null, null)
                .build();
        assertFalse(letter.isUnverified(), "the clerk who entered it vouches for a letter");
    }

    @Test
    void everyDecisionIsInTheTrailWithTheStateBeforeAndAfter() {
        Comment c = resident();
        assertEquals(QueuePlace.WAITING, c.getModeration().getQueuePlace());
        c.decide(CommentStatus.PUBLISHED, null, AT.plusSeconds(60), CLERK);
        assertEquals(null, c.getModeration().getQueuePlace(), "decided: off the queue");
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
        assertFalse(c.getModeration().isRedacted());
        assertEquals(CommentStatus.PUBLISHED, c.getStatus());
        c.undo(AT.plusSeconds(40), CLERK);
        assertEquals(CommentStatus.RECEIVED, c.getStatus());
        assertEquals(QueuePlace.WAITING, c.getModeration().getQueuePlace(), "back in the queue where it was");
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
        assertFalse(c.getModeration().isRedacted());
        assertEquals(CommentStatus.RECEIVED, c.getStatus());
        assertEquals(QueuePlace.WAITING, c.getModeration().getQueuePlace());
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
        assertEquals(3, c.getModeration().getReportCount());
        assertTrue(c.reported(3, 3, AT), "the third confirmed person hides it");
        assertFalse(c.isPublic());
        assertEquals(QueuePlace.REPORTED, c.getModeration().getQueuePlace());
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
        assertEquals(QueuePlace.APPEAL, c.getModeration().getQueuePlace());
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

    @Test
    void aChangeToOnePartOfTheModerationStateKeepsTheRest() {
        Comment c = resident();
        c.screened("personal-data", "0-2");
        c.decide(CommentStatus.PUBLISHED, null, AT, CLERK);
        ModerationState published = c.getModeration();
        assertTrue(published.hasUnredactedPersonalData(), "found at 0-2, nothing redacted");
        c.reported(2, 1, AT);
        c.reported(2, 2, AT);
        ModerationState hidden = c.getModeration();
        assertEquals(List.of("personal-data"), hidden.getFlagCodes(), "reports keep the pre-screen's flags");
        assertEquals(List.of(new Span(0, 2)), hidden.getSuggestedRedactions());
        assertEquals(2, hidden.getReportCount());
        assertEquals(AT, hidden.getHiddenAt());
        assertEquals(QueuePlace.REPORTED, hidden.getQueuePlace());
        assertEquals(0, published.getReportCount(), "a value: the state before the reports is unchanged");
        c.redact(List.of(new Span(0, 3)), null, AT.plusSeconds(1), CLERK);
        assertFalse(c.getModeration().hasUnredactedPersonalData(), "the redaction covers what was found");
        assertEquals(2, c.getModeration().getReportCount(), "a redaction keeps the reports");
        assertTrue(c.getModeration().isHidden(), "and the hiding, until a clerk decides");
    }

    @Test
    void theAppealKeepsTheTrimmedMessageAndRefusesOneTooLong() {
        Comment c = resident();
        c.decide(CommentStatus.REJECTED, "off-topic", AT, CLERK);
        assertEquals(null, c.getAppeal(), "none until made");
        assertTrue(c.isAppealable());
        String tooLong = "x".repeat(Appeal.MAX + 1);
        assertEquals(
                "message",
                assertThrows(PodiumException.class, () -> c.appeal(tooLong, AT)).field());
        assertEquals(null, c.getAppeal(), "a refused appeal leaves nothing");
        c.appeal("  It is about the levy\n", AT.plusSeconds(5));
        assertEquals("It is about the levy", c.getAppeal().getText());
        assertEquals(AT.plusSeconds(5), c.getAppeal().getAt());
        assertFalse(c.isAppealable(), "once");
        assertFalse(resident().isAppealable(), "only a rejection");
    }

    @Test
    void aNewCommentIsReadByNobodyYetAndALateOneWaitsForNobody() {
        Comment c = resident();
        assertEquals(null, c.getReading().getStance());
        assertEquals(List.of(), c.getReading().getTopicList());
        assertEquals(null, c.getReading().getToneLabel());
        assertEquals(QueuePlace.WAITING, c.getModeration().getQueuePlace());
        Comment late = CommentBuilder.aCommentEnteredByClerk(Channel.EMAIL)
                .saying(null, "Too late")
                .late()
                .build();
        assertEquals(null, late.getModeration().getQueuePlace());
        assertEquals(CommentStatus.RECORD_ONLY, late.getStatus());
    }

    @Test
    void aReadingSaysWhoSetTheStanceAndTheToneInWords() {
        Reading machine = new Reading(
                Position.SUPPORT, 0.83, Reading.Source.GENERAL, false, false, 0.6, "taxes|pensions", false, 1L, null);
        assertFalse(machine.isByClerk());
        assertEquals(List.of("taxes", "pensions"), machine.getTopicList());
        assertEquals("POSITIVE", machine.getToneLabel());
        Reading clerk = new Reading(Position.OPPOSE, 1.0, Reading.Source.CLERK, false, true, -0.7, "", true, 1L, null);
        assertTrue(clerk.isByClerk());
        assertEquals(List.of(), clerk.getTopicList());
        assertEquals("NEGATIVE", clerk.getToneLabel());
    }
}
