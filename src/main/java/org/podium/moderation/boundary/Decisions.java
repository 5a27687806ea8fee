package org.podium.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.podium.account.entity.Role;
import org.podium.audit.AuditTrail;
import org.podium.comment.boundary.Authors;
import org.podium.comment.boundary.CommentModeration;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentDecision;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Span;
import org.podium.council.boundary.PostingPolicy;
import org.podium.council.boundary.Settings;
import org.podium.council.entity.ModerationReason;
import org.podium.platform.Bundles;
import org.podium.platform.Mail;
import org.podium.platform.PodiumException;

/**
 * The clerks' decisions on comments: publish, keep for the record only, reject with a reason of the posting policy,
 * redact spans, undo the latest; and the trail of them. Each decision reads the comment under its row lock and
 * compares the version the clerk saw; the comment records the decision as a {@code comment_decision} row (insert
 * only) and the audit trail as well.
 */
@Stateless
@RolesAllowed(Role.CLERK_NAME)
public class Decisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CommentModeration moderation;

    @Inject
    Authors authors;

    @Inject
    Settings settings;

    @Inject
    PostingPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Event<Mail> mails;

    /**
     * A clerk's decision on a comment: publish it, keep it for the record only, or reject it with a reason of the
     * posting policy (its code; the author is mailed the policy's wording in the author's language). A clerk
     * may reconsider (publish what was kept for the record, and so on) until the comment is withdrawn or in the
     * record. {@code expectedVersion} is the version the clerk saw: when another clerk decided in between, nothing
     * changes and the clerk is told. An unverified resident comment is published only where the council allows it.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public Comment decide(
            String trackingNumber, CommentStatus decision, String reason, Long expectedVersion, String baseUrl) {
        return decide(trackingNumber, decision, reason, expectedVersion, baseUrl, false);
    }

    /**
     * As {@link #decide(String, CommentStatus, String, Long, String)}; a comment flagged for personal data that its
     * redactions do not cover is published only with {@code personalDataAsIs} (a clerk's explicit decision about that
     * one comment, never a bulk one), and the audit trail records it.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public Comment decide(
            String trackingNumber,
            CommentStatus decision,
            String reason,
            Long expectedVersion,
            String baseUrl,
            boolean personalDataAsIs) {
        Comment c = forDecision(trackingNumber, expectedVersion);
        if (decision == CommentStatus.PUBLISHED
                && c.isUnverified()
                && !settings.current().isPublishUnverified()) {
            throw PodiumException.conflict("decision", "comment.publish.unverified");
        }
        boolean unredacted =
                decision == CommentStatus.PUBLISHED && c.getModeration().hasUnredactedPersonalData();
        if (unredacted && !personalDataAsIs) {
            throw PodiumException.conflict("decision", "comment.publish.personalData", c.getTrackingNumber());
        }
        if (unredacted) {
            audit.record(
                    "comment.publish.personalDataAsIs",
                    "comment",
                    c.getId(),
                    c.getTrackingNumber() + " published with the personal data the pre-screen found, unredacted");
        }
        ModerationReason why = decision == CommentStatus.REJECTED ? policy.activeReason(reason) : null;
        CommentStatus before = c.getStatus();
        c.decide(decision, why == null ? null : why.getCode(), Instant.now(), actor());
        audit.record(
                "comment.decision",
                "comment",
                c.getId(),
                c.getTrackingNumber() + " " + decision + (why == null ? "" : " " + why.getCode()));
        em.flush();
        if (why != null && before != CommentStatus.REJECTED && c.getEmail() != null) {
            Locale lang = c.getLanguage();
            mails.fire(new Mail(
                    c.getEmail(),
                    Bundles.message(lang, "mail.rejected.subject", c.getTrackingNumber()),
                    Bundles.message(
                            lang,
                            "mail.rejected.body",
                            c.getTrackingNumber(),
                            c.getItem().getNumber() + " " + c.getItem().getTitle(),
                            why.authorText(lang),
                            Bundles.link(lang, baseUrl + "/comment.xhtml?t=" + c.getTrackingNumber()),
                            Bundles.link(lang, baseUrl + "/policy.xhtml"))));
        }
        return c;
    }

    /**
     * A clerk redacts spans of a comment's text (the pre-screen's suggestions, or spans the clerk chose): every
     * public surface shows "[redacted: …]" in their place; staff and the record keep the text. {@code reason} is a
     * policy code (personal-information when left out).
     */
    @RolesAllowed(Role.CLERK_NAME)
    public Comment redact(String trackingNumber, List<Span> spans, String reason, Long expectedVersion) {
        Comment c = forDecision(trackingNumber, expectedVersion);
        ModerationReason why =
                policy.activeReason(reason == null || reason.isBlank() ? "personal-information" : reason);
        if (spans == null) {
            spans = c.getModeration().getSuggestedRedactions();
        }
        c.redact(spans, why.getCode(), Instant.now(), actor());
        audit.record("comment.redact", "comment", c.getId(), c.getTrackingNumber() + " " + Span.format(spans));
        em.flush();
        return c;
    }

    /** A clerk undoes the latest decision on a comment (not undone yet); the trail keeps both. */
    @RolesAllowed(Role.CLERK_NAME)
    public Comment undo(String trackingNumber, Long expectedVersion) {
        Comment c = forDecision(trackingNumber, expectedVersion);
        var d = c.undo(Instant.now(), actor());
        audit.record(
                "comment.undo",
                "comment",
                c.getId(),
                c.getTrackingNumber() + " " + d.getUndoes().getDecision());
        em.flush();
        return c;
    }

    /** The comment a clerk acts on, as the clerk saw it: another clerk's decision in between is a 409. */
    private Comment forDecision(String trackingNumber, Long expectedVersion) {
        Comment c = moderation.locked(trackingNumber);
        if (expectedVersion != null && expectedVersion != c.getVersion()) {
            throw PodiumException.conflict(null, "comment.decision.stale");
        }
        if (c.getItem().getMeeting().isRecordFinal()) { // set in the transaction that writes the record
            throw PodiumException.conflict(null, "comment.decision.inRecord");
        }
        return c;
    }

    /** Every moderation decision in a period, oldest first: the trail staff export (the comment keeps the rows). */
    @RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME})
    public List<CommentDecision> decisions(Instant from, Instant to, int max) {
        return moderation.decisions(from, to, max);
    }

    private CommentDecision.Actor actor() {
        return authors.currentAccount()
                .map(a -> new CommentDecision.Actor(a.getId(), a.getDisplayName()))
                .orElse(null);
    }
}
