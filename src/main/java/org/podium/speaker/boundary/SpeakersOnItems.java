package org.podium.speaker.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.podium.meeting.boundary.ItemRemoval;

/**
 * Tells the meeting feature how many sign-ups an item it would remove holds, and, when it goes, takes it off the live
 * display of its meeting (both in the removal's transaction).
 */
@ApplicationScoped
public class SpeakersOnItems {

    @PersistenceContext
    EntityManager em;

    void count(@Observes ItemRemoval removal) {
        removal.speakers(em.createQuery("select count(s) from Speaker s where s.item.id = :i", Long.class)
                .setParameter("i", removal.itemId())
                .getSingleResult());
    }

    void removed(@Observes ItemRemoval.Removed removed) {
        em.createNativeQuery("UPDATE meeting_live SET current_item_id = NULL WHERE current_item_id = ?")
                .setParameter(1, removed.itemId())
                .executeUpdate();
    }
}
