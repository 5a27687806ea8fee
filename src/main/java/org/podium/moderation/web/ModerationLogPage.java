package org.podium.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.podium.meeting.web.PublicPages;
import org.podium.moderation.boundary.ModerationLog;
import org.podium.web.Faces;

/** The moderation log section of a public meeting page. */
@Named
@RequestScoped
public class ModerationLogPage {

    @Inject
    ModerationLog moderationLog;

    @Inject
    PublicPages pages;

    private ModerationLog.Log log;

    public ModerationLog.Log getLog() {
        if (log == null && pages.getMeeting() != null) {
            log = moderationLog.of(pages.getMeeting().getId(), Faces.locale());
        }
        return log;
    }
}
