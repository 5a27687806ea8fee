package org.podium.comment.entity;

/** received → published | record only | rejected | withdrawn → in the record. */
public enum CommentStatus {
    RECEIVED,
    PUBLISHED,
    RECORD_ONLY,
    REJECTED,
    WITHDRAWN,
    IN_RECORD;

    /** An author may still withdraw (or edit) a comment in these statuses, while the window is open. */
    public boolean isWithdrawable() {
        return this == RECEIVED || this == PUBLISHED || this == RECORD_ONLY;
    }

    /** What a clerk may decide. */
    public boolean isClerkDecision() {
        return this == PUBLISHED || this == RECORD_ONLY || this == REJECTED;
    }

    /** A clerk may (re)decide a comment in these statuses; withdrawn and recorded comments are final. */
    public boolean isDecidable() {
        return this == RECEIVED || this == PUBLISHED || this == RECORD_ONLY || this == REJECTED;
    }
}
