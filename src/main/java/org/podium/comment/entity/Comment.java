package org.podium.comment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.podium.account.entity.Account;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.BaseEntity;
import org.podium.platform.Labels;
import org.podium.platform.PodiumException;

/** A written comment on an agenda item, whatever channel it came by. */
@Entity
@Table(name = "comment")
@EntityListeners(CommentListener.class)
public class Comment extends BaseEntity {

    /** The most any council may allow; each council sets its own limit below it (5,000 by default). */
    public static final int BODY_HARD_MAX = 20_000;

    public static final int NAME_MAX = 100;

    /** History notes of what happens without a change of status. */
    static final String EMAIL_CONFIRMED = "email-confirmed";

    static final String CHANGED = "changed";
    public static final int WARD_MAX = 60;
    /** The topics of a comment, joined by "|", fit in an index key (see V19). */
    public static final int TOPICS_MAX = 600;

    @Column(name = "tracking_number", length = 24, unique = true)
    private String trackingNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

    /** The item's meeting, copied for the queue's meeting filter (an item never changes meetings). */
    @Column(name = "meeting_id")
    private Long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Position position;

    @Column(nullable = false, length = BODY_HARD_MAX)
    private String body;

    @Column(name = "display_name", length = NAME_MAX)
    private String displayName;

    @Column(name = "name_withheld", nullable = false)
    private boolean nameWithheld;

    @Column(length = 254)
    private String email;

