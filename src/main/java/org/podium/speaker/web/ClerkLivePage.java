package org.podium.speaker.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.Meeting;
import org.podium.speaker.boundary.Live;
import org.podium.speaker.entity.SpeakingRules;
import org.podium.web.Faces;

/** clerk/live.xhtml?meeting=ID: the console that runs the speaker list in the chamber. */
@Named
@ViewScoped
public class ClerkLivePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Live live;

    @Inject
    Meetings meetings;

    private Long meetingId;
    private Meeting meeting;
    private Long itemId;
    private String walkInName;
    private String walkInMode = SpeakingRules.Mode.IN_PERSON.name();
    private transient Live.State state;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() && meeting != null) {
            return;
        }
        if (!Faces.attempt(null, () -> {
            meeting = meetings.meetingForClerks(meetingId);
        })) {
            meeting = null;
        }
    }

    public Live.State getState() {
        if (state == null && meeting != null && meeting.isPublished()) {
            state = live.state(meetingId);
            if (state.item() != null && itemId == null) {
                itemId = state.item().getId();
            }
        }
        return state;
    }

    private String act(Runnable action) {
        Faces.attempt("console", () -> {
            action.run();
        });
        state = null;
        return null;
    }

    public String showItem() {
        return act(() -> live.showItem(meetingId, itemId == null ? -1 : itemId));
    }

    public String next() {
        return act(() -> live.callNext(meetingId));
    }

    public String noShow() {
        return act(() -> live.noShow(meetingId));
    }

    public String pause() {
        return act(() -> live.pause(meetingId));
    }

    public String resume() {
        return act(() -> live.resume(meetingId));
    }

    public String addTime(int seconds) {
        return act(() -> live.addTime(meetingId, seconds));
    }

    public String skip(long speakerId) {
        return act(() -> live.skip(meetingId, speakerId));
    }

    public String move(long speakerId, int direction) {
        return act(() -> live.move(meetingId, speakerId, direction));
    }

    public String walkIn() {
        return act(() -> {
            live.walkIn(meetingId, walkInName, SpeakingRules.Mode.valueOf(walkInMode));
            walkInName = null;
        });
    }

    public List<SpeakingRules.Mode> getModes() {
        return List.of(SpeakingRules.Mode.values());
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public String getWalkInName() {
        return walkInName;
    }

    public void setWalkInName(String walkInName) {
        this.walkInName = walkInName;
    }

    public String getWalkInMode() {
        return walkInMode;
    }

    public void setWalkInMode(String walkInMode) {
        this.walkInMode = walkInMode;
    }
}
