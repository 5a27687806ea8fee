package org.podium.comment.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.podium.comment.boundary.Authors;
import org.podium.comment.boundary.CommentModeration;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.Position;
import org.podium.comment.entity.TrackingNumber;
import org.podium.council.boundary.PostingPolicy;
import org.podium.council.entity.ModerationReason;
import org.podium.web.Faces;

/**
 * A comment's page as its author (with the key from the receipt) and anyone else with its number read it: the status,
 * the published text and the report form, and the author's actions (confirm the address, edit, withdraw, "I did not
 * submit this", appeal). Two beans show it: {@link TrackingPage}, view-scoped, for readers who have a session (signed
 * in, staff), and {@link ReceiptPage}, request-scoped and stateless, for the author who follows the receipt's link
 * without signing in — so that a crowd filing through the web form costs no session.
 */
public abstract class CommentView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The notes Podium itself writes in a history (the rest are codes of the posting policy). */
    static final Set<String> NOTES = Set.of("late", "edited", "undo", "auto", "changed", "email-confirmed");

    @Inject
    Authors authors;

    @Inject
    CommentModeration moderation;

    @Inject
    PostingPolicy policy;

    protected String trackingNumber;
    protected String key;
    protected boolean disownRequested;
    /** The receipt mail's token that confirms the address ({@code &c=…} in its link), or null. */
    protected String confirmToken;

    protected Comment comment;
    protected boolean author;
    protected boolean editing;
    private String editPosition;
    private String editText;
    private String appealMessage;
    private String reportReason;
    private transient List<ModerationReason> reasons;

    /** Reads the comment again; tells an unknown or malformed number when {@code tell}. */
    protected void reload(boolean tell) {
        if (trackingNumber != null) {
            trackingNumber = trackingNumber.strip().toUpperCase(Locale.ROOT);
        }
        comment = trackingNumber == null || trackingNumber.isBlank()
                ? null
                : authors.byTrackingNumber(trackingNumber).orElse(null);
        author = comment != null && authors.isAuthor(comment, key);
        if (tell) {
            tellIfMissing();
        }
    }

    /** An unknown or malformed number is told. */
    protected void tellIfMissing() {
        String t = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(Locale.ROOT);
        if (!t.isEmpty() && comment == null) {
            Faces.error(null, TrackingNumber.parse(t).isPresent() ? "comment.notFound" : "track.malformed");
        }
    }

    private String act(Supplier<String> action) {
        boolean done = Faces.attempt(null, () -> Faces.info(action.get()));
        reload(false);
        return done ? afterChange() : null;
    }

    /**
     * Where the browser goes after a change that went through: null draws this page again at once; a page may send
     * the browser to its own address instead (Post-Redirect-Get), so that a reload does not post the change again.
     */
    protected String afterChange() {
        return null;
    }

    public String confirm() {
        return act(() -> {
            authors.confirmEmail(comment.getTrackingNumber(), key, confirmToken);
            return "track.confirmed";
        });
    }

    public String withdraw() {
        return act(() -> {
            authors.withdraw(comment.getTrackingNumber(), key);
            return "track.withdrawn";
        });
    }

    public String disown() {
        return act(() -> {
            authors.disown(comment.getTrackingNumber(), key);
            return "track.disowned";
        });
    }

    public String appeal() {
        boolean done = Faces.attempt("appeal", () -> {
            authors.appeal(comment.getTrackingNumber(), key, appealMessage);
            Faces.info("track.appealed");
            appealMessage = null;
        });
        reload(false);
        return done ? afterChange() : null;
    }

    public String report() {
        Faces.attempt("reportForm", () -> {
            boolean counted = moderation.report(comment.getTrackingNumber(), reportReason, Faces.clientAddress());
            Faces.info(counted ? "track.reported" : "track.reportedAlready");
            reportReason = null;
        });
        reload(false);
        return null;
    }

    public void startEdit() {
        editing = true;
        editPosition =
                comment.getPosition() == null ? null : comment.getPosition().name();
        editText = comment.getBody();
    }

    public String saveEdit() {
        boolean done = Faces.attempt("edit", () -> {
            authors.edit(
                    comment.getTrackingNumber(),
                    key,
                    editPosition == null ? null : Position.valueOf(editPosition),
                    editText);
            editing = false;
            Faces.info("track.edited");
        });
        reload(false);
        return done ? afterChange() : null;
    }

    /** The address can be confirmed here: the page was opened from the receipt mail's link, which carries the token. */
    public boolean isCanConfirm() {
        return author && !comment.isEmailVerified() && confirmToken != null && !confirmToken.isBlank();
    }

    /** The address is not confirmed and this page cannot do it: the receipt mail's link does. */
    public boolean isConfirmByMail() {
        return author && !comment.isEmailVerified() && comment.getEmail() != null && !isCanConfirm();
    }

    public boolean isCanWithdraw() {
        return author
                && comment.getStatus().isWithdrawable()
                && comment.getItem().commentWindow(Instant.now()).isOpen();
    }

    /** The reasons a reader may give for a report, a clerk for a rejection (the posting policy). */
    public List<ModerationReason> getReasons() {
        if (reasons == null) {
            reasons = policy.active();
        }
        return reasons;
    }

    /** A reason's public wording in the reader's language. */
    public String reasonLabel(ModerationReason r) {
        return r.publicText(Faces.locale());
    }

    /** What the history says for a step's note: a rejection's reason in the policy's words. */
    public String noteText(String note) {
        if (NOTES.contains(note)) {
            return Faces.text("track.note." + note);
        }
        return moderation.reasonText(note, Faces.locale());
    }

    /** The text as the public sees it (redactions applied) in the reader's language. */
    public String getPublicText() {
        return comment.publicText(Faces.text("redacted.marker"));
    }

    public List<Position> getPositions() {
        return List.of(Position.values());
    }

    public Comment getComment() {
        return comment;
    }

    public boolean isAuthor() {
        return author;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getEditPosition() {
        return editPosition;
    }

    public void setEditPosition(String editPosition) {
        this.editPosition = editPosition;
    }

    public String getEditText() {
        return editText;
    }

    public void setEditText(String editText) {
        this.editText = editText;
    }

    public String getAppealMessage() {
        return appealMessage;
    }

    public void setAppealMessage(String appealMessage) {
        this.appealMessage = appealMessage;
    }

    public String getReportReason() {
        return reportReason;
    }

    public void setReportReason(String reportReason) {
        this.reportReason = reportReason;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getConfirmToken() {
        return confirmToken;
    }

    public void setConfirmToken(String confirmToken) {
        this.confirmToken = confirmToken;
    }

    public boolean isDisownRequested() {
        return disownRequested;
    }

    public void setDisownRequested(boolean disownRequested) {
        this.disownRequested = disownRequested;
    }
}
