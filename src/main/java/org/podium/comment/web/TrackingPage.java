package org.podium.comment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.podium.comment.entity.CommentStatus;
import java.time.Instant;
import java.util.function.Supplier;
import org.podium.comment.boundary.Comments;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.TrackingNumber;
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
    private String decision;
    private transient java.util.List<org.podium.moderation.entity.ModerationReason> reasons;

    @Inject
    org.podium.moderation.boundary.PostingPolicy policy;

    @Inject
    org.podium.platform.PodiumConfig config;
    private String reason;
    private long seenVersion;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() && comment != null) {
            return;
        }
        Object flashKey = faces.getExternalContext().getFlash().get(ItemCommentsPage.FLASH_KEY);
        if (flashKey instanceof String k && (key == null || key.isBlank())) {
            key = k;
        }
        fresh = Boolean.TRUE.equals(faces.getExternalContext().getFlash().get("receiptNew"));
        reload();
    }

    private void reload() {
        comment = trackingNumber == null ? null : comments.byTrackingNumber(trackingNumber).orElse(null);
        author = comment != null && comments.isAuthor(comment, key);
        if (comment != null) {
            seenVersion = comment.getVersion();
        }
        if (trackingNumber != null && !trackingNumber.isBlank() && comment == null) {
            Faces.error(null, TrackingNumber.parse(trackingNumber).isPresent() ? "comment.notFound" : "track.malformed");
        }
    }

    public String find() {
        return "/comment.xhtml?faces-redirect=true&t=" + (lookup == null ? "" : lookup.strip().toUpperCase());
    }

    private String act(Supplier<String> action) {
        try {
            Faces.info(action.get());
        } catch (RuntimeException e) {
            Faces.report(e, null);
        }
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

    /** A clerk's decision, against the version this clerk saw: another clerk's decision in between wins. */
    public String decide() {
        try {
            CommentStatus status = decision == null ? null : CommentStatus.valueOf(decision);
            comments.decide(comment.getTrackingNumber(), status, reason, seenVersion,
                    Faces.baseUrl(config));
            Faces.info("track.decided", Faces.text("comment.status." + status));
            decision = null;
            reason = null;
        } catch (IllegalArgumentException e) {
            Faces.error(Faces.clientId("decision", "decision"), "comment.decision.invalid");
        } catch (RuntimeException e) {
            Faces.report(e, "decision");
        }
        reload();
        return null;
    }

    /** The reasons a clerk may give for a rejection (the posting policy). */
    public java.util.List<org.podium.moderation.entity.ModerationReason> getReasons() {
        if (reasons == null) {
            reasons = policy.active();
        }
        return reasons;
    }

    /** A reason's public wording in the reader's language. */
    public String reasonLabel(org.podium.moderation.entity.ModerationReason r) {
        return r.publicText(Faces.locale());
    }

    /** What the history says for a step's note: a rejection's reason in the policy's words. */
    public String noteText(String note) {
        return comments.reasonText(note, Faces.locale());
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public void startEdit() {
        editing = true;
        editPosition = comment.getPosition() == null ? null : comment.getPosition().name();
        editText = comment.getBody();
    }

    public String saveEdit() {
        try {
            comments.edit(comment.getTrackingNumber(), key,
                    editPosition == null ? null : org.podium.comment.entity.Position.valueOf(editPosition), editText);
            editing = false;
            Faces.info("track.edited");
        } catch (RuntimeException e) {
            Faces.report(e, "edit");
        }
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

    public java.util.List<org.podium.comment.entity.Position> getPositions() {
        return java.util.List.of(org.podium.comment.entity.Position.values());
    }

    public String disown() {
        return act(() -> {
            comments.disown(comment.getTrackingNumber(), key);
            return "track.disowned";
        });
    }

    public boolean isCanWithdraw() {
        return author && comment.getStatus().isWithdrawable() && comment.getItem().commentWindow(Instant.now()).isOpen();
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
