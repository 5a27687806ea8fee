package org.podium.summary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.podium.meeting.web.PublicPages;
import org.podium.summary.boundary.MeetingSummaries;
import org.podium.summary.boundary.MeetingSummary;
import org.podium.web.Faces;

/** A council member's meeting at a glance (council/meeting.xhtml): each item's figures, pushed like the item pages. */
@Named
@ViewScoped
public class MeetingSummaryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingSummaries summaries;

    private String meetingParam;
    private Long meetingId;
    private MeetingSummary summary;

    public void load() throws IOException {
        if (summary != null && FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        meetingId = PublicPages.parse(meetingParam);
        summary = Faces.orNotFound(meetingId, summaries::of);
    }

    public void refresh() {
        if (meetingId != null) {
            summary = summaries.of(meetingId);
        }
    }

    public MeetingSummary getSummary() {
        return summary;
    }

    /** The push channels of the meeting's items, space-separated, under the application's path. */
    public String sockets(String contextPath) {
        return summary.items().stream()
                .map(i -> contextPath + "/summary/" + i.itemId())
                .collect(Collectors.joining(" "));
    }

    public String getMeeting() {
        return meetingParam;
    }

    public void setMeeting(String meeting) {
        this.meetingParam = meeting;
    }
}
