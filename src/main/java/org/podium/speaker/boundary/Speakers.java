package org.podium.speaker.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.podium.account.control.Tokens;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.comment.entity.Position;
import org.podium.comment.entity.TrackingNumber;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.Meeting;
import org.podium.meeting.entity.MeetingStatus;
import org.podium.platform.Bundles;
import org.podium.platform.Hashes;
import org.podium.platform.Identities;
import org.podium.platform.Mail;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;
import org.podium.speaker.control.Allocation;
import org.podium.speaker.entity.MeetingRules;
import org.podium.speaker.entity.Speaker;
import org.podium.speaker.entity.SpeakingRules;

/**
 * Sign-ups to speak under the meeting's rules. Every change to a meeting's sign-ups takes the meeting's row lock, so
 * that sign-ups arriving in the same second are numbered one after the other (the sequence, never the clock) and the
 * statuses are recomputed from the rules with nobody in between: exactly as many places as the rules give, never a
 * place twice. A withdrawal promotes the first on the waitlist who fits, and tells them by e-mail.
 */
@Stateless
@PermitAll
public class Speakers {

    /** Without rules set by a clerk: first come, 3 minutes each, 20 per item, sign-up open until the meeting starts. */
    public static final SpeakingRules DEFAULT = new SpeakingRules(
            null,
            null,
            null,
            null,
            20,
            null,
            null,
            180,
            null,
            null,
            1.0,
            null,
            null,
            SpeakingRules.Order.FIRST_COME,
            null,
            null,
            false,
            1);

    public static final int GROUP_MAX = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public record Receipt(Speaker speaker, String authorKey) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Mail> mails;

    @Inject
    AuditTrail audit;

    @Inject
    PodiumConfig config;

    @Inject
    SecurityContext security;

    /** The rules of a meeting: the clerk's, else the default. */
    public SpeakingRules rules(long meetingId) {
        MeetingRules r = em.find(MeetingRules.class, meetingId);
        return r == null ? DEFAULT : r.rules();
    }

    public Optional<MeetingRules> stored(long meetingId) {
        return Optional.ofNullable(em.find(MeetingRules.class, meetingId));
    }

    /** The stored rules, for clerks (their page and API). */
    @RolesAllowed(Role.CLERK_NAME)
    public Optional<MeetingRules> storedForClerks(long meetingId) {
        if (em.find(Meeting.class, meetingId) == null) {
            throw PodiumException.notFound("meeting.notFound");
        }
        return stored(meetingId);
    }

    /** How long the link that confirms a sign-up's address works. */
    static final Duration CONFIRM_WITHIN = Duration.ofHours(24);
    /** Unconfirmed sign-ups one network may have on one item at once (a household, not a crowd of made-up names). */
    static final int PENDING_PER_NETWORK = 3;

    /**
     * A resident signs up to speak on an item of a published agenda while sign-up is open. The sign-up holds a place
     * (or a place in the waiting list) only once its e-mail address is confirmed: at once for a signed-in account whose
     * own confirmed address it is, else through the link of the mail, within {@link #CONFIRM_WITHIN}. Until then it
     * holds nothing, so that made-up addresses cannot take the places of residents; a network may have at most
     * {@value #PENDING_PER_NETWORK} of them on an item at once.
     */
    public Receipt signUp(long itemId, SpeakerInput in, Locale locale, String baseUrl) {
        return signUp(itemId, in, locale, baseUrl, null);
    }

