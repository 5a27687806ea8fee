package org.podium.comment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.omnifaces.cdi.Param;
import org.podium.web.Faces;

/**
 * The comment page for its author who follows the receipt's link ({@code comment.xhtml?t=…&k=…}) without a session:
 * the page the web form's redirect opens, so one for every resident who files. Stateless and request-scoped
 * ({@code receipt.xhtml}, which {@code ReadingViews} shows for such a request): a crowd filing through the web form
 * keeps nothing on the server between its requests. What a stateful page would keep comes with each request instead:
 * the number and the key in the address the forms post back to, "editing" in the edit form. A reader whose key does
 * not open the comment reads it as the public does.
 */
@Named
@RequestScoped
public class ReceiptPage extends CommentView {

    private static final long serialVersionUID = 1L;

    /** The edit form's hidden field: the form was open when it was posted (a stateless page keeps no "editing"). */
    static final String EDITING = "editing";

    private boolean fresh;

    // from the address, which the page's forms post back to, or from the edit form (OmniFaces @Param, when the bean
    // is made)
    @Inject
    @Param(name = "t")
    String number;

    @Inject
    @Param(name = "k")
    String authorKey;

    @Inject
    @Param(name = "disown")
    String disown;

    @Inject
    @Param(name = "c")
    String token;

    @Inject
    @Param(name = EDITING)
    String editingParam;

    /**
     * Read at once from the request: a stateless view is built again for each post, and the buttons and forms that
     * depend on the comment and on "editing" must be there (rendered) while Faces reads the post, before any view
     * parameter is set.
     */
    @PostConstruct
    void fromTheRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        trackingNumber = number;
        key = authorKey;
        disownRequested = "true".equals(disown);
        confirmToken = token;
        editing = "true".equals(editingParam);
        reload(false);
        if (!faces.isPostback()) {
            fresh = Boolean.TRUE.equals(faces.getExternalContext().getFlash().get("receiptNew"));
        }
    }

    /** The view action: an unknown or malformed number is told. */
    public void load() {
        tellIfMissing();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (comment != null && !author && !faces.isPostback()) {
            // the owner of a mistyped or cut link would otherwise just see their text and buttons gone
            Faces.error(null, "track.wrongKey");
        }
    }

    /**
     * After a change, to the receipt's own address with the message kept (Post-Redirect-Get): a reload or the Back
     * button shows the comment as it is, and never posts the change again.
     */
    @Override
    protected String afterChange() {
        // sent from here, not as a navigation outcome: a navigation would resolve comment.xhtml to this very view
        // (receipt.xhtml) for a post like this one, and the browser's address would change
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Faces.keepMessages();
        context.getFlash().setRedirect(true);
        try {
            context.redirect(context.getRequestContextPath() + "/comment.xhtml?t=" + encode(trackingNumber) + "&k="
                    + encode(key)
                    + (confirmToken == null ? "" : "&c=" + encode(confirmToken))
                    + (disownRequested ? "&disown=true" : ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    private static String encode(String v) {
        return URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8);
    }

    public boolean isFresh() {
        return fresh;
    }
}
