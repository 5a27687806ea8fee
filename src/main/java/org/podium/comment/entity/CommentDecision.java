package org.podium.comment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One moderation decision on a comment, with who took it, when, why, and the state before and after: the audit trail
 * staff see in the comment's history and export. Rows are only ever inserted (every column is not updatable); an undo
 * is a decision of its own that names the decision it undoes.
 */
@Entity
@Table(name = "comment_decision")
public class CommentDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What was decided; AUTO_PUBLISH is the council's auto-publishing, taken by no one. */
    public enum Kind {
        PUBLISH,
        RECORD_ONLY,
        REJECT,
        REDACT,
        UNDO,
        AUTO_PUBLISH
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "comment_id", nullable = false, updatable = false)
    private Comment comment;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", length = 100, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Kind decision;

    @Column(length = 40, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false, length = 12, updatable = false)
    private CommentStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, length = 12, updatable = false)
    private CommentStatus statusAfter;

    @Column(name = "redactions_before", length = 2000, updatable = false)
    private String redactionsBefore;

    @Column(name = "redactions_after", length = 2000, updatable = false)
    private String redactionsAfter;

    @Column(name = "hidden_before", nullable = false, updatable = false)
    private boolean hiddenBefore;

    @Column(name = "queue_before", updatable = false)
    @Convert(converter = QueuePlace.Column.class)
    private QueuePlace queueBefore;

    @ManyToOne
    @JoinColumn(name = "undoes_id", updatable = false)
    private CommentDecision undoes;

    protected CommentDecision() {}

    CommentDecision(
            Comment comment,
            Instant at,
            Actor actor,
            Kind decision,
            String reason,
            CommentStatus statusBefore,
            String redactionsBefore,
            boolean hiddenBefore,
            QueuePlace queueBefore,
            CommentDecision undoes) {
        this.comment = comment;
        this.decidedAt = at;
        this.actorId = actor == null ? null : actor.id();
        this.actorName = actor == null ? null : actor.name();
        this.decision = decision;
        this.reason = reason;
        this.statusBefore = statusBefore;
        this.redactionsBefore = redactionsBefore;
        this.hiddenBefore = hiddenBefore;
        this.queueBefore = queueBefore;
        this.undoes = undoes;
    }

    /** Completes the row with the state the decision left (set once, before the insert). */
    void after(CommentStatus status, String redactions) {
        this.statusAfter = status;
        this.redactionsAfter = redactions;
    }

    /** Who decided: the staff account (id and name at the time), or null for the automatic decisions. */
    public record Actor(Long id, String name) {}

    public Long getId() {
        return id;
    }

    public Comment getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Kind getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public CommentStatus getStatusBefore() {
        return statusBefore;
    }

    public CommentStatus getStatusAfter() {
        return statusAfter;
    }

    public String getRedactionsBefore() {
        return redactionsBefore;
    }

    public String getRedactionsAfter() {
        return redactionsAfter;
    }

    public boolean isHiddenBefore() {
        return hiddenBefore;
    }

    public QueuePlace getQueueBefore() {
        return queueBefore;
    }

    public CommentDecision getUndoes() {
        return undoes;
    }
}
