package org.podium.comment.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.podium.platform.RoleNames;
import org.podium.web.Faces;

/**
 * The comment page (comment.xhtml?t=PDM-…) for a reader who has a session: staff, who decide on it and correct its
 * reading (moderation's and insight's panels work on this page), a council member, and a signed-in author. The author
 * who follows the receipt's link without a session gets the same page stateless ({@link ReceiptPage}); anyone else
 * without a session gets the public page ({@link PublicTrackingPage}).
 */
@Named
@ViewScoped
public class TrackingPage extends CommentView {

    private static final long serialVersionUID = 1L;

    private boolean fresh;
    private long seenVersion;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() && comment != null) {
            return;
        }
        // the key comes in the address (from the submission's redirect or the receipt mail's link)
        fresh = Boolean.TRUE.equals(faces.getExternalContext().getFlash().get("receiptNew"));
        reload(true);
    }

    /** Reads the comment again (after a change made on the page by another bean, e.g. the clerk's reading panel). */
    public void refresh() {
        reload(false);
    }

    @Override
    protected void reload(boolean tell) {
        super.reload(tell);
        if (comment != null) {
            seenVersion = comment.getVersion();
        }
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

    /**
     * For a council member who is not a clerk (who reads an item's comments in its summary before any clerk has
     * decided on them) and not the author, of a comment not yet public: the text with what the pre-screen suggests to
     * redact taken out; null for anyone else (clerks read it in their panel, the author as sent, the public as
     * published).
     */
    public String getPreviewText() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        boolean councilOnly = context.isUserInRole(RoleNames.COUNCIL) && !context.isUserInRole(RoleNames.CLERK);
        return councilOnly && !author && comment != null && !comment.isPublic()
                ? comment.previewText(Faces.text("redacted.marker"))
                : null;
    }

    /** The version of the comment this page showed: a decision made from it is compared with it. */
    public long getSeenVersion() {
        return seenVersion;
    }

    public boolean isFresh() {
        return fresh;
    }
}
