package org.podium.speaker.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.Meeting;
import org.podium.meeting.entity.MeetingStatus;
import org.podium.platform.PodiumException;
import org.podium.speaker.entity.MeetingLive;
import org.podium.speaker.entity.Speaker;
import org.podium.speaker.entity.SpeakingRules;

/**
 * The meeting in session: the clerk's console acts here (the current item, call next, no-show, walk-in, skip, reorder,
 * the timer), and the display, the council's view and the API read the same state. Every action takes the meeting's
 * row lock and fires {@link LiveChanged}, which reaches every display after the commit.
 */
@Stateless
@PermitAll
public class Live {

    /** The state a display shows. {@code remainingMs} may be negative (over time). */
    public record State(
            long meetingId,
            AgendaItem item,
            Speaker current,
            long allottedMs,
            long elapsedMs,
            boolean running,
            List<Speaker> queue,
            Long totalLeftSeconds,
            Instant at,
            MeetingStatus meetingStatus) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Speakers speakers;

    @Inject
    Event<LiveChanged> changed;

    @Inject
    AuditTrail audit;

    /** The live state of a published meeting (anyone). */
    public State state(long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null || !m.isPublished()) {
            throw PodiumException.notFound("meeting.notFound");
        }
        MeetingLive live = em.find(MeetingLive.class, meetingId);
        Instant now = Instant.now();
        AgendaItem item = live == null ? null : live.getCurrentItem();
        List<Speaker> queue = item == null ? List.of() : waiting(meetingId, item);
        SpeakingRules rules = speakers.rules(meetingId);
        Long left = null;
        if (rules.totalMinutes() != null) {
            // SUM is a BigDecimal on MySQL and MariaDB, a Long elsewhere
            long spoken = ((Number) em.createQuery("select coalesce(sum(s.spokenSeconds), 0) from Speaker s"
                                    + " where s.meetingId = :m")
                            .setParameter("m", meetingId)
                            .getSingleResult())
                    .longValue();
            long current = live == null || live.getCurrentSpeaker() == null ? 0 : live.elapsedMs(now) / 1000;
            left = rules.totalMinutes() * 60L - spoken - current;
        }
        return new State(
                meetingId,
                item,
                live == null ? null : live.getCurrentSpeaker(),
                live == null ? 0 : live.getTimerAllottedSeconds() * 1000L,
                live == null ? 0 : live.elapsedMs(now),
                live != null && live.isRunning(),
                queue,
                left,
                now,
                m.getStatus());
    }

    /** The speakers still to be called on an item, in the order of the chamber. */
    public List<Speaker> waiting(long meetingId, AgendaItem item) {
        return line(meetingId, item).stream()
                .filter(Speaker::isWaitingToSpeak)
                .sorted(Comparator.comparingInt(Speaker::getCallOrder).thenComparingLong(Speaker::getSequence))
                .toList();
    }

    /**
     * The last place in the item's line, whoever holds it — waiting, spoken, skipped: a place given now (a walk-in, a
     * no-show called back) comes after it, so that no two speakers of an item share a number ("Speaker 3" on the
     * display is one person). Counting only those still waiting gave a walk-in added to an emptied line number 1 again.
     */
    private int lastInLine(long meetingId, AgendaItem item) {
        return line(meetingId, item).stream()
                .mapToInt(Speaker::getCallOrder)
                .max()
                .orElse(0);
    }

    /** Every sign-up and walk-in of the item, in no order. */
    private List<Speaker> line(long meetingId, AgendaItem item) {
        return em.createQuery("select s from Speaker s where s.meetingId = :m and s.item = :i", Speaker.class)
                .setParameter("m", meetingId)
                .setParameter("i", item)
                .getResultList();
    }

    /** Nothing but the role check: the console's API asks it first, so a stranger learns nothing from validation. */
    @RolesAllowed(Role.CLERK_NAME)
    public void requireClerk() {
        // the container checks the role
    }

    @RolesAllowed(Role.CLERK_NAME)
    public void showItem(long meetingId, long itemId) {
        MeetingLive live = lock(meetingId);
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || !item.getMeeting().getId().equals(meetingId)) {
            throw PodiumException.invalid("item", "item.notFound");
        }
        if (live.getCurrentItem() != null && live.getCurrentItem().getId().equals(itemId)) {
            return; // already the current item: the button pressed again, or Enter in a field, ends no one's turn
        }
        finishCurrent(live, Instant.now());
        live.showItem(item);
        done(live, "live.item", item.getNumber());
    }

    /** The current speaker is done (the real time used is recorded) and the next one is called; the timer starts. */
    @RolesAllowed(Role.CLERK_NAME)
    public void callNext(long meetingId) {
        MeetingLive live = lock(meetingId);
        Instant now = Instant.now();
        finishCurrent(live, now);
        callFirstWaiting(live, now);
        done(
                live,
                "live.next",
                live.getCurrentSpeaker() == null
                        ? "none"
                        : live.getCurrentSpeaker().getConfirmationNumber());
    }

    /** The called speaker is not there: back at the end of the line, until the call-backs are used up. */
    @RolesAllowed(Role.CLERK_NAME)
    public void noShow(long meetingId) {
        MeetingLive live = lock(meetingId);
        Speaker s = live.getCurrentSpeaker();
        if (s == null) {
            throw PodiumException.conflict(null, "live.noSpeaker");
        }
        int end = lastInLine(meetingId, live.getCurrentItem());
        s.noShow(speakers.rules(meetingId).callBacks(), end + 1);
        live.speaker(null, Instant.now());
        callFirstWaiting(live, Instant.now());
        done(live, "live.noShow", s.getConfirmationNumber());
    }

    /** A card from the chamber: the speaker joins the current item's line at the end. */
    @RolesAllowed(Role.CLERK_NAME)
    public Speaker walkIn(long meetingId, String name, SpeakingRules.Mode mode) {
        MeetingLive live = lock(meetingId);
        AgendaItem item = live.getCurrentItem();
        if (item == null) {
            throw PodiumException.conflict(null, "live.noItem");
        }
        String n = name == null || name.isBlank() ? null : name.strip();
        if (n != null && n.length() > 100) {
            throw PodiumException.invalid("name", "speaker.text.invalid", 100);
        }
        long sequence =
                em.createQuery("select coalesce(max(s.sequence), 0) from Speaker s where s.meetingId = :m", Long.class)
                                .setParameter("m", meetingId)
                                .getSingleResult()
                        + 1;
        int end = lastInLine(meetingId, item);
        SpeakingRules rules = speakers.rules(meetingId);
        Speaker s = Speaker.walkIn(
                item,
                sequence,
                n,
                mode == null ? SpeakingRules.Mode.IN_PERSON : mode,
                rules.secondsFor(1, false, 0),
                end + 1);
        em.persist(s);
        em.flush();
        s.assignConfirmationNumber(Instant.now());
        done(live, "live.walkIn", s.getConfirmationNumber());
        return s;
    }

    @RolesAllowed(Role.CLERK_NAME)
    public void skip(long meetingId, long speakerId) {
        MeetingLive live = lock(meetingId);
        Speaker s = speakerOf(meetingId, speakerId);
        s.skip();
        done(live, "live.skip", s.getConfirmationNumber());
    }

    /** Moves a waiting speaker one place up (-1) or down (+1) in the current item's line. */
    @RolesAllowed(Role.CLERK_NAME)
    public void move(long meetingId, long speakerId, int direction) {
        MeetingLive live = lock(meetingId);
        Speaker s = speakerOf(meetingId, speakerId);
        List<Speaker> line = new ArrayList<>(waiting(meetingId, s.getItem()));
        int i = line.indexOf(s);
        int j = i + (direction < 0 ? -1 : 1);
        if (i < 0 || j < 0 || j >= line.size()) {
            return;
        }
        line.set(i, line.get(j));
        line.set(j, s);
        for (int k = 0; k < line.size(); k++) {
            line.get(k).reorder(k + 1);
        }
        done(live, "live.move", s.getConfirmationNumber());
    }

    @RolesAllowed(Role.CLERK_NAME)
    public void pause(long meetingId) {
        MeetingLive live = lock(meetingId);
        live.pause(Instant.now());
        done(live, null, null);
    }

    @RolesAllowed(Role.CLERK_NAME)
    public void resume(long meetingId) {
        MeetingLive live = lock(meetingId);
        live.resume(Instant.now());
        done(live, null, null);
    }

    @RolesAllowed(Role.CLERK_NAME)
    public void addTime(long meetingId, int seconds) {
        if (seconds < -600 || seconds > 600) {
            throw PodiumException.invalid("seconds", "live.addTime.range");
        }
        MeetingLive live = lock(meetingId);
        live.addSeconds(seconds);
        done(live, null, null);
    }

    /**
     * The meeting adjourned or was cancelled: whoever was speaking has spoken (the time used is recorded), nobody is
     * at the lectern and no item is shown, so the displays stop counting. The caller holds the meeting.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public void end(long meetingId) {
        MeetingLive live = em.find(MeetingLive.class, meetingId);
        if (live == null) {
            return;
        }
        finishCurrent(live, Instant.now());
        live.showItem(null);
        done(live, "live.end", null);
    }

    private void finishCurrent(MeetingLive live, Instant now) {
        Speaker current = live.getCurrentSpeaker();
        if (current != null && current.getLive() == Speaker.Live.SPEAKING) {
            current.spoke((int) Math.round(live.elapsedMs(now) / 1000.0));
        }
        live.speaker(null, now);
    }

    private void callFirstWaiting(MeetingLive live, Instant now) {
        if (live.getCurrentItem() == null) {
            throw PodiumException.conflict(null, "live.noItem");
        }
        List<Speaker> line = waiting(live.getMeetingId(), live.getCurrentItem());
        if (!line.isEmpty()) {
            Speaker next = line.get(0);
            next.calledToSpeak();
            live.speaker(next, now);
        }
    }

    private Speaker speakerOf(long meetingId, long speakerId) {
        Speaker s = em.find(Speaker.class, speakerId);
        if (s == null || !s.getMeetingId().equals(meetingId)) {
            throw PodiumException.notFound("speaker.notFound");
        }
        return s;
    }

    private MeetingLive lock(long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw PodiumException.notFound("meeting.notFound");
        }
        MeetingLive live = em.find(MeetingLive.class, meetingId);
        if (live == null) {
            live = new MeetingLive(meetingId);
            em.persist(live);
        }
        return live;
    }

    private void done(MeetingLive live, String action, String details) {
        em.flush();
        if (action != null) {
            audit.record(action, "meeting", live.getMeetingId(), details);
        }
        changed.fire(new LiveChanged(live.getMeetingId()));
    }
}
