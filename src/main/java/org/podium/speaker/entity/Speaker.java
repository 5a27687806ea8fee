package org.podium.speaker.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.podium.comment.entity.Position;
import org.podium.comment.entity.TrackingNumber;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.BaseEntity;
import org.podium.platform.Identities;
import org.podium.platform.Labels;

/** A resident's sign-up to speak on an agenda item. Its status, place and time come from the meeting's rules. */
@Entity
@Table(name = "speaker")
public class Speaker extends BaseEntity {

    public static final String PREFIX = "SPK";

    /**
     * CONFIRMED, WAITLISTED and IN_DRAW come from the rules (the speaker feature's {@code Allocation}); WITHDRAWN from the person;
     * UNCONFIRMED: the e-mail address has not been confirmed yet, and the sign-up holds no place.
     */
    public enum Status {
        CONFIRMED,
        WAITLISTED,
        IN_DRAW,
        WITHDRAWN,
        UNCONFIRMED
    }

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    @Column(name = "confirmation_number", length = 24, unique = true)
    private String confirmationNumber;

    @Column(name = "display_name", length = 100)
    private String displayName;

    @Column(name = "name_withheld", nullable = false)
    private boolean nameWithheld;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "active_email", length = 254)
    private String activeEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SpeakingRules.Mode mode;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Position position;

    @Column(name = "interpreter_language", length = 40)
    private String interpreterLanguage;

    @Column(name = "group_name", length = 120)
    private String groupName;

    @Column(name = "group_members", length = 2000)
    private String groupMembers;

    @Column(name = "group_size", nullable = false)
    private int groupSize;

    @Column(nullable = false)
    private boolean resident;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.WAITLISTED;

    @Column(nullable = false)
    private int place;

    @Column(nullable = false)
    private int seconds;

    @Column(name = "author_key_hash", length = 64)
    private String authorKeyHash;

    @Column(length = 8)
    private String language;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** In the chamber: null while waiting to be called, else what happened. */
    @Enumerated(EnumType.STRING)
    @Column(name = "live_status", length = 12)
    private Live live;

    @Column(name = "spoken_seconds")
    private Integer spokenSeconds;

    @Column(name = "no_shows", nullable = false)
    private int noShows;

    /** The clerk's order in the chamber; null keeps the order of the rules. */
    @Column(name = "queue_order")
    private Integer queueOrder;

    @Column(name = "walk_in", nullable = false)
    private boolean walkIn;

    /** The account signed in when the sign-up was made (its "My account" lists it); null for guests. */
    @Column(name = "account_id")
    private Long accountId;

    /** When the person confirmed the address (the mail's link); null: no place is held yet. */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /** SHA-256 of the token the confirmation mail carries (never shown anywhere else). */
    @Column(name = "confirm_token_hash", length = 64)
    private String confirmTokenHash;

    /** The network the sign-up came from ({@link org.podium.platform.Identities#network}), for its limit. */
    @Column(name = "client_network", length = 80)
    private String clientNetwork;

    /** What happened to a sign-up in the chamber. */
    public enum Live {
        SPEAKING,
        SPOKE,
        NO_SHOW,
        FORFEITED,
        SKIPPED
    }

    protected Speaker() {}

    public Speaker(
            AgendaItem item,
            long sequence,
            String displayName,
            boolean nameWithheld,
            String email,
            SpeakingRules.Mode mode,
            Position position,
            String interpreterLanguage,
            String groupName,
            List<String> groupMembers,
            boolean resident,
            String authorKeyHash,
            Locale language) {
        this.item = item;
        this.meetingId = item.getMeeting().getId();
        this.sequence = sequence;
        this.displayName = Labels.clean(displayName);
        this.nameWithheld = nameWithheld || displayName == null;
        this.email = email;
        // one sign-up per mailbox and item: "name+1@" is "name@" (a place per inbox, not per spelling of it)
        this.activeEmail = Identities.mailbox(email);
        this.mode = mode;
        this.position = position;
        this.interpreterLanguage = interpreterLanguage;
        this.groupName = Labels.clean(groupName);
        this.groupMembers = groupMembers.isEmpty() ? null : Labels.clean(String.join("\n", groupMembers));
        this.groupSize = groupMembers.size();
        this.resident = resident;
        this.authorKeyHash = authorKeyHash;
        this.language = language == null ? null : language.getLanguage();
    }

    public void madeBy(Long accountId) {
        this.accountId = accountId;
    }

    /** Waits for the confirmation of its address (the token of the mail), holding no place. */
    public void awaitConfirmation(String tokenHash, String network) {
        this.confirmTokenHash = tokenHash;
        this.clientNetwork = network;
        this.status = Status.UNCONFIRMED;
        this.place = 0;
        this.seconds = 0;
    }

    /**
     * The address is confirmed: the sign-up joins the line now, with the arrival {@code sequence} of this moment (so
     * that nobody who confirmed earlier can lose a place to it). The rules then say where it stands.
     */
    public void emailConfirmed(Instant at, long sequence, String network) {
        this.emailConfirmedAt = at;
        this.confirmTokenHash = null;
        this.sequence = sequence;
        if (network != null) {
            this.clientNetwork = network;
        }
        if (status == Status.UNCONFIRMED) {
            status = Status.WAITLISTED;
        }
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    public String getConfirmTokenHash() {
        return confirmTokenHash;
    }

    public Long getAccountId() {
        return accountId;
    }

    /** Called once the id exists. */
    public void assignConfirmationNumber(Instant at) {
        if (confirmationNumber == null) {
            confirmationNumber =
                    TrackingNumber.of(PREFIX, at.atZone(ZoneOffset.UTC).getYear(), getId());
        }
    }

    /** What the rules say now; returns true when this moved the sign-up from the waitlist to a place. */
    public boolean allocated(Status now, int position, int secondsToSpeak) {
        boolean promoted = status == Status.WAITLISTED && now == Status.CONFIRMED && emailConfirmedAt != null;
        status = now;
        place = position;
        seconds = secondsToSpeak;
        return promoted;
    }

    public void withdraw(Instant at) {
        status = Status.WITHDRAWN;
        activeEmail = null;
        withdrawnAt = at;
        place = 0;
        seconds = 0;
    }

    /** A walk-in: a card filled in the chamber, confirmed by the clerk, without an e-mail address. */
    public static Speaker walkIn(
            AgendaItem item, long sequence, String name, SpeakingRules.Mode mode, int seconds, int place) {
        Speaker s = new Speaker(
                item, sequence, name, name == null, null, mode, null, null, null, List.of(), false, null, null);
        s.walkIn = true;
        s.status = Status.CONFIRMED;
        s.seconds = seconds;
        s.place = place;
        return s;
    }

    public void calledToSpeak() {
        live = Live.SPEAKING;
    }

    public void spoke(int seconds) {
        live = Live.SPOKE;
        spokenSeconds = seconds;
    }

    /** Not there when called: back at the end of the line until the call-backs are used up, then forfeited. */
    public void noShow(int callBacks, int endOfLine) {
        noShows++;
        if (noShows > callBacks) {
            live = Live.FORFEITED;
        } else {
            live = Live.NO_SHOW;
            queueOrder = endOfLine;
        }
    }

    public void skip() {
        live = Live.SKIPPED;
    }

    public void reorder(int order) {
        this.queueOrder = order;
    }

    /** Still to be called: confirmed (or a walk-in), and not yet spoken, forfeited or skipped. */
    public boolean isWaitingToSpeak() {
        return status == Status.CONFIRMED && (live == null || live == Live.NO_SHOW);
    }

    /** The order in the chamber: the clerk's, else the place the rules gave. */
    public int getCallOrder() {
        return queueOrder != null ? queueOrder : place;
    }

    public Live getLive() {
        return live;
    }

    public Integer getSpokenSeconds() {
        return spokenSeconds;
    }

    /** The real time used, as m:ss; empty until the speaker has spoken. */
    public String getSpokenTime() {
        return spokenSeconds == null ? "" : spokenSeconds / 60 + ":" + String.format("%02d", spokenSeconds % 60);
    }

    public int getNoShows() {
        return noShows;
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    /** Speaks remotely: until withdrawn, the meeting's remote instructions are theirs to read. */
    public boolean isRemote() {
        return getMode() == SpeakingRules.Mode.REMOTE;
    }

    public boolean isActive() {
        return status != Status.WITHDRAWN;
    }

    /** The name the public sees, or null ("Speaker 4" on the display). */
    public String getPublicName() {
        return nameWithheld ? null : displayName;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public AgendaItem getItem() {
        return item;
    }

    public long getSequence() {
        return sequence;
    }

    public String getConfirmationNumber() {
        return confirmationNumber;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public SpeakingRules.Mode getMode() {
        return mode;
    }

    public Position getPosition() {
        return position;
    }

    public String getInterpreterLanguage() {
        return interpreterLanguage;
    }

    public String getGroupName() {
        return groupName;
    }

    public int getGroupSize() {
        return groupSize;
    }

    public boolean isResident() {
        return resident;
    }

    public Status getStatus() {
        return status;
    }

    public int getPlace() {
        return place;
    }

    public int getSeconds() {
        return seconds;
    }

    public String getAuthorKeyHash() {
        return authorKeyHash;
    }

    public Locale getLanguage() {
        return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
