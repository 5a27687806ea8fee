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

    public static final int DEFAULT_REPORT_THRESHOLD = 3;
    public static final int MAX_REPORT_THRESHOLD = 100;

    @Id
    private Long id = ID;

    @Column(name = "comment_max_length", nullable = false)
    private int commentMaxLength;

    @Column(name = "accept_late", nullable = false)
    private boolean acceptLate;

    @Enumerated(EnumType.STRING)
    @Column(name = "unverified_comments", nullable = false, length = 12)
    private UnverifiedComments unverifiedComments;

    /** Publish at once the comments that are verified and that the pre-screen did not flag. */
    @Column(name = "auto_publish", nullable = false)
    private boolean autoPublish;

    /** Reports by residents after which a published comment is hidden pending review. */
    @Column(name = "report_threshold", nullable = false)
    private int reportThreshold = DEFAULT_REPORT_THRESHOLD;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CouncilSettings() {}

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

    public void change(
            int maxLength, boolean late, UnverifiedComments unverified, boolean autoPublish, int reportThreshold) {
        this.commentMaxLength = maxLength;
        this.acceptLate = late;
        this.unverifiedComments = unverified;
        this.autoPublish = autoPublish;
        this.reportThreshold = reportThreshold;
    }

    public boolean isAutoPublish() {
        return autoPublish;
    }

    public int getReportThreshold() {
        return reportThreshold;
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
