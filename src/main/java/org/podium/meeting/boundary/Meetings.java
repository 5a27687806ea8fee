package org.podium.meeting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.Meeting;
import org.podium.meeting.entity.MeetingStatus;
import org.podium.platform.Api;
import org.podium.platform.PodiumException;

/**
 * Meetings and agendas. The public reads published agendas only; clerks draft, edit, publish and run them; council
 * members and clerks also see drafts. Every change a clerk makes is audited in the same transaction.
 */
@Stateless
@PermitAll
public class Meetings {

    public static final int MAX_PAGE_SIZE = 100;

    /** One page of a list, with the total count for paging. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    @Inject
    Event<MeetingStatusChanged> statusChanged;

    @Inject
    Event<ItemRemoval> removalAsked;

    @Inject
    Event<ItemRemoval.Removed> removed;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    // ---- the public's view: published agendas only

    /**
     * Published meetings, upcoming first (soonest first), then past ones (latest first); optionally only those
     * starting within [from, to).
     */
    public Page<Meeting> published(Instant now, Instant from, Instant to, int page, int size) {
        if (page < 0 || page > Api.MAX_PAGE) {
            throw PodiumException.invalid("page", "paging.page", Api.MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw PodiumException.invalid("size", "paging.size", MAX_PAGE_SIZE);
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw PodiumException.invalid("to", "paging.range");
        }
        Instant lo = from == null ? Instant.EPOCH : from;
        Instant hi = to == null ? Instant.parse("9999-01-01T00:00:00Z") : to;
        Instant split = now.isBefore(lo) ? lo : now.isAfter(hi) ? hi : now;
        long upcomingCount = count(split, hi);
        long pastCount = count(lo, split);
        int offset = page * size;
        List<Meeting> result = new ArrayList<>(size);
        if (offset < upcomingCount) {
            result.addAll(window(split, hi, true, offset, size));
        }
        int pastOffset = (int) Math.max(0, offset - upcomingCount);
        if (result.size() < size && pastOffset < pastCount) {
            result.addAll(window(lo, split, false, pastOffset, size - result.size()));
        }
        return new Page<>(result, page, size, upcomingCount + pastCount);
    }

    private long count(Instant from, Instant to) {
        return em.createQuery(
                        "select count(m) from Meeting m where m.agendaPublishedAt is not null"
                                + " and m.startsAt >= :from and m.startsAt < :to",
                        Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    private List<Meeting> window(Instant from, Instant to, boolean ascending, int offset, int limit) {
        TypedQuery<Meeting> q = em.createQuery(
                "select m from Meeting m where m.agendaPublishedAt is not null"
                        + " and m.startsAt >= :from and m.startsAt < :to order by m.startsAt "
                        + (ascending ? "asc" : "desc") + ", m.id",
                Meeting.class);
        return q.setParameter("from", from)
                .setParameter("to", to)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<Meeting> publishedMeeting(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id)).filter(Meeting::isPublished);
    }

    public Optional<AgendaItem> publishedItem(long id) {
        return Optional.ofNullable(em.find(AgendaItem.class, id))
                .filter(i -> i.getMeeting().isPublished());
    }

    // ---- staff: drafts included

    @RolesAllowed(Role.CLERK_NAME)
    public List<Meeting> allForClerks(int max) {
        return all(max);
    }

    /**
     * Every meeting as staff list them: today's and the upcoming ones first, soonest first (a meeting that began in
     * the last twelve hours is today's), then the past ones, latest first — the meeting about to happen is at the top,
     * not the one six weeks out.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
    public List<Meeting> all(int max) {
        int limit = Math.min(Math.max(max, 1), 500);
        Instant today = Instant.now().minus(Duration.ofHours(12));
        List<Meeting> out = new ArrayList<>(em.createQuery(
                        "select m from Meeting m where m.startsAt >= :t" + " order by m.startsAt, m.id", Meeting.class)
                .setParameter("t", today)
                .setMaxResults(limit)
                .getResultList());
        if (out.size() < limit) {
            out.addAll(em.createQuery(
                            "select m from Meeting m where m.startsAt < :t order by m.startsAt desc, m.id desc",
                            Meeting.class)
                    .setParameter("t", today)
                    .setMaxResults(limit - out.size())
                    .getResultList());
        }
        return out;
    }

    @RolesAllowed(Role.CLERK_NAME)
    public Meeting meetingForClerks(long id) {
        return meeting(id);
    }

    @RolesAllowed({Role.CLERK_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
    public Meeting meeting(long id) {
        Meeting m = em.find(Meeting.class, id);
        if (m == null) {
            throw PodiumException.notFound("meeting.notFound");
        }
        return m;
    }

    @RolesAllowed(Role.CLERK_NAME)
    public Meeting create(@NotNull @Valid MeetingData data) {
        Meeting m = new Meeting(
                data.getBody(), data.getTitle(), data.getStartsAt(), data.getLocation(), data.getRemoteInstructions());
        m.translate(data.getTitleEs());
        em.persist(m);
        em.flush();
        audit.record("meeting.create", "meeting", m.getId(), m.getTitle());
        return m;
    }

    @RolesAllowed(Role.CLERK_NAME)
    public Meeting update(long meetingId, @NotNull @Valid MeetingData data) {
        Meeting m = meeting(meetingId);
        m.describe(
                data.getBody(), data.getTitle(), data.getStartsAt(), data.getLocation(), data.getRemoteInstructions());
        m.translate(data.getTitleEs());
        audit.record("meeting.update", "meeting", m.getId(), m.getTitle());
        return m;
    }

    @RolesAllowed(Role.CLERK_NAME)
    public Meeting publish(long meetingId) {
        Meeting m = meeting(meetingId);
        boolean first = !m.isPublished();
        m.publishAgenda(Instant.now());
        if (first) {
            audit.record("meeting.publish", "meeting", m.getId(), null);
        }
        return m;
    }

    @RolesAllowed(Role.CLERK_NAME)
    public Meeting changeStatus(long meetingId, MeetingStatus target) {
        Meeting m = meeting(meetingId);
        MeetingStatus before = m.getStatus();
        m.moveTo(target);
        audit.record("meeting.status", "meeting", m.getId(), before + " -> " + target);
        statusChanged.fire(new MeetingStatusChanged(m.getId(), before, target));
        return m;
    }

    @RolesAllowed(Role.CLERK_NAME)
    public AgendaItem addItem(long meetingId, @NotNull @Valid ItemData data) {
        Meeting m = meeting(meetingId);
        AgendaItem item = m.addItem(new AgendaItem(
                data.getNumber(),
                data.getTitle(),
                data.getFileNumber(),
                data.getDescription(),
                data.getLinks(),
                data.isAcceptsComment(),
                data.getCommentOpensAt(),
                data.getCommentClosesAt()));
        item.translate(data.getTitleEs(), data.getDescriptionEs());
        flush();
        audit.record("item.create", "agenda_item", item.getId(), item.getNumber() + " " + item.getTitle());
        return item;
    }

    @RolesAllowed(Role.CLERK_NAME)
    public AgendaItem updateItem(long itemId, @NotNull @Valid ItemData data) {
        AgendaItem item = item(itemId);
        item.getMeeting().checkNumberFree(data.getNumber(), item);
        item.describe(
                data.getNumber(),
                data.getTitle(),
                data.getFileNumber(),
                data.getDescription(),
                data.getLinks(),
                data.isAcceptsComment(),
                data.getCommentOpensAt(),
                data.getCommentClosesAt());
        item.translate(data.getTitleEs(), data.getDescriptionEs());
        flush();
        audit.record("item.update", "agenda_item", item.getId(), item.getNumber() + " " + item.getTitle());
        return item;
    }

    @RolesAllowed(Role.CLERK_NAME)
    public void removeItem(long itemId) {
        AgendaItem item = item(itemId);
        // what residents filed on an item is part of the record: an item with comments or speakers stays
        ItemRemoval removal = new ItemRemoval(itemId);
        removalAsked.fire(removal);
        if (removal.inUse()) {
            throw PodiumException.conflict(null, "item.removeInUse", removal.comments(), removal.speakers());
        }
        removed.fire(new ItemRemoval.Removed(itemId));
        item.getMeeting().removeItem(item);
        audit.record("item.remove", "agenda_item", itemId, item.getNumber() + " " + item.getTitle());
    }

    @RolesAllowed(Role.CLERK_NAME)
    public void moveItem(long itemId, int direction) {
        AgendaItem item = item(itemId);
        item.getMeeting().moveItem(item, direction);
        audit.record("item.move", "agenda_item", itemId, direction < 0 ? "up" : "down");
    }

    @RolesAllowed(Role.CLERK_NAME)
    public AgendaItem reopenComment(long itemId, Instant until) {
        AgendaItem item = item(itemId);
        item.reopenComment(Instant.now(), until);
        audit.record("item.reopen", "agenda_item", itemId, "until " + until);
        return item;
    }

    @RolesAllowed(Role.CLERK_NAME)
    public AgendaItem itemForClerks(long itemId) {
        return item(itemId);
    }

    @RolesAllowed({Role.CLERK_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
    public AgendaItem item(long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null) {
            throw PodiumException.notFound("item.notFound");
        }
        return item;
    }

    /** Two clerks giving two items the same number at the same moment: the database's constraint decides. */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw PodiumException.conflict("number", "item.number.taken", "");
        }
    }

    /** Demo data and tests: whether any meeting exists at all. */
    public boolean any() {
        return !em.createQuery("select m.id from Meeting m", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
