package org.podium.comment.boundary;

import jakarta.ejb.ApplicationException;

/** The idempotency key is already stored: another request with it won the race. Rolled back; the caller re-reads. */
@ApplicationException(rollback = true)
public class DuplicateSubmission extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateSubmission() {
        super("duplicate idempotency key");
    }
}
