package org.podium.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.podium.meeting.entity.CommentWindow.State;

class CommentWindowTest {

    static final Instant PUBLISHED = Instant.parse("2026-11-20T15:00:00Z");
    static final Instant START = Instant.parse("2026-11-25T15:00:00Z");

    static CommentWindow at(
            String now, boolean accepts, Instant open, Instant close, Instant published, MeetingStatus status) {
        return CommentWindow.at(Instant.parse(now), accepts, open, close, published, START, status, false);
    }

    @Test
    void defaultsOpenAtPublicationAndCloseAtMeetingStart() {
        CommentWindow w = at("2026-11-22T12:00:00Z", true, null, null, PUBLISHED, MeetingStatus.SCHEDULED);
        assertEquals(State.OPEN, w.state());
        assertTrue(w.isOpen());
        assertEquals(PUBLISHED, w.opensAt());
        assertEquals(START, w.closesAt());
    }

    @Test
    void closesExactlyAtTheMeetingStart() {
        assertEquals(
                State.OPEN,
                at("2026-11-25T14:59:59Z", true, null, null, PUBLISHED, MeetingStatus.SCHEDULED)
                        .state());
        assertEquals(
                State.CLOSED,
                at("2026-11-25T15:00:00Z", true, null, null, PUBLISHED, MeetingStatus.SCHEDULED)
                        .state());
    }

    @Test
    void aDraftAgendaTakesNoComment() {
        CommentWindow w = at("2026-11-22T12:00:00Z", true, null, null, null, MeetingStatus.SCHEDULED);
        assertEquals(State.NOT_PUBLISHED, w.state());
        assertFalse(w.isOpen());
    }

    @Test
    void anItemWithoutPublicCommentNeverOpens() {
        CommentWindow w = at("2026-11-22T12:00:00Z", false, null, null, PUBLISHED, MeetingStatus.SCHEDULED);
        assertEquals(State.NOT_ACCEPTED, w.state());
        assertNull(w.closesAt());
    }

    @Test
    void explicitTimesWinOverTheDefaults() {
        Instant open = Instant.parse("2026-11-23T00:00:00Z");
        Instant close = Instant.parse("2026-11-24T00:00:00Z");
        assertEquals(
                State.NOT_YET_OPEN,
                at("2026-11-22T12:00:00Z", true, open, close, PUBLISHED, MeetingStatus.SCHEDULED)
                        .state());
        assertEquals(
                State.OPEN,
                at("2026-11-23T00:00:00Z", true, open, close, PUBLISHED, MeetingStatus.SCHEDULED)
                        .state());
        assertEquals(
                State.CLOSED,
                at("2026-11-24T00:00:00Z", true, open, close, PUBLISHED, MeetingStatus.SCHEDULED)
                        .state());
    }

    @Test
    void aClerkCanKeepCommentOpenAfterTheMeetingStarts() {
        Instant close = Instant.parse("2026-11-27T00:00:00Z");
        assertEquals(
                State.OPEN,
                at("2026-11-26T00:00:00Z", true, null, close, PUBLISHED, MeetingStatus.IN_PROGRESS)
                        .state());
    }

    @Test
    void aCancelledMeetingTakesNoComment() {
        CommentWindow w = at("2026-11-22T12:00:00Z", true, null, null, PUBLISHED, MeetingStatus.CANCELLED);
        assertEquals(State.CANCELLED, w.state());
        assertFalse(w.isLateAccepted(), "nothing goes into the record of a meeting that did not take place");
    }

    @Test
    void aMeetingStartedBeforeItsTimeClosesComment() {
        // the clerk starts the meeting a day early: "open until 25 Nov" would be wrong from that moment
        CommentWindow w = at("2026-11-24T15:00:00Z", true, null, null, PUBLISHED, MeetingStatus.IN_PROGRESS);
        assertEquals(State.STARTED, w.state());
        assertFalse(w.isOpen());
        assertTrue(w.isLateAccepted());
    }

    @Test
    void anAdjournedMeetingClosesCommentWhateverTheClerkSetBefore() {
        Instant close = Instant.parse("2026-11-27T00:00:00Z");
        CommentWindow w = at("2026-11-25T18:00:00Z", true, null, close, PUBLISHED, MeetingStatus.ADJOURNED);
        assertEquals(State.ADJOURNED, w.state());
        assertFalse(w.isOpen());
        assertTrue(w.isLateAccepted(), "a council that keeps late comments still takes them, as late");
        assertNull(w.closesAt(), "no \"open until\" date is shown for an adjourned meeting");
    }

    @Test
    void aFinalRecordTakesNothingMoreNotEvenLateComments() {
        Instant close = Instant.parse("2026-11-27T00:00:00Z");
        CommentWindow w = CommentWindow.at(
                Instant.parse("2026-11-26T00:00:00Z"),
                true,
                null,
                close,
                PUBLISHED,
                START,
                MeetingStatus.ADJOURNED,
                true);
        assertEquals(State.FINAL, w.state());
        assertFalse(w.isOpen());
        assertFalse(w.isLateAccepted());
    }
}
