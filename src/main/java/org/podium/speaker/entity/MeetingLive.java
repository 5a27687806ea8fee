package org.podium.speaker.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.podium.meeting.entity.AgendaItem;

/**
 * A meeting in session: the current item, the current speaker and the speaker's timer. The timer is stored as the
 * time it was (re)started and the time used before, so every instance and every display computes the same countdown
 * from the same row.
 */
@Entity
@Table(name = "meeting_live")
public class MeetingLive implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @ManyToOne
    @JoinColumn(name = "current_item_id")
    private AgendaItem currentItem;

    @ManyToOne
    @JoinColumn(name = "current_speaker_id")
    private Speaker currentSpeaker;

    @Column(name = "timer_started_at")
    private Instant timerStartedAt;

    @Column(name = "timer_elapsed_ms", nullable = false)
    private long timerElapsedMs;

    @Column(name = "timer_allotted_seconds", nullable = false)
    private int timerAllottedSeconds;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MeetingLive() {}

    public MeetingLive(long meetingId) {
        this.meetingId = meetingId;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public void showItem(AgendaItem item) {
        this.currentItem = item;
    }

    /** A new speaker at the lectern: the timer starts at once with the speaker's time. */
    public void speaker(Speaker s, Instant now) {
        this.currentSpeaker = s;
        this.timerElapsedMs = 0;
        this.timerAllottedSeconds = s == null ? 0 : s.getSeconds();
        this.timerStartedAt = s == null ? null : now;
    }

    public long elapsedMs(Instant now) {
        return timerElapsedMs
                + (timerStartedAt == null
                        ? 0
                        : Duration.between(timerStartedAt, now).toMillis());
    }

    public void pause(Instant now) {
        if (timerStartedAt != null) {
            timerElapsedMs = elapsedMs(now);
            timerStartedAt = null;
        }
    }

    public void resume(Instant now) {
        if (timerStartedAt == null && currentSpeaker != null) {
            timerStartedAt = now;
        }
    }

    public void addSeconds(int seconds) {
        timerAllottedSeconds = Math.max(0, timerAllottedSeconds + seconds);
    }

    public boolean isRunning() {
        return timerStartedAt != null;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public AgendaItem getCurrentItem() {
        return currentItem;
    }

    public Speaker getCurrentSpeaker() {
        return currentSpeaker;
    }

    public Instant getTimerStartedAt() {
        return timerStartedAt;
    }

    public long getTimerElapsedMs() {
        return timerElapsedMs;
    }

    public int getTimerAllottedSeconds() {
        return timerAllottedSeconds;
    }

    public long getVersion() {
        return version;
    }
}
