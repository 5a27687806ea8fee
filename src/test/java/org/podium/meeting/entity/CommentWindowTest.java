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

    static CommentWindow at(String now, boolean accepts, Instant open, Instant close, Instant published,
            MeetingStatus status) {
        return CommentWindow.at(Instant.parse(now), accepts, open, close, published, START, status);
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
        assertEquals(State.OPEN, at("2026-11-25T14:59:59Z", true, null, null, PUBLISHED, MeetingStatus.SCHEDULED).state());
        assertEquals(State.CLOSED, at("2026-11-25T15:00:00Z", true, null, null, PUBLISHED, MeetingStatus.SCHEDULED).state());
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
        assertEquals(State.NOT_YET_OPEN, at("2026-11-22T12:00:00Z", true, open, close, PUBLISHED, MeetingStatus.SCHEDULED).state());
        assertEquals(State.OPEN, at("2026-11-23T00:00:00Z", true, open, close, PUBLISHED, MeetingStatus.SCHEDULED).state());
        assertEquals(State.CLOSED, at("2026-11-24T00:00:00Z", true, open, close, PUBLISHED, MeetingStatus.SCHEDULED).state());
    }

    @Test
    void aClerkCanKeepCommentOpenAfterTheMeetingStarts() {
        Instant close = Instant.parse("2026-11-27T00:00:00Z");
        assertEquals(State.OPEN, at("2026-11-26T00:00:00Z", true, null, close, PUBLISHED, MeetingStatus.IN_PROGRESS).state());
    }

    @Test
    void aCancelledMeetingTakesNoComment() {
        assertEquals(State.CLOSED, at("2026-11-22T12:00:00Z", true, null, null, PUBLISHED, MeetingStatus.CANCELLED).state());
    }
}
