package org.podium.speaker.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.podium.account.web.CurrentUser;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.PodiumConfig;
import org.podium.speaker.boundary.SpeakerInput;
import org.podium.speaker.boundary.Speakers;
import org.podium.speaker.entity.SpeakingRules;
import org.podium.web.Faces;

/** speak.xhtml?item=ID: a resident signs up to speak on an item, under the meeting's rules shown on the page. */
@Named
@ViewScoped
public class SpeakPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Speakers speakers;

    @Inject
    Meetings meetings;

    @Inject
    PodiumConfig config;

    @Inject
    CurrentUser currentUser;

    private Long itemId;
    private transient AgendaItem item;
    private String name;
    private boolean nameWithheld;
    private String email;
    private String mode;
    private String position;
    private String interpreterLanguage;
    private String groupName;
    private String groupMembers;
    private boolean resident;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (item() == null) {
            Faces.error(null, "item.notFound");
        }
        currentUser.account().ifPresent(a -> {
            email = a.getEmail();
            name = a.getDisplayName();
        });
    }

    public AgendaItem getItem() {
        return item();
    }

    private AgendaItem item() {
        if (item == null && itemId != null) {
            item = meetings.publishedItem(itemId).orElse(null);
        }
        return item;
    }

    public boolean isOpen() {
        return item() != null && speakers.isOpen(item(), Instant.now());
    }

    public SpeakingRules getRules() {
        return speakers.rules(item().getMeeting().getId());
    }

    public Instant getClosesAt() {
        return getRules().closes(item().getMeeting().getStartsAt());
    }

    public Instant getOpensAt() {
        Instant opens = getRules().opens(item().getMeeting().getStartsAt());
        return opens.equals(Instant.MIN) ? null : opens;
    }

    public String submit() {
        List<String> members = groupMembers == null
                ? List.of()
                : Arrays.stream(groupMembers.split("\\R"))
                        .map(String::strip)
                        .filter(m -> !m.isEmpty())
                        .toList();
        // "I would rather not say" is a choice of its own (NONE): no position is stored
        Speakers.Receipt r = Faces.tryGet(
                        "speak",
                        () -> speakers.signUp(
                                itemId,
                                new SpeakerInput(
                                        name,
                                        nameWithheld,
                                        email,
                                        mode,
                                        "NONE".equals(position) ? null : position,
                                        interpreterLanguage,
                                        groupName,
                                        members,
                                        resident),
                                Faces.locale(),
                                Faces.baseUrl(config),
                                Faces.clientAddress()))
                .orElse(null);
        if (r == null) {
            return null;
        }
        var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.put("speakerNew", Boolean.TRUE);
        // the key in the address, as in the confirmation mail's link: a reload or the language switch keep the page
        return "/speaker.xhtml?faces-redirect=true&c=" + r.speaker().getConfirmationNumber() + "&k="
                + URLEncoder.encode(r.authorKey(), StandardCharsets.UTF_8);
    }

    public SpeakingRules.Mode[] getModes() {
        return SpeakingRules.Mode.values();
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isNameWithheld() {
        return nameWithheld;
    }

    public void setNameWithheld(boolean nameWithheld) {
        this.nameWithheld = nameWithheld;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getInterpreterLanguage() {
        return interpreterLanguage;
    }

    public void setInterpreterLanguage(String interpreterLanguage) {
        this.interpreterLanguage = interpreterLanguage;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public String getGroupMembers() {
        return groupMembers;
    }

    public void setGroupMembers(String groupMembers) {
        this.groupMembers = groupMembers;
    }

    public boolean isResident() {
        return resident;
    }

    public void setResident(boolean resident) {
        this.resident = resident;
    }
}
