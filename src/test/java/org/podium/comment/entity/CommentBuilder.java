package org.podium.comment.entity;

import java.time.Instant;
import org.podium.meeting.entity.AgendaBuilder;
import org.podium.meeting.entity.AgendaItem;

/**
 * Comments for unit tests, said by name: {@code aWebComment().saying(Position.OPPOSE, "No to the levy").by("Rosa", email).build()}.
 * By default: Rosa's web comment against the levy, her address not confirmed, received on time.
 */
public final class CommentBuilder {

    public static final Instant AT = Instant.parse("2026-11-20T15:00:00Z");

    private AgendaItem item = AgendaBuilder.anItem("1", "Levy");
    private Channel channel = Channel.WEB;
    private Position position = Position.OPPOSE;
    private String text = "No to the levy";
    private String name = "Rosa";
    private boolean nameWithheld;
    private String email = "Rosa@Example.org";
    private String ward;
    private Instant receivedAt = AT;
    private boolean late;

    private CommentBuilder(Channel channel) {
        this.channel = channel;
    }

    /** A resident's comment by the web form. */
    public static CommentBuilder aWebComment() {
        return new CommentBuilder(Channel.WEB);
    }

    /** A comment a clerk entered: a letter, an e-mail, a voicemail … */
    public static CommentBuilder aCommentEnteredByClerk(Channel channel) {
        CommentBuilder c = new CommentBuilder(channel);
        c.email = null;
        return c;
    }

    public CommentBuilder on(AgendaItem item) {
        this.item = item;
        return this;
    }

    public CommentBuilder saying(Position position, String text) {
        this.position = position;
        this.text = text;
        return this;
    }

    public CommentBuilder by(String name, String email) {
        this.name = name;
        this.email = email;
        return this;
    }

    public CommentBuilder withheldName() {
        this.nameWithheld = true;
        return this;
    }

    public CommentBuilder fromWard(String ward) {
        this.ward = ward;
        return this;
    }

    public CommentBuilder receivedAt(Instant at) {
        this.receivedAt = at;
        return this;
    }

    /** Received after the window closed: straight into the record, never published. */
    public CommentBuilder late() {
        this.late = true;
        return this;
    }

    public Comment build() {
        return new Comment(item, channel, position, text, name, nameWithheld, email, ward, receivedAt, late);
    }
}
