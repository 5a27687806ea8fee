package org.podium.comment.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.podium.comment.boundary.Comments;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.Position;
import org.podium.comment.entity.TrackingNumber;
import org.podium.council.boundary.PostingPolicy;
import org.podium.council.entity.ModerationReason;
import org.podium.platform.PodiumConfig;
import org.podium.platform.RoleNames;
import org.podium.web.Faces;

/**
 * The tracking page of a comment (comment.xhtml?t=PDM-…): its status and history for anyone with the number; its
 * text, and the author's actions (confirm the address, withdraw, "I did not submit this"), for the author.
 */
@Named
@ViewScoped
public class TrackingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Comments comments;

    private String trackingNumber;
    private String key;
    private boolean disownRequested;
    private boolean fresh;
    private Comment comment;
    private boolean author;
    private String lookup;
    private boolean editing;
    private String editPosition;
    private String editText;
    private transient List<ModerationReason> reasons;

    @Inject
    PostingPolicy policy;

    @Inject
    PodiumConfig config;

    private long seenVersion;
    private String appealMessage;
    private String reportReason;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() && comment != null) {
            return;
        }
        // the key comes in the address (from the submission's redirect or the receipt mail's link)
        fresh = Boolean.TRUE.equals(faces.getExternalContext().getFlash().get("receiptNew"));
        reload();
    }

    /** Reads the comment again (after a change made on the page by another bean, e.g. the clerk's reading panel). */
    public void refresh() {
        reload();
    }

    private void reload() {
        if (trackingNumber != null) {
            trackingNumber = trackingNumber.strip().toUpperCase(Locale.ROOT);
        }
        comment = trackingNumber == null
                ? null
                : comments.byTrackingNumber(trackingNumber).orElse(null);
        author = comment != null && comments.isAuthor(comment, key);
        if (comment != null) {
            seenVersion = comment.getVersion();
        }
        if (trackingNumber != null && !trackingNumber.isBlank() && comment == null) {
            Faces.error(
                    null, TrackingNumber.parse(trackingNumber).isPresent() ? "comment.notFound" : "track.malformed");
        }
    }

    public String find() {
        return "/comment.xhtml?faces-redirect=true&t="
                + (lookup == null ? "" : lookup.strip().toUpperCase());
    }

    private String act(Supplier<String> action) {
        Faces.attempt(null, () -> {
            Faces.info(action.get());
        });
        reload();
        return null;
    }

    public String confirm() {
        return act(() -> {
            comments.confirmEmail(comment.getTrackingNumber(), key);
            return "track.confirmed";
        });
    }

    public String withdraw() {
        return act(() -> {
            comments.withdraw(comment.getTrackingNumber(), key);
            return "track.withdrawn";
        });
    }

    /** "3 Resolution: …" for the item the comment seems to be about, or null. */
    public String getSuggestedItem() {
        Long id = comment == null ? null : comment.getReading().getSuggestedItemId();
        if (id == null) {
            return null;
        }
        return comment.getItem().getMeeting().getItems().stream()
                .filter(i -> i.getId() == id.longValue())
                .map(i -> i.getNumber() + " " + i.getTitle())
                .findFirst()
                .orElse(null);
    }

    /** The reasons a clerk may give for a rejection (the posting policy). */
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
        return comments.reasonText(note, Faces.locale());
    }

    /** The notes Podium itself writes in a history (the rest are codes of the posting policy). */
    static final Set<String> NOTES = Set.of("late", "edited", "undo", "auto", "changed", "email-confirmed");

    // ---- the trail, appeal (author), report (anyone); the clerk's decisions are moderation's DecisionPanel ----

    public String appeal() {
        Faces.attempt("appeal", () -> {
            comments.appeal(comment.getTrackingNumber(), key, appealMessage);
            Faces.info("track.appealed");
            appealMessage = null;
        });
        reload();
        return null;
    }

    public String report() {
        Faces.attempt("report", () -> {
            boolean counted = comments.report(comment.getTrackingNumber(), reportReason, Faces.clientAddress());
            Faces.info(counted ? "track.reported" : "track.reportedAlready");
            reportReason = null;
        });
        reload();
        return null;
    }

    /** The text as the public sees it (redactions applied) in the reader's language. */
    public String getPublicText() {
        return comment.publicText(Faces.text("redacted.marker"));
    }

    /**
     * For a council member (who reads an item's comments in its summary before any clerk has decided on them): the
     * text with what the pre-screen suggests to redact taken out; null for anyone else.
     */
    public String getPreviewText() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        boolean council = context.isUserInRole(RoleNames.COUNCIL) || context.isUserInRole(RoleNames.CLERK);
        return council ? comment.previewText(Faces.text("redacted.marker")) : null;
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

    public void startEdit() {
        editing = true;
        editPosition =
                comment.getPosition() == null ? null : comment.getPosition().name();
        editText = comment.getBody();
    }

    public String saveEdit() {
        Faces.attempt("edit", () -> {
            comments.edit(
                    comment.getTrackingNumber(),
                    key,
                    editPosition == null ? null : Position.valueOf(editPosition),
                    editText);
            editing = false;
            Faces.info("track.edited");
        });
        reload();
        return null;
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

    public List<Position> getPositions() {
        return List.of(Position.values());
    }

    public String disown() {
        return act(() -> {
            comments.disown(comment.getTrackingNumber(), key);
            return "track.disowned";
        });
    }

    public boolean isCanWithdraw() {
        return author
                && comment.getStatus().isWithdrawable()
                && comment.getItem().commentWindow(Instant.now()).isOpen();
    }

    /** The version of the comment this page showed: a decision made from it is compared with it. */
    public long getSeenVersion() {
        return seenVersion;
    }

    public Comment getComment() {
        return comment;
    }

    public boolean isAuthor() {
        return author;
    }

    public boolean isFresh() {
        return fresh;
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

    public boolean isDisownRequested() {
        return disownRequested;
    }

    public void setDisownRequested(boolean disownRequested) {
        this.disownRequested = disownRequested;
    }

    public String getLookup() {
        return lookup;
    }

    public void setLookup(String lookup) {
        this.lookup = lookup;
    }
}
