package org.podium.comment.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

/**
 * Tells whoever keeps figures about an item (its summary) that one of its comments was stored or changed, and whoever
 * keeps figures about a comment (the key points' counts) that it changed.
 */
public class CommentListener {

    @Inject
    Event<ItemCommentsChanged> changed;

    @Inject
    Event<CommentChanged> commentChanged;

    @PostPersist
    void stored(Comment c) {
        if (changed != null && c.getItem() != null && c.getItem().getId() != null) {
            changed.fire(new ItemCommentsChanged(c.getItem().getId()));
        }
    }

    @PostUpdate
    void updated(Comment c) {
        stored(c);
        if (commentChanged != null
                && c.getId() != null
                && c.getItem() != null
                && c.getItem().getId() != null) {
            commentChanged.fire(new CommentChanged(c.getId(), c.getItem().getId()));
        }
    }
}
