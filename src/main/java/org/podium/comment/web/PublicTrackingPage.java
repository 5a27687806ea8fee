package org.podium.comment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.podium.comment.boundary.Comments;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.TrackingNumber;
import org.podium.council.boundary.PostingPolicy;
import org.podium.council.entity.ModerationReason;
import org.podium.web.Faces;

/**
 * A comment's status as anyone reads it from its tracking number, without the author's key and without signing in
 * ({@code track.xhtml}, which {@code comment.xhtml?t=…} shows to such a reader): its item, its history, its published
 * text and the report form. Request-scoped and stateless, so that a crowd following a published tracking number costs
 * no session. The author, with the key or signed in, and the clerks get {@link TrackingPage}.
 */
@Named
@RequestScoped
public class PublicTrackingPage {

    @Inject
    Comments comments;

    @Inject
    PostingPolicy policy;

    private String trackingNumber;
    private Comment comment;
    private String reportReason;
    private List<ModerationReason> reasons;

    /**
     * Read at once from the address (or the report form's hidden field): a stateless view is built again for its
     * post, and the report form's button must be there (rendered) while Faces reads the post, long before the view
     * parameter would be set.
     */
    @PostConstruct
    void fromTheRequest() {
        var faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            trackingNumber = faces.getExternalContext().getRequestParameterMap().get("t");
            String t = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(Locale.ROOT);
            comment = t.isEmpty() ? null : comments.byTrackingNumber(t).orElse(null);
        }
    }

    /** The view action: an unknown or malformed number is told. */
    public void load() {
        String t = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(Locale.ROOT);
        if (!t.isEmpty() && comment == null) {
            Faces.error(null, TrackingNumber.parse(t).isPresent() ? "comment.notFound" : "track.malformed");
        }
    }

    public String report() {
        if (comment == null) {
            return null;
        }
        Faces.attempt("reportForm", () -> {
            boolean counted = comments.report(comment.getTrackingNumber(), reportReason, Faces.clientAddress());
            Faces.info(counted ? "track.reported" : "track.reportedAlready");
            reportReason = null;
        });
        comment = comments.byTrackingNumber(comment.getTrackingNumber()).orElse(null);
        return null;
    }

    /** What the history says for a step's note: a rejection's reason in the policy's words. */
    public String noteText(String note) {
        if (TrackingPage.NOTES.contains(note)) {
            return Faces.text("track.note." + note);
        }
        return comments.reasonText(note, Faces.locale());
    }

    public String getPublicText() {
        return comment.publicText(Faces.text("redacted.marker"));
    }

    public List<ModerationReason> getReasons() {
        if (reasons == null) {
            reasons = policy.active();
        }
        return reasons;
    }

    public String reasonLabel(ModerationReason r) {
        return r.publicText(Faces.locale());
    }

    public Comment getComment() {
        return comment;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getReportReason() {
        return reportReason;
    }

    public void setReportReason(String reportReason) {
        this.reportReason = reportReason;
    }
}
