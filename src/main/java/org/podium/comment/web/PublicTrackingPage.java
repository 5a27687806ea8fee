package org.podium.comment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/**
 * A comment's status as anyone reads it from its tracking number, without the author's key and without signing in
 * ({@code track.xhtml}, which {@code comment.xhtml?t=…} shows to such a reader): its item, its history, its published
 * text and the report form. Request-scoped and stateless, so that a crowd following a published tracking number costs
 * no session. The author with the receipt's key gets {@link ReceiptPage}; a reader with a session {@link TrackingPage}.
 */
@Named
@RequestScoped
public class PublicTrackingPage extends CommentView {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "t")
    String number;

    /**
     * Read at once from the address or the report form's hidden field (OmniFaces @Param): a stateless view is built again for its
     * post, and the report form's button must be there (rendered) while Faces reads the post, long before the view
     * parameter would be set.
     */
    @PostConstruct
    void fromTheRequest() {
        trackingNumber = number;
        reload(false);
    }

    /** The view action: an unknown or malformed number is told. */
    public void load() {
        tellIfMissing();
    }

    @Override
    public String report() {
        return comment == null ? null : super.report();
    }
}
