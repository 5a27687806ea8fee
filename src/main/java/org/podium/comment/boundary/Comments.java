package org.podium.comment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.podium.account.control.Tokens;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.comment.control.AttachmentPolicy;
import org.podium.comment.control.CommentRules;
import org.podium.comment.control.FileStore;
import org.podium.comment.control.SubmissionLimits;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Comment;
import org.podium.council.boundary.Settings;
import org.podium.council.entity.CouncilSettings;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.CommentWindow;
import org.podium.platform.Bundles;
import org.podium.platform.Hashes;
import org.podium.platform.Mail;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/**
 * Filing a written comment: a resident's, from the web form or the API, and a clerk's intake of the other channels
 * (e-mail, letter, voicemail, a card in the chamber). What comes after filing is {@link Authors}' (the author's),
 * {@link CommentModeration}'s (reports and decisions), {@link PublishedComments}' (the public list) and
 * {@link AuthorData}'s (privacy). A receipt is returned only after the comment is stored; the
 * same idempotency key never stores a second comment (the UNIQUE constraint decides, not a prior lookup).
 */
@Stateless
@PermitAll
public class Comments {

    @PersistenceContext
    EntityManager em;

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
    PublishedComments published;

    @Inject
    Authors authors;

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
        AgendaItem item = published.item(itemId);
        Instant now = Instant.now();
        CouncilSettings rules = settings.current();
        boolean late = checkWindow(item.commentWindow(now), rules, Bundles.supported(locale));
        String text = CommentRules.text(input.getText(), rules.getCommentMaxLength());
        checkFiles(files, false);
        Account author = authors.currentAccount().orElse(null);
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
        CommentRules.screen(c, sender, burst);
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
        String text = CommentRules.text(input.getText(), settings.current().getCommentMaxLength());
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
        CommentRules.screen(c, c.getEmail(), false);
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
