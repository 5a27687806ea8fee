package org.podium.meeting.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.podium.meeting.entity.Meeting;

/** A meeting as the clerk's form and the staff API describe it. */
public class MeetingData implements Serializable {

    @NotBlank(message = "{meeting.body.required}")
    @Size(max = Meeting.BODY_MAX, message = "{meeting.body.size}")
    private String body;

    @NotBlank(message = "{meeting.title.required}")
    @Size(max = Meeting.TITLE_MAX, message = "{meeting.title.size}")
    private String title;

    @Size(max = Meeting.TITLE_MAX, message = "{meeting.title.size}")
    private String titleEs;

    @NotNull(message = "{meeting.startsAt.required}")
    private Instant startsAt;

    @NotBlank(message = "{meeting.location.required}")
    @Size(max = Meeting.LOCATION_MAX, message = "{meeting.location.size}")
    private String location;

    @Size(max = Meeting.REMOTE_MAX, message = "{meeting.remote.size}")
    private String remoteInstructions;

    public static MeetingData of(Meeting m) {
        MeetingData d = new MeetingData();
        d.body = m.getBody();
        d.title = m.getTitle();
        d.titleEs = m.getTitleEs();
        d.startsAt = m.getStartsAt();
        d.location = m.getLocation();
        d.remoteInstructions = m.getRemoteInstructions();
        return d;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getRemoteInstructions() {
        return remoteInstructions;
    }

    public void setRemoteInstructions(String remoteInstructions) {
        this.remoteInstructions = remoteInstructions;
    }
}
