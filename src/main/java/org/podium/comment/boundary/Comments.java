package org.podium.comment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podium.account.control.Tokens;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.comment.control.AttachmentPolicy;
import org.podium.comment.control.FileStore;
import org.podium.comment.control.PreScreen;
import org.podium.comment.control.SubmissionLimits;
import org.podium.comment.entity.Attachment;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentDecision;
import org.podium.comment.entity.CommentReport;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Position;
import org.podium.comment.entity.Span;
import org.podium.comment.entity.TrackingNumber;
import org.podium.council.boundary.PostingPolicy;
import org.podium.council.boundary.Settings;
import org.podium.council.entity.CouncilSettings;
import org.podium.council.entity.ModerationReason;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.CommentWindow;
import org.podium.platform.Api;
import org.podium.platform.Bundles;
import org.podium.platform.Hashes;
import org.podium.platform.Identities;
import org.podium.platform.Mail;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/**
 * Written comments: filing (web form and API), clerk intake of the other channels, the tracking page, the author's
 * withdrawal and confirmation, and the published list. A receipt is returned only after the comment is stored; the
 * same idempotency key never stores a second comment (the UNIQUE constraint decides, not a prior lookup).
 */
@Stateless
@PermitAll
public class Comments {

    public record Page(List<Comment> items, int page, int size, long total) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    PodiumConfig config;

    @Inject
    SubmissionLimits limits;

    @Inject
    Event<Mail> mails;

    @Inject
    AuditTrail audit;

    @Inject
    FileStore files;

    @Inject
    Settings settings;

    @Inject
    PostingPolicy policy;

    @Inject
    Event<CommentWritten> written;

    /**
     * A resident's comment, from the web form or the API. Signed-in residents comment with their verified address;
     * guests give one, and the comment is stored at once, unverified, with a link to confirm it in the receipt mail.
     */
    public Receipt submit(
            long itemId,
            @NotNull @Valid CommentInput input,
            Channel channel,
            String idempotencyKey,
            String clientAddress,
            Locale locale,
            String baseUrl) {
        return submit(itemId, input, List.of(), channel, idempotencyKey, clientAddress, locale, baseUrl);
    }

