package org.podium.insight.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.podium.comment.boundary.CommentReadings;
import org.podium.insight.control.KeyPointRows;
import org.podium.platform.Bundles;

/**
 * Keeps what the key points' counts read of a comment (its side, its campaign, whether the public sees it; nothing
 * when it is no longer counted) as the comment is now, right after it changed, without waiting for the next reading
 * of its item: a comment rejected or hidden after reports leaves the public's counts at once, as it leaves the lists.
 * In the background (never on the wait of whoever changed it); the reading that follows matches it again anyway.
 */
@Stateless
@PermitAll
public class KeyPointFlags {

    @PersistenceContext
    EntityManager em;

    @Inject
    CommentReadings comments;

    @Inject
    KeyPointViews views;

    @Inject
    Event<KeyPointsChanged> changed;

    /** Called by {@link KeyPointSchedule} after a comment changed. */
    @Asynchronous
    public void sync(long commentId, long itemId) {
        KeyPointRows rows = new KeyPointRows(em);
        if (!rows.hasMatches(commentId)) {
            return; // most changes: a comment no reading matched yet
        }
        String marker = Bundles.message(Locale.ENGLISH, "redacted.marker");
        List<CommentReadings.ForKeyPoints> now = comments.forKeyPoints(List.of(commentId), marker);
        CommentReadings.ForKeyPoints c = now.isEmpty() ? null : now.get(0);
        int followed = rows.follow(
                commentId,
                c == null || c.side() == null ? null : c.side().name(),
                c == null ? null : c.campaignId(),
                c != null && c.publicText() != null);
        if (followed > 0) {
            views.forget(itemId); // counted again on the next read
            changed.fire(new KeyPointsChanged(itemId));
        }
    }
}
