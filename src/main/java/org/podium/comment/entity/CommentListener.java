package org.podium.comment.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

/** Tells whoever keeps figures about an item (its summary) that one of its comments was stored or changed. */
public class CommentListener {

    @Inject
    Event<ItemCommentsChanged> changed;

    @PostPersist
    @PostUpdate
    void changed(Comment c) {
        if (changed != null && c.getItem() != null && c.getItem().getId() != null) {
            changed.fire(new ItemCommentsChanged(c.getItem().getId()));
        }
    }
}
