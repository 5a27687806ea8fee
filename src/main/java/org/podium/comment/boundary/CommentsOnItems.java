package org.podium.comment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.podium.meeting.boundary.ItemRemoval;

/** Tells the meeting feature how many comments an item it would remove holds (in the removal's transaction). */
@ApplicationScoped
public class CommentsOnItems {

    @PersistenceContext
    EntityManager em;

    void count(@Observes ItemRemoval removal) {
        removal.comments(em.createQuery("select count(c) from Comment c where c.item.id = :i", Long.class)
                .setParameter("i", removal.itemId())
                .getSingleResult());
    }
}
