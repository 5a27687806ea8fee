package org.podium.comment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.omnifaces.cdi.Param;
import org.podium.account.web.CurrentUser;
import org.podium.comment.boundary.CommentInput;
import org.podium.comment.boundary.Comments;
import org.podium.comment.boundary.DuplicateSubmission;
import org.podium.comment.boundary.PublishedComments;
import org.podium.comment.boundary.Receipt;
import org.podium.comment.control.AttachmentPolicy;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.Position;
import org.podium.council.boundary.Settings;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.web.PublicPages;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumConfig;
import org.podium.web.Faces;

/**
 * The comment part of an item's page: the form (write, preview, submit) and the published comments with their counts.
 * The preview carries an idempotency key made for it, so a double click or a resubmission stores one comment.
 *
 * <p>The page is a stateless view ({@link org.podium.web.ReadingViews}): reading it opens no session. What the form
 * holds between its steps travels in the page — the preview carries the resident's entries and the form's key as
 * hidden fields — so any instance of a cluster takes the next step. Only chosen files, which a browser cannot keep
 * across pages, wait in the HTTP session between the preview and the submission: a session begins when a resident
 * posts files, never on reading.
 */
@Named
@RequestScoped
public class ItemCommentsPage implements Serializable {

    /** The preview's form is what was posted: its name is sent with it (OmniFaces @Param). */
    @Inject
    @Param(name = "confirm")
    String confirmForm;

    private static final long serialVersionUID = 1L;

    @Inject
    Comments comments;

    @Inject
    PublishedComments publishedComments;

    @Inject
    PublicPages pages;

    @Inject
    PodiumConfig config;

    @Inject
    Settings settings;

    private Integer maxLength;

    private final CommentInput input = new CommentInput();
    private String formKey;
    private Boolean previewing;
    private int fileCount;
    private String website; // honeypot
    private String position; // filter of the published list
    private int page;

    @Inject
    Meetings meetings;

    /** What this request has read: a page asks for the counts many times while it renders. */
    private transient Map<Position, Long> countsRead;

    private AgendaItem item() {
        return pages.getItem();
    }

    /**
     * Whether the form is offered: the item takes comment now, or its comment has closed and the council keeps late
     * comments ("late — record only", see {@link #isLate()}).
     */
    public boolean isOpen() {
        AgendaItem i = item();
        if (i == null) {
            return false;
        }
        var w = i.commentWindow(Instant.now());
        return w.isOpen() || w.isLateAccepted() && settings.current().isAcceptLate();
    }

    /** The form is offered after comment closed: what is sent now goes into the record only, marked late. */
    public boolean isLate() {
        AgendaItem i = item();
        return isOpen() && !i.commentWindow(Instant.now()).isOpen();
    }

    @Inject
    CurrentUser currentUser;

    @PostConstruct
    void prefill() {
        currentUser.account().ifPresent(a -> {
            input.setEmail(a.getEmail());
            input.setName(a.getDisplayName());
        });
    }

    private transient List<Part> parts;
    private List<AttachmentPolicy.Upload> uploads = new ArrayList<>();

    /**
     * Reads the chosen files (a browser cannot keep them across pages) and checks them before the preview; files that
     * pass wait in the session, under the form's key, for the submission.
     */
    public String preview() {
        if (!valid()) {
            if (parts != null
                    && parts.stream()
                            .anyMatch(p -> p.getSize() > 0
                                    && p.getSubmittedFileName() != null
                                    && !p.getSubmittedFileName().isBlank())) {
                // the chosen files are not kept by a refused form: say so, beside the file field
                Faces.error(Faces.clientId("comment", "files"), "attachment.reattach");
            }
            return null;
        }
        if (formKey == null) {
            formKey = UUID.randomUUID().toString();
        }
        try {
            uploads = Uploads.read(parts);
            if (uploads.isEmpty()) {
                // back from "Change it" without choosing other files: the files of the preview stay
                uploads = new ArrayList<>(waitingUploads());
            }
        } catch (UncheckedIOException e) {
            Faces.error(null, "attachment.reattach");
            return null;
        }
        var problem = AttachmentPolicy.check(uploads, false);
        if (problem.isPresent()) {
            uploads = new ArrayList<>();
            Faces.error(
                    Faces.clientId("comment", "files"),
                    problem.get().messageKey(),
                    problem.get().argument());
            Faces.error(Faces.clientId("comment", "files"), "attachment.reattach");
            return null;
        }
        fileCount = uploads.size();
        if (!uploads.isEmpty()) {
            request().getSession(true).setAttribute(UPLOADS + formKey, new ArrayList<>(uploads));
        } else {
            dropUploads();
        }
        previewing = true;
        return null;
    }

