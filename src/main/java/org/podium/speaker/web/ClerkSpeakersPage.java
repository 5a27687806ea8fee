package org.podium.speaker.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.Meeting;
import org.podium.speaker.boundary.Speakers;
import org.podium.speaker.entity.MeetingRules;
import org.podium.speaker.entity.Speaker;
import org.podium.speaker.entity.SpeakingRules;
import org.podium.web.Faces;

/** clerk/speakers.xhtml?meeting=ID: a meeting's speaking rules (from a preset, any value overridden), the draw, the list. */
@Named
@ViewScoped
public class ClerkSpeakersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Speakers speakers;

    @Inject
    Meetings meetings;

    private Long meetingId;
    private Meeting meeting;
    private String preset;
    private Integer opensBeforeMinutes;
    private Integer closesBeforeMinutes;
    private Integer maxPerItem;
    private Integer maxOverall;
    private Integer totalMinutes;
    private Integer secondsPerSpeaker;
    private Integer reducedAbove;
    private Integer reducedSeconds;
    private Double interpreterMultiplier;
    private String order;
    private Integer inPersonQuota;
    private Integer remoteQuota;
    private boolean residentPriority;
    private Integer callBacks;
    private String drawSeed;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() && meeting != null) {
            return;
        }
        if (!Faces.attempt(null, () -> {
            reload();
        })) {
            meeting = null;
        }
    }

    private void reload() {
        meeting = meetings.meetingForClerks(meetingId);
        var stored = speakers.storedForClerks(meetingId);
        preset = stored.map(MeetingRules::getPreset).orElse(null);
        drawSeed = stored.map(MeetingRules::getDrawSeed).orElse(null);
        show(speakers.rules(meetingId));
    }

    private void show(SpeakingRules r) {
        opensBeforeMinutes =
                r.opensBefore() == null ? null : (int) r.opensBefore().toMinutes();
        closesBeforeMinutes =
                r.closesBefore() == null ? null : (int) r.closesBefore().toMinutes();
        maxPerItem = r.maxPerItem();
        maxOverall = r.maxOverall();
        totalMinutes = r.totalMinutes();
        secondsPerSpeaker = r.secondsPerSpeaker();
        reducedAbove = r.reducedAbove();
        reducedSeconds = r.reducedSeconds();
        interpreterMultiplier = r.interpreterMultiplier();
        order = r.order().name();
        inPersonQuota = r.inPersonQuota();
        remoteQuota = r.remoteQuota();
        residentPriority = r.residentPriority();
        callBacks = r.callBacks();
    }

    /** Fills the form with a preset's values (nothing is saved until "Save the rules"). */
    public String applyPreset() {
        SpeakingRules.preset(preset).ifPresentOrElse(this::show, () -> show(Speakers.DEFAULT));
        return null;
    }

    public String save() {
        SpeakingRules r;
        try {
            r = new SpeakingRules(
                    null,
                    opensBeforeMinutes == null ? null : Duration.ofMinutes(opensBeforeMinutes),
                    null,
                    closesBeforeMinutes == null ? null : Duration.ofMinutes(closesBeforeMinutes),
                    maxPerItem,
                    maxOverall,
                    totalMinutes,
                    secondsPerSpeaker == null ? 0 : secondsPerSpeaker,
                    reducedAbove,
                    reducedSeconds,
                    interpreterMultiplier == null ? 1.0 : interpreterMultiplier,
                    null,
                    null,
                    SpeakingRules.Order.valueOf(order),
                    inPersonQuota,
                    remoteQuota,
                    residentPriority,
                    callBacks == null ? 0 : callBacks);
        } catch (IllegalArgumentException | NullPointerException e) {
            String field = e.getMessage() == null || e instanceof NullPointerException ? "order" : e.getMessage();
            Faces.error(Faces.clientId("rules", field), "speaker.rules." + field);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        Faces.attempt("rules", () -> {
            speakers.configure(meetingId, preset == null || preset.isBlank() ? null : preset, r);
            Faces.info("speakers.saved");
        });
        reload();
        return null;
    }

    public String draw() {
        Faces.attempt(null, () -> {
            speakers.draw(meetingId);
            Faces.info("speakers.drawn");
        });
        reload();
        return null;
    }

    /** Every sign-up, withdrawn ones included, by item and place. */
    public List<Speaker> getSignUps() {
        return speakers.allForClerks(meetingId);
    }

    public List<String> getPresets() {
        return List.of("chicago", "seattle", "long-beach");
    }

    public boolean isDraw() {
        return "DRAW".equals(order);
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

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public Integer getOpensBeforeMinutes() {
        return opensBeforeMinutes;
    }

    public void setOpensBeforeMinutes(Integer v) {
        this.opensBeforeMinutes = v;
    }

    public Integer getClosesBeforeMinutes() {
        return closesBeforeMinutes;
    }

    public void setClosesBeforeMinutes(Integer v) {
        this.closesBeforeMinutes = v;
    }

    public Integer getMaxPerItem() {
        return maxPerItem;
    }

    public void setMaxPerItem(Integer v) {
        this.maxPerItem = v;
    }

    public Integer getMaxOverall() {
        return maxOverall;
    }

    public void setMaxOverall(Integer v) {
        this.maxOverall = v;
    }

    public Integer getTotalMinutes() {
        return totalMinutes;
    }

    public void setTotalMinutes(Integer v) {
        this.totalMinutes = v;
    }

    public Integer getSecondsPerSpeaker() {
        return secondsPerSpeaker;
    }

    public void setSecondsPerSpeaker(Integer v) {
        this.secondsPerSpeaker = v;
    }

    public Integer getReducedAbove() {
        return reducedAbove;
    }

    public void setReducedAbove(Integer v) {
        this.reducedAbove = v;
    }

    public Integer getReducedSeconds() {
        return reducedSeconds;
    }

    public void setReducedSeconds(Integer v) {
        this.reducedSeconds = v;
    }

    public Double getInterpreterMultiplier() {
        return interpreterMultiplier;
    }

    public void setInterpreterMultiplier(Double v) {
        this.interpreterMultiplier = v;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public Integer getInPersonQuota() {
        return inPersonQuota;
    }

    public void setInPersonQuota(Integer v) {
        this.inPersonQuota = v;
    }

    public Integer getRemoteQuota() {
        return remoteQuota;
    }

    public void setRemoteQuota(Integer v) {
        this.remoteQuota = v;
    }

    public boolean isResidentPriority() {
        return residentPriority;
    }

    public void setResidentPriority(boolean v) {
        this.residentPriority = v;
    }

    public Integer getCallBacks() {
        return callBacks;
    }

    public void setCallBacks(Integer v) {
        this.callBacks = v;
    }

    public String getDrawSeed() {
        return drawSeed;
    }
}
