package org.podium.council.entity;

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
import java.time.Instant;

/** The council's rules for written comments: one row, changed by administrators. */
@Entity
@Table(name = "council_settings")
public class CouncilSettings implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final long ID = 1L;
    public static final int MIN_LENGTH = 100;
    /** The most any council may allow (the column holds 20,000 characters). */
    public static final int MAX_LENGTH = 20_000;

    @Id
    private Long id = ID;

    @Column(name = "comment_max_length", nullable = false)
    private int commentMaxLength;

    @Column(name = "accept_late", nullable = false)
    private boolean acceptLate;

    @Enumerated(EnumType.STRING)
    @Column(name = "unverified_comments", nullable = false, length = 12)
    private UnverifiedComments unverifiedComments;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CouncilSettings() {
    }

    public CouncilSettings(int commentMaxLength, boolean acceptLate, UnverifiedComments unverifiedComments) {
        this.commentMaxLength = commentMaxLength;
        this.acceptLate = acceptLate;
        this.unverifiedComments = unverifiedComments;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public void change(int maxLength, boolean late, UnverifiedComments unverified) {
        this.commentMaxLength = maxLength;
        this.acceptLate = late;
        this.unverifiedComments = unverified;
    }

    public int getCommentMaxLength() {
        return commentMaxLength;
    }

    public boolean isAcceptLate() {
        return acceptLate;
    }

    public UnverifiedComments getUnverifiedComments() {
        return unverifiedComments;
    }

    /** True when an unverified comment may be published. */
    public boolean isPublishUnverified() {
        return unverifiedComments == UnverifiedComments.PUBLISH;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
