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

/** The text as received (number 1) and after each edit by its author. Never changed. */
@Entity
@Table(name = "comment_version")
public class CommentVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "comment_id", nullable = false)
    private Comment comment;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Position position;

    @Column(nullable = false, length = Comment.BODY_HARD_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommentVersion() {}

    CommentVersion(Comment comment, int number, Position position, String body, Instant createdAt) {
        this.comment = comment;
        this.number = number;
        this.position = position;
        this.body = body;
        this.createdAt = createdAt;
    }

    public int getNumber() {
        return number;
    }

    public Position getPosition() {
        return position;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
