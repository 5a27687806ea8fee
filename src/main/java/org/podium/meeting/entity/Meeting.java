package org.podium.meeting.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.podium.platform.BaseEntity;
import org.podium.platform.PodiumException;

@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {

    public static final int BODY_MAX = 120;
    public static final int TITLE_MAX = 200;
    public static final int LOCATION_MAX = 300;
    public static final int REMOTE_MAX = 2000;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /** The title in Spanish, when the clerk gave one. */
    @Column(name = "title_es", length = TITLE_MAX)
    private String titleEs;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false, length = LOCATION_MAX)
    private String location;

    @Column(name = "remote_instructions", length = REMOTE_MAX)
    private String remoteInstructions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    @Column(name = "agenda_published_at")
    private Instant agendaPublishedAt;

    /** When the official record of the meeting was finalized; null while it is not. */
    @Column(name = "record_finalized_at")
    private Instant recordFinalizedAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<AgendaItem> items = new ArrayList<>();

    protected Meeting() {}

    public Meeting(String body, String title, Instant startsAt, String location, String remoteInstructions) {
        describe(body, title, startsAt, location, remoteInstructions);
    }

    public final void describe(
            String body, String title, Instant startsAt, String location, String remoteInstructions) {
        this.body = body.strip();
        this.title = title.strip();
        this.startsAt = startsAt;
        this.location = location.strip();
        this.remoteInstructions =
                remoteInstructions == null || remoteInstructions.isBlank() ? null : remoteInstructions.strip();
    }

    public void translate(String titleEs) {
        this.titleEs = titleEs == null || titleEs.isBlank() ? null : titleEs.strip();
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void publishAgenda(Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            throw PodiumException.conflict(null, "meeting.publish.cancelled");
        }
        if (items.isEmpty()) {
            throw PodiumException.conflict(null, "meeting.publish.empty");
        }
        if (agendaPublishedAt == null) {
            agendaPublishedAt = now;
        }
    }

    public void moveTo(MeetingStatus target) {
        if (target == null || !status.canMoveTo(target)) {
            throw PodiumException.conflict("status", "meeting.status.invalid", status, target);
        }
        status = target;
    }

    /** The record is final: nothing about the meeting takes comment any more. */
    public void recordFinalized(Instant at) {
        if (recordFinalizedAt == null) {
            recordFinalizedAt = at;
        }
    }

    public Instant getRecordFinalizedAt() {
        return recordFinalizedAt;
    }

    /** Adjourned: the speaker line has ended and the clerk may finalize the record. */
    public boolean isAdjourned() {
        return status == MeetingStatus.ADJOURNED;
    }

    public boolean isRecordFinal() {
        return recordFinalizedAt != null;
    }

    public AgendaItem addItem(AgendaItem item) {
        checkNumberFree(item.getNumber(), null);
        item.attachTo(
                this, items.stream().mapToInt(AgendaItem::getSortOrder).max().orElse(0) + 1);
        items.add(item);
        return item;
    }

    public void removeItem(AgendaItem item) {
        items.remove(item);
    }

    /** Swaps the item with its neighbour above (-1) or below (+1); nothing happens at either end. */
    public void moveItem(AgendaItem item, int direction) {
        int i = items.indexOf(item);
        int j = i + Integer.signum(direction);
        if (i < 0 || j < 0 || j >= items.size()) {
            return;
        }
        AgendaItem other = items.get(j);
        int order = item.getSortOrder();
        item.reorder(other.getSortOrder());
        other.reorder(order);
        items.set(i, other);
        items.set(j, item);
    }

    /** Item numbers ("4.b") are unique within a meeting, compared without case or surrounding blanks. */
    public void checkNumberFree(String number, AgendaItem except) {
        String wanted = number.strip().toLowerCase(Locale.ROOT);
        boolean taken = items.stream()
                .filter(i -> i != except)
                .anyMatch(i -> i.getNumber().toLowerCase(Locale.ROOT).equals(wanted));
        if (taken) {
            throw PodiumException.conflict("number", "item.number.taken", number.strip());
        }
    }

    public Optional<AgendaItem> item(long itemId) {
        return items.stream()
                .filter(i -> i.getId() != null && i.getId() == itemId)
                .findFirst();
    }

    public boolean isPublished() {
        return agendaPublishedAt != null;
    }

    /** Still to come: its time not reached and not already adjourned or cancelled (a meeting may be held early). */
    public boolean isUpcoming(Instant now) {
        return !startsAt.isBefore(now) && status != MeetingStatus.ADJOURNED && status != MeetingStatus.CANCELLED;
    }

    public String getBody() {
        return body;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getLocation() {
        return location;
    }

    public String getRemoteInstructions() {
        return remoteInstructions;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getAgendaPublishedAt() {
        return agendaPublishedAt;
    }

    public List<AgendaItem> getItems() {
        return List.copyOf(items);
    }
}
