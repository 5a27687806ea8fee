package org.podium.meeting.boundary;

import org.podium.meeting.entity.MeetingStatus;

/**
 * A clerk moved a meeting to another status; fired inside the change's transaction, so that what depends on the
 * meeting's state (the speaker line, the live display) changes with it or not at all.
 */
public record MeetingStatusChanged(long meetingId, MeetingStatus from, MeetingStatus to) {

    /** The meeting is over (adjourned or cancelled): nobody speaks any more. */
    public boolean ended() {
        return to == MeetingStatus.ADJOURNED || to == MeetingStatus.CANCELLED;
    }
}