    /** The same, from a client network address (the limit on unconfirmed sign-ups counts by its network). */
    public Receipt signUp(long itemId, SpeakerInput in, Locale locale, String baseUrl, String clientAddress) {
        if (in == null) {
            throw PodiumException.invalid(null, "problem.bodyRequired");
        }
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || !item.getMeeting().isPublished()) {
            throw PodiumException.notFound("item.notFound");
        }
        Meeting meeting = em.find(Meeting.class, item.getMeeting().getId(), LockModeType.PESSIMISTIC_WRITE);
        SpeakingRules rules = rules(meeting.getId());
        Instant now = Instant.now();
        checkOpen(
                meeting,
                rules,
                now,
                stored(meeting.getId()).map(MeetingRules::getDrawSeed).orElse(null));
        String email = in.email() == null ? "" : in.email().strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw PodiumException.invalid("email", "speaker.email.required");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw PodiumException.invalid("email", "account.email.invalid");
        }
        SpeakingRules.Mode mode = value(SpeakingRules.Mode.class, "mode", in.mode(), true);
        Position position = value(Position.class, "position", in.position(), false);
        String name = text("name", in.name(), 100);
        String interpreter = text("interpreterLanguage", in.interpreterLanguage(), 40);
        String group = text("groupName", in.groupName(), 120);
        List<String> members = new ArrayList<>();
        for (String m : in.groupMembers() == null ? List.<String>of() : in.groupMembers()) {
            String member = text("groupMembers", m, 100);
            if (member != null) {
                members.add(member);
            }
        }
        if (members.size() > GROUP_MAX) {
            throw PodiumException.invalid("groupMembers", "speaker.group.tooMany", GROUP_MAX);
        }
        long already = em.createQuery(
                        "select count(s) from Speaker s where s.item = :i and s.activeEmail = :e", Long.class)
                .setParameter("i", item)
                .setParameter("e", Identities.mailbox(email))
                .getSingleResult();
        if (already > 0) {
            throw PodiumException.conflict("email", "speaker.duplicate");
        }
        Long owner = accountWithAddress(email);
        String network = Identities.network(clientAddress);
        if (owner == null && network != null) {
            long pending = em.createQuery(
                            "select count(s) from Speaker s where s.item = :i and s.clientNetwork = :n"
                                    + " and s.status = :u",
                            Long.class)
                    .setParameter("i", item)
                    .setParameter("n", network)
                    .setParameter("u", Speaker.Status.UNCONFIRMED)
                    .getSingleResult();
            if (pending >= PENDING_PER_NETWORK) {
                throw PodiumException.tooMany(3600, "speaker.pending.tooMany", PENDING_PER_NETWORK);
            }
        }
        String key = Tokens.newToken();
        Locale lang = Bundles.supported(locale);
        Speaker s = new Speaker(
                item,
                nextSequence(meeting),
                name,
                Boolean.TRUE.equals(in.nameWithheld()),
                email,
                mode,
                position,
                interpreter,
                group,
                members,
                Boolean.TRUE.equals(in.resident()),
                Hashes.sha256(key),
                lang);
        s.madeBy(owner);
        String confirmToken = null;
        if (owner == null) {
            confirmToken = Tokens.newToken();
            s.awaitConfirmation(Hashes.sha256(confirmToken), network);
        } else {
            s.emailConfirmed(now, s.getSequence(), network);
        }
        em.persist(s);
        em.flush();
        s.assignConfirmationNumber(now);
        recompute(meeting, rules, s);
        String link = baseUrl + "/speaker.xhtml?c=" + s.getConfirmationNumber() + "&k=" + key;
        String body = Bundles.message(
                lang,
                "mail.speaker.body",
                s.getConfirmationNumber(),
                item.getNumber() + " " + item.getTitle(),
                meeting.getTitle(),
                statusText(s, lang),
                Bundles.link(lang, link),
                dateTime(meeting.getStartsAt(), lang),
                meeting.getLocation(),
                remotePart(s, meeting, lang));
        if (confirmToken != null) {
            body = Bundles.message(
                            lang,
                            "mail.speaker.confirm",
                            Bundles.link(lang, link + "&confirm=" + confirmToken),
                            CONFIRM_WITHIN.toHours())
                    + body;
        }
        mails.fire(new Mail(email, Bundles.message(lang, "mail.speaker.subject", s.getConfirmationNumber()), body));
        return new Receipt(s, key);
    }

    private long nextSequence(Meeting meeting) {
        return em.createQuery("select coalesce(max(s.sequence), 0) from Speaker s where s.meetingId = :m", Long.class)
                        .setParameter("m", meeting.getId())
                        .getSingleResult()
                + 1;
    }

    /**
     * The person confirms the address of a sign-up with the token of its mail (opening the link changes nothing; a
     * mail scanner may follow it): the sign-up joins the line now, and the rules give it a place or a place in the
     * waiting list. Confirming again changes nothing. Refused once the link is older than {@link #CONFIRM_WITHIN} or
     * sign-up has closed.
     */
    public Speaker confirm(String confirmationNumber, String token) {
        Speaker s = TrackingNumber.parse(Speaker.PREFIX, confirmationNumber)
                .flatMap(c -> em.createQuery("select s from Speaker s where s.confirmationNumber = :c", Speaker.class)
                        .setParameter("c", c)
                        .getResultStream()
                        .findFirst())
                .orElseThrow(() -> PodiumException.notFound("speaker.notFound"));
        Meeting meeting = em.find(Meeting.class, s.getMeetingId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(s);
        if (s.isEmailConfirmed()) {
            return s;
        }
        if (s.getConfirmTokenHash() == null || !Tokens.matches(s.getConfirmTokenHash(), token)) {
            throw PodiumException.forbidden("speaker.confirm.invalid");
        }
        if (!s.isActive()) {
            throw PodiumException.conflict(null, "speaker.withdrawn");
        }
        Instant now = Instant.now();
        if (s.getCreatedAt().plus(CONFIRM_WITHIN).isBefore(now)) {
            throw PodiumException.conflict(null, "speaker.confirm.expired");
        }
        SpeakingRules rules = rules(meeting.getId());
        checkOpen(
                meeting,
                rules,
                now,
                stored(meeting.getId()).map(MeetingRules::getDrawSeed).orElse(null));
        s.emailConfirmed(now, nextSequence(meeting), null);
        recompute(meeting, rules, s);
        return s;
    }

    /** The person withdraws (the key of the confirmation mail): the first on the waitlist who fits is promoted. */
    public Speaker withdraw(String confirmationNumber, String key) {
        Speaker s = own(confirmationNumber, key);
        Meeting meeting = em.find(Meeting.class, s.getMeetingId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(s);
        if (!s.isActive()) {
            throw PodiumException.conflict(null, "speaker.withdrawn");
        }
        s.withdraw(Instant.now());
        recompute(meeting, rules(meeting.getId()), null);
        return s;
    }

    /**
     * A resident deleted their account: their sign-ups for meetings still to come are withdrawn (the next in line moves
     * up); every sign-up of the account loses its address, its link to the account and its name — the name except for
     * the sign-ups in {@code keepName} (in a record whose hash holds the name). Returns how many were theirs.
     */
    public int eraseAccount(long accountId, Set<Long> keepName) {
        Instant now = Instant.now();
        List<Speaker> theirs = em.createQuery("select s from Speaker s where s.accountId = :a", Speaker.class)
                .setParameter("a", accountId)
                .getResultList();
        for (Speaker s : theirs) {
            if (s.isActive() && s.getItem().getMeeting().getStartsAt().isAfter(now)) {
                Meeting meeting = em.find(Meeting.class, s.getMeetingId(), LockModeType.PESSIMISTIC_WRITE);
                em.refresh(s);
                if (s.isActive()) {
                    s.withdraw(now);
                    recompute(meeting, rules(meeting.getId()), null);
                }
            }
        }
        em.flush();
        var names = em.createQuery("update Speaker s set s.displayName = null, s.nameWithheld = true where"
                        + " s.accountId = :a" + (keepName.isEmpty() ? "" : " and s.id not in :keep"))
                .setParameter("a", accountId);
        if (!keepName.isEmpty()) {
            names.setParameter("keep", keepName);
        }
        names.executeUpdate();
        em.createQuery("update Speaker s set s.email = null, s.activeEmail = null, s.confirmTokenHash = null,"
                        + " s.clientNetwork = null, s.accountId = null where s.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        return theirs.size();
    }

    /** The retention schedule: a meeting's sign-ups lose their addresses and networks. Returns how many held some. */
    public int purgeContact(long meetingId) {
        return em.createQuery("update Speaker s set s.email = null, s.activeEmail = null, s.confirmTokenHash = null,"
                        + " s.clientNetwork = null where s.meetingId = :m and (s.email is not null or s.activeEmail is not null"
                        + " or s.clientNetwork is not null)")
                .setParameter("m", meetingId)
                .executeUpdate();
    }

    /** The ids of an account's sign-ups. */
    public List<Long> idsBy(long accountId) {
        return em.createQuery("select s.id from Speaker s where s.accountId = :a", Long.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    /** Every sign-up an account made (for the owner's copy of their data). */
    public List<Speaker> byAccount(long accountId) {
        return em.createQuery("select s from Speaker s where s.accountId = :a order by s.id", Speaker.class)
                .setParameter("a", accountId)
                .setMaxResults(10_000)
                .getResultList();
    }

    /** A sign-up, for the person holding its key. */
    public Speaker own(String confirmationNumber, String key) {
        Speaker s = TrackingNumber.parse(Speaker.PREFIX, confirmationNumber)
                .flatMap(c -> em.createQuery("select s from Speaker s where s.confirmationNumber = :c", Speaker.class)
                        .setParameter("c", c)
                        .getResultStream()
                        .findFirst())
                .orElseThrow(() -> PodiumException.notFound("speaker.notFound"));
        Long me = callerId();
        boolean signedInOwner = me != null && me.equals(s.getAccountId());
        if (!signedInOwner && !Tokens.matches(s.getAuthorKeyHash(), key)) {
            throw PodiumException.forbidden("speaker.notYours");
        }
        return s;
    }

    /** Whether residents may sign up on this item now (a published agenda, within the meeting's window). */
    public boolean isOpen(AgendaItem item, Instant now) {
        Meeting m = item.getMeeting();
        if (!m.isPublished() || m.getStatus() == MeetingStatus.CANCELLED || m.getStatus() == MeetingStatus.ADJOURNED) {
            return false;
        }
        Optional<MeetingRules> stored = stored(m.getId());
        return stored.map(MeetingRules::getDrawSeed).isEmpty()
                && rules(m.getId()).isOpen(m.getStartsAt(), now);
    }

    /** The public speaker list of a published meeting: active sign-ups by item, place first, then the waitlist. */
    public List<Speaker> publicList(long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null || !m.isPublished()) {
            throw PodiumException.notFound("meeting.notFound");
        }
        return em.createQuery(
                        "select s from Speaker s join s.item i where s.meetingId = :m and s.status <> :w"
                                + " and s.status <> :u order by i.sortOrder, s.status, s.place, s.sequence",
                        Speaker.class)
                .setParameter("m", meetingId)
                .setParameter("w", Speaker.Status.WITHDRAWN)
                .setParameter("u", Speaker.Status.UNCONFIRMED)
                .getResultList();
    }

    /** The speakers of a meeting's record: those who came to the chamber or held a place, by item and sign-up. */
    public List<Speaker> forRecord(long meetingId) {
        return em.createQuery(
                        "select s from Speaker s join fetch s.item i where s.meetingId = :m and"
                                + " (s.live is not null or s.status = :confirmed) order by i.sortOrder, s.sequence",
                        Speaker.class)
                .setParameter("m", meetingId)
                .setParameter("confirmed", Speaker.Status.CONFIRMED)
                .getResultList();
    }

    /** How many of an item's sign-ups hold a place, wait, and have spoken. */
    public record Counts(long confirmed, long waitlisted, long spoke) {}

    public Counts counts(long itemId) {
        long confirmed = 0;
        long waitlisted = 0;
        long spoke = 0;
        for (Object[] r : em.createQuery(
                        "select s.status, s.live, count(s) from Speaker s where s.item.id = :i group by s.status, s.live",
                        Object[].class)
                .setParameter("i", itemId)
                .getResultList()) {
            long n = ((Number) r[2]).longValue();
            confirmed += r[0] == Speaker.Status.CONFIRMED ? n : 0;
            waitlisted += r[0] == Speaker.Status.WAITLISTED ? n : 0;
            spoke += r[1] == Speaker.Live.SPOKE ? n : 0;
        }
        return new Counts(confirmed, waitlisted, spoke);
    }

    /** Every sign-up of a meeting, withdrawn ones included, by item and place: the clerks' list. */
    @RolesAllowed(Role.CLERK_NAME)
    public List<Speaker> allForClerks(long meetingId) {
        return em.createQuery(
                        "select s from Speaker s join s.item i where s.meetingId = :m"
                                + " order by i.sortOrder, s.status, s.place, s.sequence",
                        Speaker.class)
                .setParameter("m", meetingId)
                .getResultList();
    }

    /** A clerk sets a meeting's rules (a preset, or any values); the sign-ups are recomputed at once. */
    @RolesAllowed(Role.CLERK_NAME)
    public MeetingRules configure(long meetingId, String preset, SpeakingRules rules) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw PodiumException.notFound("meeting.notFound");
        }
        MeetingRules stored = em.find(MeetingRules.class, meetingId);
        if (stored == null) {
            stored = new MeetingRules(meetingId, preset, rules);
            em.persist(stored);
        } else {
            stored.set(preset, rules);
        }
        em.flush();
        audit.record("speakers.rules", "meeting", meetingId, preset == null ? "custom" : preset);
        recompute(meeting, rules, null);
        return stored;
    }

    /**
     * A clerk holds the draw once sign-up has closed: a random seed is recorded and published with the result, so
     * that anyone can re-run it (SHA-256 of "seed:confirmation number", lowest first).
     */
    @RolesAllowed(Role.CLERK_NAME)
    public MeetingRules draw(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw PodiumException.notFound("meeting.notFound");
        }
        MeetingRules stored = em.find(MeetingRules.class, meetingId);
        if (stored == null || stored.rules().order() != SpeakingRules.Order.DRAW) {
            throw PodiumException.conflict(null, "speaker.draw.notADraw");
        }
        if (stored.getDrawSeed() != null) {
            throw PodiumException.conflict(null, "speaker.draw.held");
        }
        Instant now = Instant.now();
        if (now.isBefore(stored.rules().closes(meeting.getStartsAt()))) {
            throw PodiumException.conflict(null, "speaker.draw.open");
        }
        byte[] seed = new byte[16];
        RANDOM.nextBytes(seed);
        stored.drawn(HexFormat.of().formatHex(seed), now);
        em.flush();
        audit.record("speakers.draw", "meeting", meetingId, stored.getDrawSeed());
        recompute(meeting, stored.rules(), null);
        return stored;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Statuses from the rules, for every active sign-up of the meeting; whoever this moved from the waitlist to a place
     * (other than {@code fresh}, the sign-up being made) is told by e-mail.
     */
    private void recompute(Meeting meeting, SpeakingRules rules, Speaker fresh) {
        // walk-ins are the clerk's, outside the rules
        // only sign-ups whose address is confirmed take part: an unconfirmed one holds nothing
        List<Speaker> active = em.createQuery(
                        "select s from Speaker s where s.meetingId = :m and s.status <> :w"
                                + " and s.status <> :u and s.walkIn = false order by s.sequence",
                        Speaker.class)
                .setParameter("m", meeting.getId())
                .setParameter("w", Speaker.Status.WITHDRAWN)
                .setParameter("u", Speaker.Status.UNCONFIRMED)
                .getResultList();
        String seed = stored(meeting.getId()).map(MeetingRules::getDrawSeed).orElse(null);
        Map<String, Allocation.Outcome> outcomes =
                Allocation.allocate(active.stream().map(Allocation.SignUp::of).toList(), rules, seed);
        for (Speaker s : active) {
            Allocation.Outcome o = outcomes.get(s.getConfirmationNumber());
            boolean promoted = s.allocated(Speaker.Status.valueOf(o.status().name()), o.position(), o.seconds());
            if (promoted && s != fresh) {
                Locale lang = s.getLanguage();
                mails.fire(new Mail(
                        s.getEmail(),
                        Bundles.message(lang, "mail.speaker.promoted.subject", s.getConfirmationNumber()),
                        Bundles.message(
                                lang,
                                "mail.speaker.promoted.body",
                                s.getConfirmationNumber(),
                                s.getItem().getNumber() + " " + s.getItem().getTitle(),
                                meeting.getTitle(),
                                statusText(s, lang),
                                dateTime(meeting.getStartsAt(), lang),
                                meeting.getLocation(),
                                remotePart(s, meeting, lang))));
            }
        }
        em.flush();
    }

    /** The signed-in account's sign-ups, newest first (its "My account"). */
    public List<Speaker> mine() {
        Long me = callerId();
        if (me == null) {
            return List.of();
        }
        return em.createQuery("select s from Speaker s where s.accountId = :me order by s.id desc", Speaker.class)
                .setParameter("me", me)
                .setMaxResults(500)
                .getResultList();
    }

    /** The signed-in account, when the address typed is its own confirmed one (a kiosk's or a clerk's is not). */
    private Long accountWithAddress(String email) {
        Long me = callerId();
        if (me == null) {
            return null;
        }
        Account a = em.find(Account.class, me);
        return a != null && a.isEmailVerified() && a.getEmail().equals(email) ? me : null;
    }

    private Long callerId() {
        var p = security.getCallerPrincipal();
        if (p == null) {
            return null;
        }
        try {
            return Long.valueOf(p.getName());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A meeting's time as the pages show it: the reader's language, the council's time zone. */
    private String dateTime(Instant at, Locale lang) {
        return DateTimeFormatter.ofPattern(Bundles.message(lang, "format.datetime"), lang)
                .format(at.atZone(config.zone()));
    }

    /** For a remote speaker, how to join (the meeting's instructions); nothing for others. */
    private static String remotePart(Speaker s, Meeting meeting, Locale lang) {
        String how = meeting.getRemoteInstructions();
        return s.getMode() == SpeakingRules.Mode.REMOTE && how != null && !how.isBlank()
                ? Bundles.message(lang, "mail.speaker.remote", how.strip())
                : "";
    }

    /** "confirmed, number 4", "waitlisted, number 2", "in the draw" in the person's language. */
    public static String statusText(Speaker s, Locale lang) {
        return Bundles.message(lang, "speaker.status." + s.getStatus(), s.getPlace());
    }

    private void checkOpen(Meeting meeting, SpeakingRules rules, Instant now, String seed) {
        if (meeting.getStatus() == MeetingStatus.CANCELLED || meeting.getStatus() == MeetingStatus.ADJOURNED) {
            throw PodiumException.conflict(null, "speaker.window.closed");
        }
        if (now.isBefore(rules.opens(meeting.getStartsAt()))) {
            throw PodiumException.conflict(null, "speaker.window.notYetOpen");
        }
        if (!now.isBefore(rules.closes(meeting.getStartsAt())) || seed != null) {
            throw PodiumException.conflict(null, "speaker.window.closed");
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max || v.chars().anyMatch(ch -> ch < 0x20)) {
            throw PodiumException.invalid(field, "speaker.text.invalid", max);
        }
        return v;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw PodiumException.invalid(field, "speaker." + field + ".required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw PodiumException.invalid(field, "speaker." + field + ".required");
        }
    }
}
