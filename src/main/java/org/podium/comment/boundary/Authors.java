package org.podium.comment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.podium.account.control.Tokens;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;
import org.podium.comment.control.CommentRules;
import org.podium.comment.control.FileStore;
import org.podium.comment.control.PreScreen;
import org.podium.comment.entity.Attachment;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.Position;
import org.podium.comment.entity.TrackingNumber;
import org.podium.council.boundary.Settings;
import org.podium.platform.PodiumException;

/**
 * A comment's author after filing: who may read it (the author signed in, or holding the receipt's key, and staff),
 * and what the author does with it while its window is open — change it, withdraw it, confirm its address from the
 * receipt mail, say "I did not submit this", appeal a rejection — and its attachments.
 */
@Stateless
@PermitAll
public class Authors {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    FileStore files;

    @Inject
    Settings settings;

    @Inject
    Event<CommentWritten> written;

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
        c.edit(position, CommentRules.text(text, settings.current().getCommentMaxLength()), Instant.now());
        CommentRules.screen(c, c.getEmail(), c.getModeration().getFlagCodes().contains(PreScreen.Flag.BURST.code));
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

    /** The author of a rejected comment appeals once, with a message; it returns to the clerks' queue. */
    public Comment appeal(String trackingNumber, String authorKey, String message) {
        Comment c = authored(trackingNumber, authorKey);
        c.appeal(message, Instant.now());
        em.flush();
        return c;
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
}
