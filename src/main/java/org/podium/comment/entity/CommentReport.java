package org.podium.comment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A resident's report of a published comment, with a reason of the posting policy; one per reporter and comment. */
@Entity
@Table(name = "comment_report")
public class CommentReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "comment_id", nullable = false, updatable = false)
    private Comment comment;

    /** "account:{id}" for a signed-in resident, else "network:{network}" ("address:{address}" before V27). */
    @Column(nullable = false, length = 80, updatable = false)
    private String reporter;

    @Column(nullable = false, length = 40, updatable = false)
    private String reason;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    /** The reporter's network ({@link org.podium.platform.Identities#network}): a person's reports count once. */
    @Column(length = 80, updatable = false)
    private String network;

    /** From an account with a confirmed e-mail address: only such reports can hide a comment before a clerk reads it. */
    @Column(nullable = false, updatable = false)
    private boolean verified;

    protected CommentReport() {}

    public CommentReport(
            Comment comment,
            String reporter,
            String reason,
            Instant reportedAt,
            Long accountId,
            String network,
            boolean verified) {
        this.comment = comment;
        this.reporter = reporter;
        this.reason = reason;
        this.reportedAt = reportedAt;
        this.accountId = accountId;
        this.network = network;
        this.verified = verified;
    }

    public boolean isVerified() {
        return verified;
    }

    public Comment getComment() {
        return comment;
    }

    public String getReporter() {
        return reporter;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
