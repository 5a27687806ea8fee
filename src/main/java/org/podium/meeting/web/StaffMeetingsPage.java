package org.podium.meeting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.podium.meeting.boundary.MeetingData;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.Meeting;
import org.podium.web.Faces;
import org.podium.web.Formats;

/** Clerks' and council members' list of every meeting, drafts included; clerks create meetings here. */
@Named
@ViewScoped
public class StaffMeetingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    Formats formats;

    private List<Meeting> list;
    private final MeetingData data = new MeetingData();
    private LocalDateTime startsAt;

    @PostConstruct
    void load() {
        list = meetings.all(500);
        data.setBody("City Council");
    }

    public String create() {
        data.setStartsAt(formats.instant(startsAt));
        Meeting m = Faces.tryGet("create", () -> meetings.create(data)).orElse(null);
        if (m == null) {
            return null;
        }
        Faces.keepMessages();
        Faces.info("meeting.created", m.getTitle());
        return "/clerk/meeting.xhtml?faces-redirect=true&id=" + m.getId();
    }

    public boolean upcoming(Meeting m) {
        return m.isUpcoming(Instant.now());
    }

    public List<Meeting> getList() {
        return list;
    }

    public MeetingData getData() {
        return data;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }
}