    /** The same, with files (PDF, PNG, JPEG): all of them are checked before anything is stored. */
    public Receipt submit(
            long itemId,
            @NotNull @Valid CommentInput input,
            List<AttachmentPolicy.Upload> files,
            Channel channel,
            String idempotencyKey,
            String clientAddress,
            Locale locale,
            String baseUrl) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw PodiumException.invalid("Idempotency-Key", "comment.idempotency.size");
        }
        String body = fingerprint(input, files);
        if (key != null) {
            Optional<Comment> replay = byIdempotencyKey(key);
            if (replay.isPresent()) {
                return replay(replay.get(), body);
            }
        }
        AgendaItem item = publishedItem(itemId);
        Instant now = Instant.now();
        CouncilSettings rules = settings.current();
        boolean late = checkWindow(item.commentWindow(now), rules, Bundles.supported(locale));
        String text = checkText(input.getText(), rules);
        checkFiles(files, false);
        Account author = currentAccount().orElse(null);
        String email = author != null ? author.getEmail() : input.getEmail();
        String name =
                author != null && (input.getName() == null || input.getName().isBlank())
                        ? author.getDisplayName()
                        : input.getName();
        String sender = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        limits.check(sender, clientAddress);

        Comment c = new Comment(
                item, channel, input.position(), text, name, input.isNameWithheld(), email, input.getWard(), now, late);
        String authorKey = Tokens.newToken();
        c.submittedBy(author, Hashes.sha256(authorKey), key, clientAddress);
        String emailToken = emailToken(c);
        c.idempotentBody(key == null ? null : body);
        c.writtenIn(Bundles.supported(locale));
        // counted by the database up to the limit only (the index on address and time, at most that many entries, one
        // number back): a flood from one address must not make each of its comments slower to count, and a high limit
        // must not bring thousands of rows to Java for each comment (it did: 64 % of the API's CPU in a benchmark)
        int burstLimit = config.burstPerTenMinutes();
        boolean burst = clientAddress != null
                && ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM comment"
                                                + " WHERE client_address = ? AND received_at > ? LIMIT ?) recent")
                                        .setParameter(1, clientAddress)
                                        .setParameter(2, Timestamp.from(now.minusSeconds(600)))
                                        .setParameter(3, burstLimit)
                                        .getSingleResult())
                                .intValue()
                        >= burstLimit;
        screen(c, sender, burst);
        store(c, key);
        written.fire(new CommentWritten(c));
        limits.count(sender, clientAddress);
        if (rules.isAutoPublish()) {
            c.autoPublish(now);
        }
        storeFiles(c, files);
        sendReceipt(c, authorKey, emailToken, Bundles.supported(locale), baseUrl);
        return new Receipt(c.getTrackingNumber(), c.getStatus(), true, authorKey);
    }

    /** A clerk enters a comment that came by e-mail, letter, voicemail or an in-chamber card. */
    @RolesAllowed(Role.CLERK_NAME)
    public Receipt enter(long itemId, @NotNull @Valid IntakeInput input, Locale locale, String baseUrl) {
        return enter(itemId, input, locale, baseUrl, null);
    }

    /**
     * The same, once per key: a row of a CSV import carries a key made from its content, so importing the same file
     * again adds nothing (the receipt says created=false).
     */
    @RolesAllowed(Role.CLERK_NAME)
    public Receipt enter(
            long itemId, @NotNull @Valid IntakeInput input, Locale locale, String baseUrl, String idempotencyKey) {
        return enter(itemId, input, input.uploads(), locale, baseUrl, idempotencyKey);
    }

    /** The same with the files given directly (the clerk's intake page uploads them). */
    @RolesAllowed(Role.CLERK_NAME)
    public Receipt enter(
            long itemId,
            @NotNull @Valid IntakeInput input,
            List<AttachmentPolicy.Upload> files,
            Locale locale,
            String baseUrl,
            String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<Comment> earlier = byIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return new Receipt(
                        earlier.get().getTrackingNumber(), earlier.get().getStatus(), false, null);
            }
        }
        Channel channel = input.channel();
        if (channel == null || !channel.isClerkEntered()) {
            throw PodiumException.invalid("channel", "comment.channel.invalid");
        }
        Instant receivedAt = input.getReceivedAt();
        if (receivedAt.isAfter(Instant.now().plusSeconds(60))) {
            throw PodiumException.invalid("receivedAt", "comment.receivedAt.future");
        }
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null) {
            throw PodiumException.notFound("item.notFound");
        }
        String text = checkText(input.getText(), settings.current());
        checkFiles(files, true);
        Comment c = new Comment(
                item,
                channel,
                input.position(),
                text,
                input.getName(),
                input.isNameWithheld(),
                input.getEmail(),
                input.getWard(),
                receivedAt,
                false);
        String authorKey = Tokens.newToken();
        c.submittedBy(null, Hashes.sha256(authorKey), idempotencyKey, null);
        String emailToken = emailToken(c);
        c.writtenIn(Bundles.supported(locale));
        screen(c, c.getEmail(), false);
        store(c, idempotencyKey);
        written.fire(new CommentWritten(c));
        if (settings.current().isAutoPublish()) {
            c.autoPublish(Instant.now());
        }
        storeFiles(c, files);
        audit.record("comment.intake", "comment", c.getId(), channel + " " + c.getTrackingNumber());
        if (c.getEmail() != null) {
            sendReceipt(c, authorKey, emailToken, Bundles.supported(locale), baseUrl);
        }
        return new Receipt(c.getTrackingNumber(), c.getStatus(), true, null);
    }

    /** The pre-screen: flags and suggested redactions for the clerk (it never decides). */
    private void screen(Comment c, String sender, boolean burst) {
        PreScreen.Result r = SCREEN.screen(c.getBody(), sender, burst);
        c.screened(r.flagCodes(), Span.format(r.suggested()));
    }

    private static final PreScreen SCREEN = PreScreen.standard();

    /**
     * Inserts the comment and gives it its tracking number. With an idempotency key, the UNIQUE constraint decides
     * whether this is the first: a second one is {@link DuplicateSubmission}, and the caller answers with the first.
     */
    private void store(Comment c, String idempotencyKey) {
        try {
            em.persist(c);
            em.flush();
        } catch (PersistenceException e) {
            if (idempotencyKey != null) {
                throw new DuplicateSubmission();
            }
            throw e;
        }
        c.assignTrackingNumber();
    }

    /**
     * The receipt of a submission sent again with its key: the same one, or 422 when the key was first used for other
     * content (a key names one submission; it is not a way to read another's receipt).
     */
    static Receipt replay(Comment first, String body) {
        if (first.getIdempotentBody() != null && !first.getIdempotentBody().equals(body)) {
            throw new PodiumException(422, "Idempotency-Key", "comment.idempotency.reused");
        }
        return new Receipt(first.getTrackingNumber(), first.getStatus(), false, null);
    }

    /** The receipt of the submission that won a race for the same key (see {@link #replay}). */
    public Receipt replayed(String key, CommentInput input) {
        return replay(byIdempotencyKey(key).orElseThrow(), fingerprint(input, List.of()));
    }

    /**
     * The key an API client's Idempotency-Key is stored as: its own to the caller (the account, else the network
     * address) and to the item, so that nobody can use another's key, nor one key for two items.
     */
    public static String scopedKey(String key, String caller, long itemId) {
        return key == null ? null : "api:" + Hashes.sha256(caller + "\n" + itemId + "\n" + key);
    }

    /** What a submission says (its fields and its files' names and sizes), hashed: the same content, the same hash. */
    static String fingerprint(CommentInput in, List<AttachmentPolicy.Upload> files) {
        StringBuilder b = new StringBuilder();
        for (Object f : new Object[] {
            in.getPosition(), in.getText(), in.getName(), in.isNameWithheld(), in.getEmail(), in.getWard()
        }) {
            b.append(f).append('\u0000');
        }
        for (AttachmentPolicy.Upload u : files) {
            b.append(u.fileName()).append('/').append(u.content().length).append('\u0000');
        }
        return Hashes.sha256(b.toString());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Comment> byIdempotencyKey(String key) {
        return em.createQuery("select c from Comment c where c.idempotencyKey = :k", Comment.class)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    /** The comment of a tracking number, for anyone who has it; what they may see is decided by {@link #canRead}. */
    public Optional<Comment> byTrackingNumber(String trackingNumber) {
        return TrackingNumber.parse(trackingNumber)
                .flatMap(t -> em.createQuery("select c from Comment c where c.trackingNumber = :t", Comment.class)
                        .setParameter("t", t)
                        .getResultStream()
                        .findFirst());
    }

    /** The author (signed in, or holding the key of the receipt mail) and staff see the text; others the status. */
    public boolean canRead(Comment c, String authorKey) {
        if (security.isCallerInRole(Role.CLERK_NAME)
                || security.isCallerInRole(Role.ADMIN_NAME)
                || security.isCallerInRole(Role.COUNCIL_NAME)) {
            return true;
        }
        return isAuthor(c, authorKey);
    }

    /** Clerks and administrators see the moderation details: flags, suggested spans, reports, the decisions. */
    public boolean isModerator() {
        return security.isCallerInRole(Role.CLERK_NAME) || security.isCallerInRole(Role.ADMIN_NAME);
    }

    public boolean isAuthor(Comment c, String authorKey) {
        Optional<Account> me = currentAccount();
        if (me.isPresent() && ownedBy(c, me.get())) {
            return true;
        }
        return Tokens.matches(c.getAuthorKeyHash(), authorKey);
    }

    /**
     * Filed while signed in to the account. (Not "from the account's address": a comment's address can be confirmed
     * without its mailbox on the guest's receipt page, and an account with someone's address would then read their
     * unpublished comments. A guest's comments stay reachable with the key of their receipt.)
     */
    private static boolean ownedBy(Comment c, Account a) {
        return c.getAuthor() != null && a.getId().equals(c.getAuthor().getId());
    }

    /** The signed-in resident's comments, newest first ("My account"): those filed while signed in. */
    public List<Comment> mine() {
        Optional<Account> me = currentAccount();
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from Comment c where c.author = :a order by c.receivedAt desc, c.id desc",
                        Comment.class)
                .setParameter("a", me.get())
                .setMaxResults(500)
                .getResultList();
    }

    /**
     * A resident deleted their account: what their comments hold of them goes. The address mail went to, the ward, the
     * address they wrote from and the name are erased from every comment — the name except from the comments in
     * {@code keepName} (in a record whose hash holds the name: docs/privacy.md); the comment no longer belongs to the
     * account. The texts stay, as the posting policy says. Their reports keep counting, without the network they came
     * from. Returns how many comments were theirs.
     */
    public int eraseAuthor(long accountId, Set<Long> keepName) {
        em.createQuery("update Comment c set c.email = null, c.ward = null, c.clientAddress = null"
                        + " where c.author.id = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        var names = em.createQuery("update Comment c set c.displayName = null, c.nameWithheld = true where"
                        + " c.author.id = :a" + (keepName.isEmpty() ? "" : " and c.id not in :keep"))
                .setParameter("a", accountId);
        if (!keepName.isEmpty()) {
            names.setParameter("keep", keepName);
        }
        names.executeUpdate();
        em.createQuery("update CommentReport r set r.network = null where r.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        return em.createQuery("update Comment c set c.author = null where c.author.id = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    /**
     * The retention schedule: the personal data of a meeting's comments that was never published — the e-mail address,
     * the ward, the network address — is erased, and the network of the reports on them. Names and words stay as the
     * record published them. Returns how many comments held some.
     */
    public int purgeUnpublished(long meetingId) {
        em.createQuery("update CommentReport r set r.network = null where r.comment.meetingId = :m")
                .setParameter("m", meetingId)
                .executeUpdate();
        return em.createQuery(
                        "update Comment c set c.email = null, c.ward = null, c.clientAddress = null"
                                + " where c.meetingId = :m and (c.email is not null or c.ward is not null or c.clientAddress is not null)")
                .setParameter("m", meetingId)
                .executeUpdate();
    }

    /** The ids of an account's comments that are in a finalized record. */
    public List<Long> recordedIdsBy(long accountId) {
        return em.createQuery(
                        "select c.id from Comment c where c.author.id = :a and c.recordedAt is not null", Long.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    /** Reports made by an account, newest first (for the owner's copy of their data). */
    public List<CommentReport> reportsBy(long accountId) {
        return em.createQuery(
                        "select r from CommentReport r where r.accountId = :a order by r.reportedAt desc",
                        CommentReport.class)
                .setParameter("a", accountId)
                .setMaxResults(10_000)
                .getResultList();
    }

    /** Every comment an account filed, oldest first (for the owner's copy of their data). */
    public List<Comment> byAuthor(long accountId) {
        return em.createQuery(
                        "select c from Comment c where c.author.id = :a order by c.receivedAt, c.id", Comment.class)
                .setParameter("a", accountId)
                .setMaxResults(10_000)
                .getResultList();
    }

    /** The author withdraws, until the window closes. */
    public Comment withdraw(String trackingNumber, String authorKey) {
        Comment c = authored(trackingNumber, authorKey);
        if (!c.getItem().commentWindow(Instant.now()).isOpen()) {
            throw PodiumException.conflict(null, "comment.withdraw.closed");
        }
        c.withdraw(Instant.now());
        return c;
    }

    /** The author changes position or text while the window is open; the record keeps every version. */
    public Comment edit(String trackingNumber, String authorKey, Position position, String text) {
        Comment c = authored(trackingNumber, authorKey);
        if (!c.getItem().commentWindow(Instant.now()).isOpen()) {
            throw PodiumException.conflict(null, "comment.edit.closed");
        }
        if (position == null) {
            throw PodiumException.invalid("position", "comment.position.required");
        }
        c.edit(position, checkText(text, settings.current()), Instant.now());
        screen(c, c.getEmail(), c.getModeration().getFlagCodes().contains(PreScreen.Flag.BURST.code));
        written.fire(new CommentWritten(c));
        if (c.getModeration().getFlags() != null) {
            // an author's change to a published comment that the pre-screen flags waits for a clerk again
            c.reviewAgain(Instant.now());
        }
        return c;
    }

    /** The author confirms the address of a guest comment by opening the receipt mail's link and pressing confirm. */
    public Comment confirmEmail(String trackingNumber, String authorKey, String emailToken) {
        Comment c = authored(trackingNumber, authorKey);
        if (c.getEmailTokenHash() != null && !Tokens.matches(c.getEmailTokenHash(), emailToken)) {
            // the author's key alone is what the web form hands to whoever filed: it proves no mailbox
            throw PodiumException.forbidden("comment.confirm.token");
        }
        c.verifyEmail(Instant.now());
        if (settings.current().isAutoPublish()) {
            c.autoPublish(Instant.now());
        }
        return c;
    }

    /** "I did not submit this": flags the comment for the clerk; it stays in the record. */
    public Comment disown(String trackingNumber, String authorKey) {
        Comment c = authored(trackingNumber, authorKey);
        c.disown(Instant.now());
        return c;
    }

    private Comment authored(String trackingNumber, String authorKey) {
        Comment c = byTrackingNumber(trackingNumber).orElseThrow(() -> PodiumException.notFound("comment.notFound"));
        if (!isAuthor(c, authorKey)) {
            throw PodiumException.forbidden("comment.notAuthor");
        }
        return c;
    }

    /**
     * The comment, read afresh under a row lock held to the end of the caller's transaction: clerks acting on one
     * comment at once are taken one after the other, each seeing what the one before decided (so a stale version is
     * always noticed). 404 for an unknown tracking number.
     */
    public Comment locked(String trackingNumber) {
        return TrackingNumber.parse(trackingNumber)
                .flatMap(t -> em.createQuery("select c from Comment c where c.trackingNumber = :t", Comment.class)
                        .setParameter("t", t)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint("eclipselink.refresh", "true")
                        .getResultStream()
                        .findFirst())
                .orElseThrow(() -> PodiumException.notFound("comment.notFound"));
    }

    /**
     * A resident reports a published comment with a reason of the posting policy. A person's report counts once:
     * not again from the same account, nor from the same network (an IPv6 client's /64; a second account or no
     * account from there is the same person as far as Podium can tell). Every report reaches the clerks; only those
     * of accounts with a confirmed e-mail address hide the comment, at the council's threshold, before a clerk has
     * read it — so that nobody can hide another's comment with made-up identities. Returns true when the report was
     * counted (false: this person had reported it already).
     */
    public boolean report(String trackingNumber, String reason, String clientAddress) {
        Comment c = locked(trackingNumber);
        if (!c.isPublic()) {
            throw PodiumException.notFound("comment.notFound");
        }
        if (reason == null || reason.isBlank()) {
            throw PodiumException.invalid(
                    "reason", "comment.report.reason.required"); // public wording, not the clerk's
        }
        ModerationReason why = policy.activeReason(reason);
        Optional<Account> me = currentAccount();
        String network = Identities.network(clientAddress == null ? "unknown" : clientAddress);
        String reporter = me.map(a -> "account:" + a.getId()).orElse("network:" + network);
        long already = em.createQuery(
                        "select count(r) from CommentReport r where r.comment = :c and (r.reporter = :r"
                                + " or r.network = :n)",
                        Long.class)
                .setParameter("c", c)
                .setParameter("r", reporter)
                .setParameter("n", network)
                .getSingleResult();
        if (already > 0) {
            return false;
        }
        Instant now = Instant.now();
        em.persist(new CommentReport(
                c,
                reporter,
                why.getCode(),
                now,
                me.map(Account::getId).orElse(null),
                network,
                me.map(Account::isEmailVerified).orElse(false)));
        em.flush();
        long counting = em.createQuery(
                        "select count(r) from CommentReport r where r.comment = :c and r.verified = true", Long.class)
                .setParameter("c", c)
                .getSingleResult();
        if (c.reported(settings.current().getReportThreshold(), counting, now)) {
            audit.record(
                    "comment.hidden",
                    "comment",
                    c.getId(),
                    c.getTrackingNumber() + " after " + c.getModeration().getReportCount() + " reports");
        }
        em.flush();
        return true;
    }

    /** The author of a rejected comment appeals once, with a message; it returns to the clerks' queue. */
    public Comment appeal(String trackingNumber, String authorKey, String message) {
        Comment c = authored(trackingNumber, authorKey);
        c.appeal(message, Instant.now());
        em.flush();
        return c;
    }

    /** Every moderation decision in a period, oldest first (moderation's trail export reads it). */
    @RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME})
    public List<CommentDecision> decisions(Instant from, Instant to, int max) {
        return em.createQuery(
                        "select d from CommentDecision d join fetch d.comment c where d.decidedAt >= :from"
                                + " and d.decidedAt < :to order by d.decidedAt, d.id",
                        CommentDecision.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max)
                .getResultList();
    }

    /** The public wording of a reason in the history (a policy code), or the note as it was written. */
    public String reasonText(String note, Locale lang) {
        if (note == null) {
            return null;
        }
        return policy.byCode(note).map(r -> r.publicText(lang)).orElse(note);
    }

    /** Published comments of an item, newest first, optionally of one position. */
    public Page published(long itemId, Position position, int page, int size) {
        publishedItem(itemId);
        if (page < 0 || page > Api.MAX_PAGE) {
            throw PodiumException.invalid("page", "paging.page", Api.MAX_PAGE);
        }
        if (size < 1 || size > 100) {
            throw PodiumException.invalid("size", "paging.size", 100);
        }
        String where = " where c.item.id = :item and c.status in :statuses and c.moderation.hiddenAt is null"
                + (position == null ? "" : " and c.position = :position");
        var list = em.createQuery("select c from Comment c" + where + " order by c.id desc", Comment.class)
                .setParameter("item", itemId)
                .setParameter("statuses", PUBLIC_STATUSES);
        var count = em.createQuery("select count(c) from Comment c" + where, Long.class)
                .setParameter("item", itemId)
                .setParameter("statuses", PUBLIC_STATUSES);
        if (position != null) {
            list.setParameter("position", position);
            count.setParameter("position", position);
        }
        return new Page(
                list.setFirstResult(page * size).setMaxResults(size).getResultList(),
                page,
                size,
                count.getSingleResult());
    }

    /** Published comments of an item counted by position (every position present, zero included). */
    public Map<Position, Long> publishedCounts(long itemId) {
        publishedItem(itemId);
        Map<Position, Long> counts = new EnumMap<>(Position.class);
        for (Position p : Position.values()) {
            counts.put(p, 0L);
        }
        em.createQuery(
                        "select c.position, count(c) from Comment c where c.item.id = :item and c.status in :statuses"
                                + " and c.moderation.hiddenAt is null and c.position is not null group by c.position",
                        Object[].class)
                .setParameter("item", itemId)
                .setParameter("statuses", PUBLIC_STATUSES)
                .getResultList()
                .forEach(row -> counts.put((Position) row[0], (Long) row[1]));
        return counts;
    }

    /** What the public lists: published now, or published and then taken into the record. */
    static final List<CommentStatus> PUBLIC_STATUSES = List.of(CommentStatus.PUBLISHED, CommentStatus.IN_RECORD);

    private AgendaItem publishedItem(long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || !item.getMeeting().isPublished()) {
            throw PodiumException.notFound("item.notFound");
        }
        return item;
    }

    /** True when the comment is late and kept as record only; refuses it when the window does not allow it. */
    private boolean checkWindow(CommentWindow w, CouncilSettings rules, Locale lang) {
        if (w.isOpen()) {
            return false;
        }
        if (w.isLateAccepted() && rules.isAcceptLate()) {
            return true;
        }
        switch (w.state()) {
            case CLOSED:
                throw PodiumException.conflict(null, "comment.window.closed", dateTime(w.closesAt(), lang));
            case STARTED:
                throw PodiumException.conflict(null, "comment.window.started");
            case ADJOURNED:
                throw PodiumException.conflict(null, "comment.window.adjourned");
            case FINAL:
                throw PodiumException.conflict(null, "comment.window.final");
            case CANCELLED:
                throw PodiumException.conflict(null, "comment.window.cancelled");
            case NOT_YET_OPEN:
                throw PodiumException.conflict(null, "comment.window.notYetOpen", dateTime(w.opensAt(), lang));
            default:
                throw PodiumException.conflict(null, "comment.window.notAccepted");
        }
    }

    /** A time as the pages show it: the reader's language, the council's time zone. */
    private String dateTime(Instant at, Locale lang) {
        return DateTimeFormatter.ofPattern(Bundles.message(lang, "format.datetime"), lang)
                .format(at.atZone(config.zone()));
    }

    private String checkText(String raw, CouncilSettings rules) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw PodiumException.invalid("text", "comment.text.required");
        }
        if (text.indexOf('\uFFFD') >= 0
                || text.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
            throw PodiumException.invalid("text", "comment.text.encoding");
        }
        int max = rules.getCommentMaxLength();
        if (text.codePointCount(0, text.length()) > max) {
            throw PodiumException.invalid("text", "comment.text.tooLong", max);
        }
        return text;
    }

    /** An attachment's bytes, for the comment's author and staff only. */
    public AttachmentContent attachment(String trackingNumber, int number, String authorKey) {
        Comment c = byTrackingNumber(trackingNumber).orElseThrow(() -> PodiumException.notFound("comment.notFound"));
        if (!canRead(c, authorKey)) {
            throw PodiumException.forbidden("comment.notAuthor");
        }
        Attachment a = c.getAttachments().stream()
                .filter(x -> x.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> PodiumException.notFound("attachment.notFound"));
        return new AttachmentContent(a.getFileName(), a.getMediaType(), files.read(a.getStoredName()));
    }

    public record AttachmentContent(String fileName, String mediaType, byte[] content) {}

    private static void checkFiles(List<AttachmentPolicy.Upload> uploads, boolean audioAllowed) {
        AttachmentPolicy.check(uploads, audioAllowed).ifPresent(p -> {
            throw PodiumException.invalid("attachments", p.messageKey(), p.argument());
        });
    }

    private void storeFiles(Comment c, List<AttachmentPolicy.Upload> uploads) {
        Instant now = Instant.now();
        for (AttachmentPolicy.Upload u : uploads) {
            AttachmentPolicy.Kind kind = AttachmentPolicy.detect(u.content()).orElseThrow();
            String stored = files.store(u.content());
            c.attach(
                    stored,
                    AttachmentPolicy.storedName(u.fileName(), kind),
                    kind.mediaType,
                    u.content().length,
                    Hashes.sha256(u.content()),
                    now);
        }
        if (!uploads.isEmpty()) {
            em.flush();
        }
    }

    /** The account signed in, if any. */
    public Optional<Account> currentAccount() {
        var p = security.getCallerPrincipal();
        if (p == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(em.find(Account.class, Long.parseLong(p.getName())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A token for the receipt mail to confirm the comment's address with (its hash kept), or null when none is needed. */
    private static String emailToken(Comment c) {
        if (c.getEmail() == null || c.isEmailVerified()) {
            return null;
        }
        String token = Tokens.newToken();
        c.awaitEmailConfirmation(Hashes.sha256(token));
        return token;
    }

    private void sendReceipt(Comment c, String authorKey, String emailToken, Locale lang, String baseUrl) {
        if (c.getEmail() == null) {
            return;
        }
        String manage = baseUrl + "/comment.xhtml?t=" + c.getTrackingNumber() + "&k=" + authorKey;
        String disown = manage + "&disown=true";
        if (emailToken != null) {
            manage += "&c=" + emailToken; // the mail's link confirms the address: only the mailbox's reader has it
        }
        String key = c.isEmailVerified() ? "mail.receipt.body" : "mail.receipt.bodyConfirm";
        mails.fire(new Mail(
                c.getEmail(),
                Bundles.message(lang, "mail.receipt.subject", c.getTrackingNumber()),
                Bundles.message(
                        lang,
                        key,
                        c.getTrackingNumber(),
                        c.getItem().getNumber() + " " + c.getItem().getTitle(),
                        Bundles.link(lang, manage),
                        Bundles.link(lang, disown))));
    }
}
