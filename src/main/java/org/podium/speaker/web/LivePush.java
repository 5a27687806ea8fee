package org.podium.speaker.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.podium.speaker.boundary.LiveChanged;

/** After a clerk's action commits, the displays of the meeting are told (never before: they would read the old state). */
@ApplicationScoped
public class LivePush {

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChanged event) {
        LiveSocket.broadcast(event.meetingId());
    }
}