    private static final String UPLOADS = "podium.uploads.";
    private static final List<String> FIELD_ORDER =
            List.of("position", "text", "name", "nameWithheld", "ward", "email");

    @Inject
    transient Validator validator;

    /**
     * The form's constraints, checked here and not by Faces before the action: on a stateless page the fields that
     * passed are then in the model, so a refused form comes back with everything the resident typed.
     */
    private boolean valid() {
        // in the order of the form (a Set has none: the summary listed them differently at each try)
        var violations = validator.validate(input).stream()
                .sorted(Comparator.comparingInt(
                        v -> FIELD_ORDER.indexOf(v.getPropertyPath().toString())))
                .toList();
        FacesContext faces = FacesContext.getCurrentInstance();
        for (var v : violations) {
            String field = v.getPropertyPath().toString();
            String clientId = Faces.clientId("comment", field);
            String template = v.getMessageTemplate();
            if (template.startsWith("{") && template.endsWith("}")) {
                // the page's bundle, else the constraint's own (ValidationMessages): never the bare key
                String key = template.substring(1, template.length() - 1);
                String text = Faces.text(key);
                faces.addMessage(
                        clientId,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                text.equals(key) ? Bundles.validation(Faces.locale(), key, v.getMessage()) : text,
                                null));
            } else {
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
            }
            if (clientId != null && faces.getViewRoot().findComponent(clientId) instanceof UIInput in) {
                in.setValid(false);
            }
        }
        return violations.isEmpty();
    }

    /** The files of the preview, from the session; empty when the preview had none or the session is gone. */
    @SuppressWarnings("unchecked")
    private List<AttachmentPolicy.Upload> waitingUploads() {
        if (formKey == null) {
            return List.of();
        }
        HttpSession session = request().getSession(false);
        Object held = session == null ? null : session.getAttribute(UPLOADS + formKey);
        return held instanceof List<?> list ? (List<AttachmentPolicy.Upload>) list : List.of();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** The files of the preview (on the preview, and on the form again after "Change it"). */
    public List<String> getFileNames() {
        List<AttachmentPolicy.Upload> shown = uploads.isEmpty() ? waitingUploads() : uploads;
        return shown.stream().map(u -> AttachmentPolicy.cleanName(u.fileName())).toList();
    }

    public List<Part> getParts() {
        return parts;
    }

    public void setParts(List<Part> parts) {
        this.parts = parts;
    }

    /** Back to the form, with everything entered; the files stay with the form's key until it is previewed again. */
    public String edit() {
        previewing = false;
        return null;
    }

    private void dropUploads() {
        if (formKey == null) {
            return;
        }
        HttpSession session = request().getSession(false);
        if (session != null) {
            session.removeAttribute(UPLOADS + formKey);
        }
    }

    public String submit() {
        if (website != null && !website.isBlank()) {
            return null; // a bot filled the hidden field: nothing stored, nothing said
        }
        if (item() == null || formKey == null) {
            previewing = false;
            Faces.error(null, "item.notFound");
            return null;
        }
        String idempotencyKey = "web-" + formKey;
        Optional<Comment> stored = comments.byIdempotencyKey(idempotencyKey);
        if (stored.isPresent()) {
            // sent again (Back, then Submit): the comment is stored once, and this is its receipt
            return receiptOf(stored.get().getTrackingNumber(), null);
        }
        uploads = new ArrayList<>(waitingUploads());
        if (uploads.size() != fileCount) {
            // the files of the preview are gone (a session lost with its instance): nothing is stored without them
            previewing = false;
            uploads = new ArrayList<>();
            Faces.error(Faces.clientId("comment", "files"), "attachment.reattach");
            return null;
        }
        Receipt receipt;
        try {
            receipt = comments.submit(
                    item().getId(),
                    input,
                    uploads,
                    Channel.WEB,
                    idempotencyKey,
                    config.clientAddress(request()),
                    Faces.locale(),
                    Faces.baseUrl(config));
        } catch (DuplicateSubmission e) {
            Comment first = comments.byIdempotencyKey(idempotencyKey).orElseThrow();
            receipt = new Receipt(first.getTrackingNumber(), first.getStatus(), false, null);
        } catch (RuntimeException e) {
            previewing = false;
            uploads = new ArrayList<>();
            dropUploads();
            Faces.report(e, "comment");
            return null;
        }
        dropUploads();
        return receiptOf(receipt.trackingNumber(), receipt.authorKey());
    }

    /**
     * To the receipt page, with the author's key in its address as in the receipt mail's link: a reload, a bookmark
     * or the language switch keep the author's view (in the flash only, the key was gone after the first page).
     */
    private static String receiptOf(String trackingNumber, String authorKey) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.getFlash().put("receiptNew", Boolean.TRUE);
        return "/comment.xhtml?faces-redirect=true&t=" + trackingNumber
                + (authorKey == null ? "" : "&k=" + URLEncoder.encode(authorKey, StandardCharsets.UTF_8));
    }

    private transient PublishedComments.Page published;

    private PublishedComments.Page published() {
        if (published == null && item() == null) {
            return new PublishedComments.Page(List.of(), 0, 10, 0);
        }
        if (published == null) {
            Position p;
            try {
                p = position == null || position.isBlank() ? null : Position.valueOf(position);
            } catch (IllegalArgumentException e) {
                p = null;
            }
            published = publishedComments.published(item().getId(), p, page, 10);
        }
        return published;
    }

    public List<Comment> getPublishedItems() {
        return published().items();
    }

    public long getPublishedTotal() {
        return published().total();
    }

    public boolean isHasNext() {
        return (long) (page + 1) * 10 < published().total();
    }

    public Map<Position, Long> getCounts() {
        AgendaItem i = item();
        if (countsRead == null) {
            countsRead = i == null ? Map.of() : publishedComments.publishedCounts(i.getId());
        }
        return countsRead;
    }

    public List<Position> getPositions() {
        return List.of(Position.values());
    }

    public int getMaxLength() {
        if (maxLength == null) {
            maxLength = settings.current().getCommentMaxLength();
        }
        return maxLength;
    }

    public CommentInput getInput() {
        return input;
    }

    /** The preview is shown after the form passed, and while its confirmation is posted (its form's name is sent). */
    public boolean isPreviewing() {
        if (previewing == null) {
            previewing = confirmForm != null;
        }
        return previewing;
    }

    /**
     * The form's own key, made for the preview and carried by the page to the submission: one comment per preview,
     * however often it is submitted. (The form itself has none: its page may be served from the cache to many.)
     */
    public String getFormKey() {
        return formKey;
    }

    /** A posted key is used only when it is one this page could have made (a UUID); otherwise the page's new one. */
    public void setFormKey(String formKey) {
        try {
            this.formKey =
                    UUID.fromString(formKey == null ? "" : formKey.strip()).toString();
        } catch (IllegalArgumentException e) {
            // keep the key made for this request
        }
    }

    /** How many files the preview holds, carried by the page so that none can go missing silently. */
    public int getFileCount() {
        return fileCount;
    }

    public void setFileCount(int fileCount) {
        this.fileCount = Math.max(0, Math.min(fileCount, 100));
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 100_000));
    }
}