    @Column(length = WARD_MAX)
    private String ward;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CommentStatus status = CommentStatus.RECEIVED;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "author_key_hash", length = 64)
    private String authorKeyHash;

    /**
     * SHA-256 of the token the receipt mail carries to confirm the address: only the mailbox's reader has it. Null
     * once confirmed, and for comments filed before it existed (their author's key confirms them).
     */
    @Column(name = "email_token_hash", length = 64)
    private String emailTokenHash;

    @Column(name = "idempotency_key", length = 100, unique = true)
    private String idempotencyKey;

    /** A hash of what was sent with the idempotency key: the key sent again with other content is refused. */
    @Column(name = "idempotency_body", length = 64)
    private String idempotentBody;

    @Column(name = "client_address", length = 45)
    private String clientAddress;

    @Column(name = "disowned_at")
    private Instant disownedAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** The language the author used (en, es): later mails about the comment are written in it. */
    @Column(length = 8)
    private String language;

    @Embedded
    private ModerationState moderation = ModerationState.waiting(QueuePlace.WAITING);

    @Embedded
    private Reading reading = new Reading();

    /** The first comment of the campaign this one belongs to (itself for the first); null until grouped. */
    @Column(name = "campaign_id")
    private Long campaignId;

    /** When the comment went into the meeting's finalized record (published or record only); null before. */
    @Column(name = "recorded_at")
    private Instant recordedAt;

    /** The author's appeal against a rejection; null until made. */
    @Embedded
    private Appeal appeal;

    @OneToMany(mappedBy = "comment", cascade = CascadeType.ALL)
    @OrderBy("id ASC")
    private List<CommentEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "comment", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<CommentDecision> decisions = new ArrayList<>();

    @OneToMany(mappedBy = "comment", cascade = CascadeType.ALL)
    @OrderBy("number ASC")
    private List<CommentVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "comment", cascade = CascadeType.ALL)
    @OrderBy("number ASC")
    private List<Attachment> attachments = new ArrayList<>();

    protected Comment() {}

    public Comment(
            AgendaItem item,
            Channel channel,
            Position position,
            String body,
            String displayName,
            boolean nameWithheld,
            String email,
            String ward,
            Instant receivedAt,
            boolean late) {
        this.item = item;
        this.meetingId = item.getMeeting() == null ? null : item.getMeeting().getId();
        this.channel = channel;
        this.position = position;
        this.body = body;
        this.displayName = blankToNull(Labels.clean(displayName));
        this.nameWithheld = nameWithheld || this.displayName == null;
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        this.ward = blankToNull(ward);
        this.receivedAt = receivedAt;
        this.late = late;
        CommentStatus first = late ? CommentStatus.RECORD_ONLY : CommentStatus.RECEIVED;
        this.status = first;
        this.moderation = ModerationState.waiting(late ? null : QueuePlace.WAITING);
        events.add(new CommentEvent(this, CommentStatus.RECEIVED, receivedAt, null));
        if (late) {
            events.add(new CommentEvent(this, CommentStatus.RECORD_ONLY, receivedAt, "late"));
        }
        versions.add(new CommentVersion(this, 1, position, body, receivedAt));
    }

    /** Called once the id exists: the serial of the tracking number is the comment's id. */
    public void assignTrackingNumber() {
        if (trackingNumber == null) {
            trackingNumber = TrackingNumber.of(receivedAt.atZone(ZoneOffset.UTC).getYear(), getId());
        }
    }

    public void idempotentBody(String hash) {
        this.idempotentBody = hash;
    }

    public String getIdempotentBody() {
        return idempotentBody;
    }

    public void submittedBy(Account account, String keyHash, String idempotencyKey, String clientAddress) {
        this.author = account;
        this.authorKeyHash = keyHash;
        this.idempotencyKey = idempotencyKey;
        this.clientAddress = clientAddress;
        if (account != null && account.isEmailVerified() && account.getEmail().equals(email)) {
            this.emailVerifiedAt = receivedAt;
        }
    }

    public void writtenIn(Locale lang) {
        this.language = lang == null ? null : lang.getLanguage();
    }

    public Locale getLanguage() {
        return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    /** The receipt mail carries the token whose hash this is: whoever reads it may confirm the address. */
    public void awaitEmailConfirmation(String tokenHash) {
        if (emailVerifiedAt == null && email != null) {
            emailTokenHash = tokenHash;
        }
    }

    public String getEmailTokenHash() {
        return emailTokenHash;
    }

    public void verifyEmail(Instant at) {
        if (emailVerifiedAt == null && email != null) {
            emailVerifiedAt = at;
            emailTokenHash = null;
            events.add(new CommentEvent(this, status, at, EMAIL_CONFIRMED));
        }
    }

    /** The author edits while the window is open: a new version, the record keeps the old ones. */
    public void edit(Position newPosition, String newBody, Instant at) {
        if (!status.isWithdrawable()) {
            throw PodiumException.conflict(null, "comment.edit.status");
        }
        this.position = newPosition;
        this.body = newBody;
        versions.add(new CommentVersion(this, versions.size() + 1, newPosition, newBody, at));
        // the history says so (the earlier versions go into the record with this one)
        events.add(new CommentEvent(this, status, at, CHANGED));
        if (moderation.isRedacted()) {
            // the clerk's spans were about the old text: the new one is reviewed again before the public sees it
            moderation = moderation.redacted(null);
            reviewAgain(at);
        }
    }

    /** A published comment whose text changed and needs a clerk again (redacted before, or flagged now). */
    public void reviewAgain(Instant at) {
        if (status == CommentStatus.PUBLISHED) {
            moveTo(CommentStatus.RECEIVED, at, "edited");
            moderation = moderation.queued(QueuePlace.WAITING);
        }
    }

    public void withdraw(Instant at) {
        if (!status.isWithdrawable()) {
            throw PodiumException.conflict(null, "comment.withdraw.status");
        }
        moveTo(CommentStatus.WITHDRAWN, at, null);
        moderation = moderation.queued(null);
    }

    /** The person whose address was used says they did not send it: flagged for the clerk, never deleted. */
    public void disown(Instant at) {
        if (disownedAt == null) {
            disownedAt = at;
        }
    }

    /** A clerk's decision: published, record only, or rejected (with a reason); it takes the comment off the queue. */
    public CommentDecision decide(CommentStatus decision, String reason, Instant at, CommentDecision.Actor actor) {
        if (decision == null || !decision.isClerkDecision()) {
            throw PodiumException.invalid("decision", "comment.decision.invalid");
        }
        requireDecidable();
        if (decision == CommentStatus.REJECTED && reason == null) {
            throw PodiumException.invalid("reason", "comment.decision.reason.required");
        }
        CommentDecision.Kind kind = switch (decision) {
            case PUBLISHED -> CommentDecision.Kind.PUBLISH;
            case RECORD_ONLY -> CommentDecision.Kind.RECORD_ONLY;
            default -> CommentDecision.Kind.REJECT;
        };
        CommentDecision d = begin(kind, decision == CommentStatus.REJECTED ? reason : null, at, actor, null);
        if (decision != status) {
            moveTo(decision, at, decision == CommentStatus.REJECTED ? reason : null);
        }
        moderation = moderation.hidden(null).queued(null);
        return finish(d);
    }

    /**
     * A clerk redacts spans of the text (the suggested ones or their own): the public sees the marker in their place,
     * staff and the record the text. The spans replace any earlier redaction; the status does not change.
     */
    public CommentDecision redact(List<Span> spans, String reason, Instant at, CommentDecision.Actor actor) {
        requireDecidable();
        if (spans == null || spans.isEmpty()) {
            throw PodiumException.invalid("spans", "comment.redact.spans.required");
        }
        for (Span s : spans) {
            if (s.end() > body.length()) {
                throw PodiumException.invalid("spans", "comment.redact.spans.range", body.length());
            }
        }
        CommentDecision d = begin(CommentDecision.Kind.REDACT, reason, at, actor, null);
        moderation = moderation.redacted(Span.format(spans));
        return finish(d);
    }

    /**
     * Undoes the latest decision that is not undone yet: the status, the redactions, the hiding and the place in the
     * queue go back to what they were before it. The undo is itself a decision in the trail.
     */
    public CommentDecision undo(Instant at, CommentDecision.Actor actor) {
        requireDecidable();
        CommentDecision last = lastUndoable().orElseThrow(() -> PodiumException.conflict(null, "comment.undo.nothing"));
        CommentDecision u = begin(CommentDecision.Kind.UNDO, null, at, actor, last);
        if (last.getStatusBefore() != status) {
            moveTo(last.getStatusBefore(), at, "undo");
        }
        Instant hiddenAt = moderation.getHiddenAt();
        moderation = moderation
                .redacted(last.getRedactionsBefore())
                .hidden(last.isHiddenBefore() ? (hiddenAt != null ? hiddenAt : at) : null)
                .queued(last.getQueueBefore());
        return finish(u);
    }

    /** The latest decision that is not an undo and not undone yet: what {@link #undo} would take back. */
    public Optional<CommentDecision> lastUndoable() {
        Set<CommentDecision> undone = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CommentDecision d : decisions) {
            if (d.getUndoes() != null) {
                undone.add(d.getUndoes());
            }
        }
        for (int i = decisions.size() - 1; i >= 0; i--) {
            CommentDecision d = decisions.get(i);
            if (d.getDecision() != CommentDecision.Kind.UNDO && !undone.contains(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The council publishes verified comments that carry no flag at once; everything else waits for a clerk. */
    public boolean autoPublish(Instant at) {
        if (status != CommentStatus.RECEIVED || isUnverified() || moderation.getFlags() != null || disownedAt != null) {
            return false;
        }
        CommentDecision d = begin(CommentDecision.Kind.AUTO_PUBLISH, null, at, null, null);
        moveTo(CommentStatus.PUBLISHED, at, "auto");
        moderation = moderation.queued(null);
        finish(d);
        return true;
    }

    /** The pre-screen's result: flags and suggested spans, for the clerk. */
    public void screened(String flagCodes, String suggested) {
        moderation = moderation.screened(flagCodes, suggested);
    }

    /**
     * A resident reported the published comment (every report is counted for the clerks); once {@code counting} — the
     * reports of distinct people with a confirmed address, this one included — reach {@code threshold}, it is hidden
     * from the public and goes to the top of the queue. Returns true when this report hid it.
     */
    public boolean reported(int threshold, long counting, Instant at) {
        if (status != CommentStatus.PUBLISHED) {
            throw PodiumException.conflict(null, "comment.report.notPublished");
        }
        moderation = moderation.reported();
        if (counting >= threshold && !moderation.isHidden()) {
            moderation = moderation.hidden(at).queued(QueuePlace.REPORTED);
            return true;
        }
        return false;
    }

    /** Rejected and not appealed yet: its author may appeal (once). */
    public boolean isAppealable() {
        return status == CommentStatus.REJECTED && appeal == null;
    }

    /** The author of a rejected comment appeals, once, with a message; the comment returns to the queue. */
    public void appeal(String message, Instant at) {
        if (status != CommentStatus.REJECTED) {
            throw PodiumException.conflict(null, "comment.appeal.notRejected");
        }
        if (appeal != null) {
            throw PodiumException.conflict(null, "comment.appeal.once");
        }
        appeal = Appeal.of(message, at);
        moderation = moderation.queued(QueuePlace.APPEAL);
    }

    private void requireDecidable() {
        if (!status.isDecidable()) {
            throw PodiumException.conflict("status", "comment.decision.final", status.name());
        }
    }

    private CommentDecision begin(
            CommentDecision.Kind kind, String reason, Instant at, CommentDecision.Actor actor, CommentDecision undoes) {
        return new CommentDecision(
                this,
                at,
                actor,
                kind,
                reason,
                status,
                moderation.redactionsAsStored(),
                moderation.isHidden(),
                moderation.getQueuePlace(),
                undoes);
    }

    private CommentDecision finish(CommentDecision d) {
        d.after(status, moderation.redactionsAsStored());
        decisions.add(d);
        return d;
    }

    /** The text as the public sees it: redacted spans replaced by {@code marker}. */
    public String publicText(String marker) {
        return Span.apply(body, moderation.getRedactions(), marker);
    }

    /**
     * The text as staff read it outside the queue (a summary's quotes): the public text once public, else the text
     * with the clerk's redactions and the pre-screen's suggested ones — a phone number no clerk has looked at yet —
     * replaced by {@code marker}.
     */
    public String previewText(String marker) {
        if (isPublic()) {
            return publicText(marker);
        }
        List<Span> spans = new ArrayList<>(moderation.getRedactions());
        spans.addAll(moderation.getSuggestedRedactions());
        return Span.apply(body, spans, marker);
    }

    /** Public lists show it: published (or in the record) and not hidden after reports. */
    public boolean isPublic() {
        return (status == CommentStatus.PUBLISHED || status == CommentStatus.IN_RECORD) && !moderation.isHidden();
    }

    /** A resident's comment (web form or API) whose e-mail address was never confirmed. */
    public boolean isUnverified() {
        return !channel.isClerkEntered() && emailVerifiedAt == null;
    }

    void moveTo(CommentStatus next, Instant at, String note) {
        status = next;
        events.add(new CommentEvent(this, next, at, note));
    }

    /** The name the public sees: the author's choice, else "name withheld" (the page says it in its language). */
    public String getPublicName() {
        return nameWithheld ? null : displayName;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public AgendaItem getItem() {
        return item;
    }

    public Position getPosition() {
        return position;
    }

    public String getBody() {
        return body;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isNameWithheld() {
        return nameWithheld;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public String getEmail() {
        return email;
    }

    public String getWard() {
        return ward;
    }

    public Channel getChannel() {
        return channel;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public boolean isLate() {
        return late;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Account getAuthor() {
        return author;
    }

    public String getAuthorKeyHash() {
        return authorKeyHash;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Instant getDisownedAt() {
        return disownedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public List<CommentEvent> getEvents() {
        return List.copyOf(events);
    }

    public Attachment attach(
            String storedName, String fileName, String mediaType, long size, String sha256, Instant at) {
        Attachment a = new Attachment(this, attachments.size() + 1, storedName, fileName, mediaType, size, sha256, at);
        attachments.add(a);
        return a;
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public List<CommentVersion> getVersions() {
        return List.copyOf(versions);
    }

    /** The analysis of a new or edited comment. */
    public void analysed(Reading reading) {
        this.reading = reading;
    }

    /** A new or edited text waits to be grouped again (after the commit, in the item's turn). */
    public void leftCampaign() {
        this.campaignId = null;
    }

    /** Topics as stored: joined by "|", as many as fit in {@link #TOPICS_MAX} characters, in the order given. */
    public static String joinTopics(List<String> topics) {
        StringBuilder b = new StringBuilder();
        for (String t : topics) {
            if (b.length() + (b.length() > 0 ? 1 : 0) + t.length() > TOPICS_MAX) {
                continue;
            }
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(t);
        }
        return b.toString();
    }

    /** What the analysis read (or a clerk corrected); staff only. */
    public Reading getReading() {
        return reading;
    }

    /** Flags, redactions, the queue and the reports. */
    public ModerationState getModeration() {
        return moderation;
    }

    /** The author's appeal; null when there is none. */
    public Appeal getAppeal() {
        return appeal;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** In the meeting's finalized record (residents see "In the official record" on the tracking page). */
    public boolean isInRecord() {
        return recordedAt != null;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public List<CommentDecision> getDecisions() {
        return List.copyOf(decisions);
    }
}
