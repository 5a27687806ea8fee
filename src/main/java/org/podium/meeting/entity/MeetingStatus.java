package org.podium.meeting.entity;

import java.util.EnumSet;
import java.util.Set;

/** scheduled → in progress → adjourned; a scheduled or running meeting can be cancelled. */
public enum MeetingStatus {
    SCHEDULED,
    IN_PROGRESS,
    ADJOURNED,
    CANCELLED;

    public Set<MeetingStatus> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(ADJOURNED, CANCELLED);
            case ADJOURNED, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
        };
    }

    public boolean canMoveTo(MeetingStatus target) {
        return next().contains(target);
    }
}
