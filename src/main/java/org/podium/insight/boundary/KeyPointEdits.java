package org.podium.insight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.comment.entity.Position;
import org.podium.insight.control.KeyPointRows;
import org.podium.insight.control.KeyPointRows.Stored;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.PodiumException;

/**
 * A clerk's edits of an item's key points, each in one step and audited: add a point in the clerk's words, rename one
 * (the new wording is the clerk's: a new proposal never replaces it), retire one (never proposed again; its comments
 * are free to make the others), merge one into another (its wording keeps finding its comments for the point it went
 * into), split one into two or more. The item's comments are matched again at once, in the background.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME})
public class KeyPointEdits {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 500;
    public static final int MAX_SPLIT = 5;

    /** After the edit's commit: the item's comments are matched again. */
    public record Edited(long itemId) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<Edited> edited;

    @Inject
    KeyPointSchedule schedule;

    /** A point in the clerk's words on one side of the item; returns its id. */
    public long add(long itemId, String side, String text) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null) {
            throw PodiumException.notFound("item.notFound");
        }
        Position s = side(side);
        // the item's reading lock first, as a reading takes it: an edit waits for a reading, never deadlocks with it
        rows().lockItem(itemId);
        String t = text(text, "text");
        unique(itemId, s, t, null);
        long id = insert(itemId, s, t);
        audit.record("keypoint.add", "key_point", id, s.name());
        edited.fire(new Edited(itemId));
        return id;
    }

    /** The point in the clerk's words from now on; returns its item. */
    public long rename(long id, String text) {
        Stored p = active(id);
        rows().lockItem(item(id));
        String t = text(text, "text");
        unique(item(id), p.side(), t, id);
        rows().rename(id, t);
        audit.record("keypoint.rename", "key_point", id, null);
        edited.fire(new Edited(item(id)));
        return item(id);
    }

    /** Not a key point: listed no more, never proposed again; returns its item. */
    public long retire(long id) {
        active(id);
        rows().lockItem(item(id));
        rows().retire(id, null);
        audit.record("keypoint.retire", "key_point", id, null);
        edited.fire(new Edited(item(id)));
        return item(id);
    }

    /** {@code id} says what {@code into} says: one point from now on, with the comments of both; returns the item. */
    public long merge(long id, Long into) {
        if (into == null) {
            throw PodiumException.invalid("into", "keypoint.into.required");
        }
        Stored from = active(id);
        Stored to = active(into);
        rows().lockItem(item(id));
        if (id == into || item(id) != item(into) || from.side() != to.side()) {
            throw PodiumException.invalid("into", "keypoint.into.other");
        }
        rows().retire(id, into);
        rows().keep(into);
        audit.record("keypoint.merge", "key_point", id, "into " + into);
        edited.fire(new Edited(item(id)));
        return item(id);
    }

    /** The point says two things or more: retired, and a point in the clerk's words for each; returns their ids. */
    public List<Long> split(long id, List<String> texts) {
        Stored p = active(id);
        rows().lockItem(item(id));
        if (texts == null || texts.size() < 2 || texts.size() > MAX_SPLIT) {
            throw PodiumException.invalid("texts", "keypoint.split.count", MAX_SPLIT);
        }
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = text(texts.get(i), "texts[" + i + "]");
            if (clean.stream().anyMatch(t::equalsIgnoreCase)) {
                throw PodiumException.invalid("texts[" + i + "]", "keypoint.duplicate");
            }
            clean.add(t);
        }
        long itemId = item(id);
        rows().retire(id, null);
        List<Long> ids = new ArrayList<>();
        for (String t : clean) {
            ids.add(insert(itemId, p.side(), t));
        }
        audit.record("keypoint.split", "key_point", id, "into " + ids);
        edited.fire(new Edited(itemId));
        return ids;
    }

    /** Proposes the item's key points again now (the clerk's stay). */
    public void proposeAgain(long itemId) {
        if (em.find(AgendaItem.class, itemId) == null) {
            throw PodiumException.notFound("item.notFound");
        }
        schedule.changed(itemId, true);
    }

    /** No two points of a side say it in the same words (a second one would split the comments that make it). */
    private void unique(long itemId, Position side, String text, Long except) {
        rows().standing(itemId, side).forEach((other, wording) -> {
            if ((except == null || other != except.longValue()) && wording.equalsIgnoreCase(text)) {
                throw PodiumException.conflict("text", "keypoint.duplicate");
            }
        });
    }

    private long insert(long itemId, Position side, String text) {
        return rows().insert(itemId, side, text, null, true);
    }

    /** The point, which must stand (not retired). */
    private Stored active(long id) {
        Stored p = rows().byId(id).orElseThrow(() -> PodiumException.notFound("keypoint.notFound"));
        if (p.retired()) {
            throw PodiumException.conflict("id", "keypoint.retired");
        }
        return p;
    }

    private long item(long id) {
        return rows().itemOf(id);
    }

    private KeyPointRows rows() {
        return new KeyPointRows(em);
    }

    private static Position side(String side) {
        if ("SUPPORT".equals(side)) {
            return Position.SUPPORT;
        }
        if ("OPPOSE".equals(side)) {
            return Position.OPPOSE;
        }
        throw PodiumException.invalid("side", "keypoint.side.invalid");
    }

    private static String text(String text, String field) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() < MIN_LENGTH || t.length() > MAX_LENGTH) {
            throw PodiumException.invalid(field, "keypoint.text.length", MIN_LENGTH, MAX_LENGTH);
        }
        return t;
    }
}
