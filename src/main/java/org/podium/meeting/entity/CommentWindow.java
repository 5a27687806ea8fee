package org.podium.meeting.entity;

import java.time.Instant;

/**
 * Whether an agenda item takes public comment at a given instant, and until or from when. The window opens when the
 * clerk says or, by default, when the agenda is published; it closes when the clerk says or, by default, when the
 * meeting starts. The meeting's own state comes first: once it has begun (started by the clerk, perhaps before its
 * scheduled time) comment is closed unless the clerk set a later closing time; once it is adjourned comment is closed
 * whatever the clerk set; once its record is final nothing more is taken. A draft agenda and a cancelled meeting take
 * no comment. {@link #isLateAccepted()} says in which closed states a council that keeps late comments ("late — record
 * only") still takes them.
 */
public record CommentWindow(State state, Instant opensAt, Instant closesAt) {

    public enum State {
        NOT_ACCEPTED,
        NOT_PUBLISHED,
        NOT_YET_OPEN,
        OPEN,
        CLOSED,
        STARTED,
        ADJOURNED,
        CANCELLED,
        FINAL
    }

    public static CommentWindow at(
            Instant now,
            boolean acceptsComment,
            Instant explicitOpen,
            Instant explicitClose,
            Instant agendaPublishedAt,
            Instant meetingStart,
            MeetingStatus meetingStatus,
            boolean recordFinal) {
        Instant opens = explicitOpen != null ? explicitOpen : agendaPublishedAt;
        Instant closes = explicitClose != null ? explicitClose : meetingStart;
        if (!acceptsComment) {
            return new CommentWindow(State.NOT_ACCEPTED, null, null);
        }
        if (agendaPublishedAt == null) {
            return new CommentWindow(State.NOT_PUBLISHED, opens, closes);
        }
        if (meetingStatus == MeetingStatus.CANCELLED) {
            return new CommentWindow(State.CANCELLED, opens, null);
        }
        if (recordFinal) {
            return new CommentWindow(State.FINAL, opens, null);
        }
        if (meetingStatus == MeetingStatus.ADJOURNED) {
            return new CommentWindow(State.ADJOURNED, opens, null);
        }
        if (opens != null && now.isBefore(opens)) {
            return new CommentWindow(State.NOT_YET_OPEN, opens, closes);
        }
        if (closes != null && !now.isBefore(closes)) {
            return new CommentWindow(State.CLOSED, opens, closes);
        }
        if (meetingStatus == MeetingStatus.IN_PROGRESS && explicitClose == null) {
            // started before its scheduled time: comment closed when it began
            return new CommentWindow(State.STARTED, opens, null);
        }
        return new CommentWindow(State.OPEN, opens, closes);
    }

    /** Closed for comment, but a council that keeps late comments takes them as "late — record only". */
    public boolean isLateAccepted() {
        return state == State.CLOSED || state == State.STARTED || state == State.ADJOURNED;
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
