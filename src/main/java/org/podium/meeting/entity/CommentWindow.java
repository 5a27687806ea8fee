package org.podium.meeting.entity;

import java.time.Instant;

/**
 * Whether an agenda item takes public comment at a given instant, and until or from when. The window opens when the
 * clerk says or, by default, when the agenda is published; it closes when the clerk says or, by default, when the
 * meeting starts. A draft agenda and a cancelled meeting take no comment.
 */
public record CommentWindow(State state, Instant opensAt, Instant closesAt) {

    public enum State { NOT_ACCEPTED, NOT_PUBLISHED, NOT_YET_OPEN, OPEN, CLOSED }

    public static CommentWindow at(Instant now, boolean acceptsComment, Instant explicitOpen, Instant explicitClose,
            Instant agendaPublishedAt, Instant meetingStart, MeetingStatus meetingStatus) {
        Instant opens = explicitOpen != null ? explicitOpen : agendaPublishedAt;
        Instant closes = explicitClose != null ? explicitClose : meetingStart;
        if (!acceptsComment) {
            return new CommentWindow(State.NOT_ACCEPTED, null, null);
        }
        if (agendaPublishedAt == null) {
            return new CommentWindow(State.NOT_PUBLISHED, opens, closes);
        }
        if (meetingStatus == MeetingStatus.CANCELLED) {
            return new CommentWindow(State.CLOSED, opens, closes);
        }
        if (opens != null && now.isBefore(opens)) {
            return new CommentWindow(State.NOT_YET_OPEN, opens, closes);
        }
        if (closes != null && !now.isBefore(closes)) {
            return new CommentWindow(State.CLOSED, opens, closes);
        }
        return new CommentWindow(State.OPEN, opens, closes);
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    // JavaBean getters: Expression Language 5 (Jakarta EE 10) does not read record components

    public State getState() {
        return state;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }
}
