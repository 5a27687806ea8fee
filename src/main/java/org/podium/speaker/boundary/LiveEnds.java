package org.podium.speaker.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.podium.meeting.boundary.MeetingStatusChanged;

/** When a meeting adjourns or is cancelled, its speaker line ends with it (in the same transaction). */
@ApplicationScoped
public class LiveEnds {

    @Inject
    Live live;

    void statusChanged(@Observes MeetingStatusChanged event) {
        if (event.ended()) {
            live.end(event.meetingId());
        }
    }
}
