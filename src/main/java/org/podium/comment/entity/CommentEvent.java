package org.podium.comment.entity;

import jakarta.persistence.Column;
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
import java.util.Set;

/** One step of a comment's life, shown on its tracking page. */
@Entity
@Table(name = "comment_event")
public class CommentEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "comment_id", nullable = false)
    private Comment comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CommentStatus status;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 500)
    private String note;

    protected CommentEvent() {}

    CommentEvent(Comment comment, CommentStatus status, Instant occurredAt, String note) {
        this.comment = comment;
        this.status = status;
        this.occurredAt = occurredAt;
        this.note = note;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** The number of the agenda item of the comment, as printed on the agenda. */
    public String getItemNumber() {
        return comment.getItem().getNumber();
    }

    public String getNote() {
        return note;
    }

    /** Something that happened to the comment without changing its status. */
    public static final Set<String> REMARKS = Set.of(Comment.EMAIL_CONFIRMED, Comment.CHANGED);

    /**
     * A remark, not a step: the address confirmed, the text changed by its author. A history says what happened
     * ("E-mail address confirmed"), not the status again ("Received … Received").
     */
    public boolean isRemark() {
        return note != null && REMARKS.contains(note);
    }
}
