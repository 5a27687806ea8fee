package org.podium.comment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.List;
import org.podium.account.entity.Account;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.BaseEntity;
import org.podium.platform.PodiumException;

/** A written comment on an agenda item, whatever channel it came by. */
@Entity
@Table(name = "comment")
public class Comment extends BaseEntity {

    /** The most any council may allow; each council sets its own limit below it (5,000 by default). */
    public static final int BODY_HARD_MAX = 20_000;
    public static final int NAME_MAX = 100;
    public static final int WARD_MAX = 60;

    @Column(name = "tracking_number", length = 24, unique = true)
    private String trackingNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

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

    @Column(name = "idempotency_key", length = 100, unique = true)
    private String idempotencyKey;

    @Column(name = "client_address", length = 45)
    private String clientAddress;

    @Column(name = "disowned_at")
    private Instant disownedAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** The language the author used (en, es): later mails about the comment are written in it. */
    @Column(length = 8)
    private String language;

    @OneToMany(mappedBy = "comment", cascade = CascadeType.ALL)
    @OrderBy("id ASC")
    private List<CommentEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "comment", cascade = CascadeType.ALL)
    @OrderBy("number ASC")
    private List<CommentVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "comment", cascade = CascadeType.ALL)
    @OrderBy("number ASC")
    private List<Attachment> attachments = new ArrayList<>();

    protected Comment() {
    }

    public Comment(AgendaItem item, Channel channel, Position position, String body, String displayName,
            boolean nameWithheld, String email, String ward, Instant receivedAt, boolean late) {
        this.item = item;
        this.channel = channel;
        this.position = position;
        this.body = body;
        this.displayName = blankToNull(displayName);
        this.nameWithheld = nameWithheld || this.displayName == null;
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        this.ward = blankToNull(ward);
        this.receivedAt = receivedAt;
        this.late = late;
        CommentStatus first = late ? CommentStatus.RECORD_ONLY : CommentStatus.RECEIVED;
        this.status = first;
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

    public void submittedBy(Account account, String keyHash, String idempotencyKey, String clientAddress) {
        this.author = account;
        this.authorKeyHash = keyHash;
        this.idempotencyKey = idempotencyKey;
        this.clientAddress = clientAddress;
        if (account != null && account.isEmailVerified() && account.getEmail().equals(email)) {
            this.emailVerifiedAt = receivedAt;
        }
    }

    public void writtenIn(java.util.Locale lang) {
        this.language = lang == null ? null : lang.getLanguage();
    }

    public java.util.Locale getLanguage() {
        return language == null ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag(language);
    }

    public void verifyEmail(Instant at) {
        if (emailVerifiedAt == null && email != null) {
            emailVerifiedAt = at;
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
    }

    public void withdraw(Instant at) {
        if (!status.isWithdrawable()) {
            throw PodiumException.conflict(null, "comment.withdraw.status");
        }
        moveTo(CommentStatus.WITHDRAWN, at, null);
    }

    /** The person whose address was used says they did not send it: flagged for the clerk, never deleted. */
    public void disown(Instant at) {
        if (disownedAt == null) {
            disownedAt = at;
        }
    }

    /** A clerk's decision: published, record only, or rejected (with a reason). */
    public void decide(CommentStatus decision, String reason, Instant at) {
        if (decision == null || !decision.isClerkDecision()) {
            throw PodiumException.invalid("decision", "comment.decision.invalid");
        }
        if (!status.isDecidable()) {
            throw PodiumException.conflict("status", "comment.decision.final", status.name());
        }
        if (decision == CommentStatus.REJECTED && reason == null) {
            throw PodiumException.invalid("reason", "comment.decision.reason.required");
        }
        if (decision != status) {
            moveTo(decision, at, decision == CommentStatus.REJECTED ? reason : null);
        }
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

    public Attachment attach(String storedName, String fileName, String mediaType, long size, String sha256, Instant at) {
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
}
