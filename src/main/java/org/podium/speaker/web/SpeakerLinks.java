package org.podium.speaker.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.podium.meeting.entity.AgendaItem;
import org.podium.speaker.boundary.Speakers;

/** For the item page: whether to offer "Sign up to speak". */
@Named
@RequestScoped
public class SpeakerLinks {

    @Inject
    Speakers speakers;

    private Boolean open;

    public boolean open(AgendaItem item) {
        if (open == null) {
            open = item != null && speakers.isOpen(item, Instant.now());
        }
        return open;
    }
}
