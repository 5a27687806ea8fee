package org.podium.speaker.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A meeting's speaking rules as a clerk set them (from a preset, with any value overridden), and its draw. */
@Entity
@Table(name = "speaking_rules")
public class MeetingRules implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(length = 20)
    private String preset;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "opens_before_minutes")
    private Integer opensBeforeMinutes;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "closes_before_minutes")
    private Integer closesBeforeMinutes;

    @Column(name = "max_per_item")
    private Integer maxPerItem;

    @Column(name = "max_overall")
    private Integer maxOverall;

    @Column(name = "total_minutes")
    private Integer totalMinutes;

    @Column(name = "seconds_per_speaker", nullable = false)
    private int secondsPerSpeaker;

    @Column(name = "reduced_above")
    private Integer reducedAbove;

    @Column(name = "reduced_seconds")
    private Integer reducedSeconds;

    @Column(name = "interpreter_multiplier", nullable = false)
    private double interpreterMultiplier;

    @Column(name = "spokesperson_min")
    private Integer spokespersonMin;

    @Column(name = "spokesperson_seconds")
    private Integer spokespersonSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "speaking_order", nullable = false, length = 12)
    private SpeakingRules.Order speakingOrder;

    @Column(name = "in_person_quota")
    private Integer inPersonQuota;

    @Column(name = "remote_quota")
    private Integer remoteQuota;

    @Column(name = "resident_priority", nullable = false)
    private boolean residentPriority;

    @Column(name = "call_backs", nullable = false)
    private int callBacks;

    @Column(name = "draw_seed", length = 64)
    private String drawSeed;

    @Column(name = "drawn_at")
    private Instant drawnAt;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MeetingRules() {}

    public MeetingRules(long meetingId, String preset, SpeakingRules r) {
        this.meetingId = meetingId;
        set(preset, r);
    }

    public final void set(String preset, SpeakingRules r) {
        this.preset = preset;
        opensAt = r.opensAt();
        opensBeforeMinutes = minutes(r.opensBefore());
        closesAt = r.closesAt();
        closesBeforeMinutes = minutes(r.closesBefore());
        maxPerItem = r.maxPerItem();
        maxOverall = r.maxOverall();
        totalMinutes = r.totalMinutes();
        secondsPerSpeaker = r.secondsPerSpeaker();
        reducedAbove = r.reducedAbove();
        reducedSeconds = r.reducedSeconds();
        interpreterMultiplier = r.interpreterMultiplier();
        spokespersonMin = r.spokespersonMinMembers();
        spokespersonSeconds = r.spokespersonSeconds();
        speakingOrder = r.order();
        inPersonQuota = r.inPersonQuota();
        remoteQuota = r.remoteQuota();
        residentPriority = r.residentPriority();
        callBacks = r.callBacks();
    }

    public SpeakingRules rules() {
        return new SpeakingRules(
                opensAt,
                duration(opensBeforeMinutes),
                closesAt,
                duration(closesBeforeMinutes),
                maxPerItem,
                maxOverall,
                totalMinutes,
                secondsPerSpeaker,
                reducedAbove,
                reducedSeconds,
                interpreterMultiplier,
                spokespersonMin,
                spokespersonSeconds,
                speakingOrder,
                inPersonQuota,
                remoteQuota,
                residentPriority,
                callBacks);
    }

    /** The draw is held once; the seed is published with the result so that anyone can re-run it. */
    public void drawn(String seed, Instant at) {
        this.drawSeed = seed;
        this.drawnAt = at;
    }

    /** A clerk reopens sign-up after a draw: the draw is held again at the next close. */
    public void reopenDraw() {
        this.drawSeed = null;
        this.drawnAt = null;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    private static Integer minutes(Duration d) {
        return d == null ? null : (int) d.toMinutes();
    }

    private static Duration duration(Integer minutes) {
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getPreset() {
        return preset;
    }

    public String getDrawSeed() {
        return drawSeed;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public long getVersion() {
        return version;
    }
}
