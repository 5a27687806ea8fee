package org.podium.comment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import org.podium.platform.PodiumException;

/** The author's appeal against a rejection: once per comment, with a message. A value; null until made. */
@Embeddable
public class Appeal implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX = 2000;

    @Column(name = "appeal_text", length = MAX)
    private String text;

    @Column(name = "appealed_at")
    private Instant at;

    protected Appeal() {}

    private Appeal(String text, Instant at) {
        this.text = text;
        this.at = at;
    }

    /** The message as the author wrote it, trimmed; refused when empty or longer than {@link #MAX}. */
    static Appeal of(String message, Instant at) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw PodiumException.invalid("message", "comment.appeal.required");
        }
        if (text.length() > MAX) {
            throw PodiumException.invalid("message", "comment.appeal.tooLong", MAX);
        }
        return new Appeal(text, at);
    }

    public String getText() {
        return text;
    }

    public Instant getAt() {
        return at;
    }
}
