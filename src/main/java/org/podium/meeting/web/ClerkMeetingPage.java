package org.podium.meeting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.podium.meeting.boundary.ItemData;
import org.podium.meeting.boundary.MeetingData;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.CommentWindow;
import org.podium.meeting.entity.Meeting;
import org.podium.meeting.entity.MeetingStatus;
import org.podium.web.Faces;
import org.podium.web.Formats;

/**
 * A clerk's page for one meeting: its details, its agenda items (add, edit, reorder, remove, reopen comment), the
 * publication of the agenda and the meeting's status. Each action reloads the meeting from the database.
 */
@Named
@ViewScoped
public class ClerkMeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    Formats formats;

    private String idParam;
    private Long id;
    private Meeting meeting;
    private MeetingData details;
    private LocalDateTime startsAt;

    private Long editingItemId;
    private ItemData item = new ItemData();
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;

    private Long reopenItemId;
    private LocalDateTime reopenUntil;

    /** f:viewAction: an unknown meeting is a 404. */
    public void load() throws IOException {
        if (meeting != null && FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        id = PublicPages.parse(idParam);
        meeting = Faces.orNotFound(id, meetings::meeting);
        if (meeting == null) {
            return;
        }
        details = MeetingData.of(meeting);
        startsAt = formats.local(meeting.getStartsAt());
    }

    private void reload() {
        meeting = meetings.meeting(id);
    }

    private String act(String formId, Supplier<String> action) {
        try {
            String message = action.get();
            Faces.keepMessages();
            Faces.info(message);
            return "/clerk/meeting.xhtml?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            Faces.report(e, formId);
            return null;
        }
    }

    public String saveDetails() {
        details.setStartsAt(formats.instant(startsAt));
        return act("details", () -> {
            meetings.update(id, details);
            return "meeting.saved";
        });
    }

    public String saveItem() {
        item.setCommentOpensAt(formats.instant(opensAt));
        item.setCommentClosesAt(formats.instant(closesAt));
        return act("item", () -> {
            if (editingItemId == null) {
                meetings.addItem(id, item);
                return "item.added";
            }
            meetings.updateItem(editingItemId, item);
            return "item.saved";
        });
    }

    public void edit(AgendaItem i) {
        editingItemId = i.getId();
        item = ItemData.of(i);
        opensAt = formats.local(i.getCommentOpensAt());
        closesAt = formats.local(i.getCommentClosesAt());
    }

    public void cancelEdit() {
        editingItemId = null;
        item = new ItemData();
        opensAt = null;
        closesAt = null;
    }

    public String remove(AgendaItem i) {
        return act(null, () -> {
            meetings.removeItem(i.getId());
            return "item.removed";
        });
    }

    public String move(AgendaItem i, int direction) {
        return act(null, () -> {
            meetings.moveItem(i.getId(), direction);
            return "item.moved";
        });
    }

    public void startReopen(AgendaItem i) {
        reopenItemId = i.getId();
        reopenUntil = null;
    }

    public String reopen() {
        return act("reopen", () -> {
            meetings.reopenComment(reopenItemId, formats.instant(reopenUntil));
            return "item.reopened";
        });
    }

    public String publish() {
        return act(null, () -> {
            meetings.publish(id);
            return "meeting.published.done";
        });
    }

    public String changeStatus(MeetingStatus target) {
        return act(null, () -> {
            meetings.changeStatus(id, target);
            return "meeting.statusChanged";
        });
    }

    public CommentWindow window(AgendaItem i) {
        return i.commentWindow(Instant.now());
    }

    /** Whether "Reopen comment" means something: the window has closed (by its time, the start or the gavel). */
    public boolean reopenable(AgendaItem i) {
        var state = window(i).state();
        return state == CommentWindow.State.CLOSED
                || state == CommentWindow.State.STARTED
                || state == CommentWindow.State.ADJOURNED;
    }

    public boolean isFirst(AgendaItem i) {
        return meeting.getItems().indexOf(i) == 0;
    }

    public boolean isLast(AgendaItem i) {
        return meeting.getItems().indexOf(i) == meeting.getItems().size() - 1;
    }

    public Long getId() {
        return id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public MeetingData getDetails() {
        return details;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Long getEditingItemId() {
        return editingItemId;
    }

    public ItemData getItem() {
        return item;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Long getReopenItemId() {
        return reopenItemId;
    }

    public LocalDateTime getReopenUntil() {
        return reopenUntil;
    }

    public void setReopenUntil(LocalDateTime reopenUntil) {
        this.reopenUntil = reopenUntil;
    }
}
