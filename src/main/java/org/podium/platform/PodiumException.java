package org.podium.platform;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Carries a message key of the bundle {@code org.podium.i18n.messages} (so the page and the
 * API can each say it in the reader's language), an HTTP status for the API, and optionally the field at fault.
 * Mapped once to a FacesMessage ({@code org.podium.web.Faces}) and once to problem+json ({@code ProblemMapper}).
 */
@ApplicationException(rollback = true)
public class PodiumException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;
    private long retryAfterSeconds;

    public PodiumException(int status, String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static PodiumException notFound(String messageKey, Object... arguments) {
        return new PodiumException(404, null, messageKey, arguments);
    }

    public static PodiumException invalid(String field, String messageKey, Object... arguments) {
        return new PodiumException(400, field, messageKey, arguments);
    }

    public static PodiumException conflict(String field, String messageKey, Object... arguments) {
        return new PodiumException(409, field, messageKey, arguments);
    }

    public static PodiumException forbidden(String messageKey, Object... arguments) {
        return new PodiumException(403, null, messageKey, arguments);
    }

    /** Too many requests; the caller may try again after the given number of seconds (Retry-After). */
    public static PodiumException tooMany(long retryAfterSeconds, String messageKey, Object... arguments) {
        PodiumException e = new PodiumException(429, null, messageKey, arguments);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** Not ready yet (503): the caller may try again after the given number of seconds (Retry-After). */
    public static PodiumException notReady(long retryAfterSeconds, String messageKey, Object... arguments) {
        PodiumException e = new PodiumException(503, null, messageKey, arguments);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The form field or JSON property at fault, or null when the request as a whole is refused. */
    public String field() {
        return field;
    }
}
