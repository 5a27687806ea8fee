package org.podium.comment.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.podium.comment.boundary.CommentInput;
import org.podium.comment.boundary.Comments;
import org.podium.comment.boundary.DuplicateSubmission;
import org.podium.council.boundary.Settings;
import org.podium.comment.boundary.Receipt;
import org.podium.comment.control.AttachmentPolicy;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.Position;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.web.PublicPages;
import org.podium.platform.PodiumConfig;
import org.podium.web.Faces;

/**
 * The comment part of an item's page: the form (write, preview, submit) and the published comments with their counts.
 * The form carries an idempotency key made when it was shown, so a double click or a resubmission stores one comment.
 */
@Named
@ViewScoped
public class ItemCommentsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FLASH_KEY = "receiptKey";

    @Inject
    Comments comments;

    @Inject
    PublicPages pages;

    @Inject
    PodiumConfig config;

    @Inject
    Settings settings;

    private Integer maxLength;

    private final CommentInput input = new CommentInput();
    private final String idempotencyKey = "web-" + UUID.randomUUID();
    private boolean previewing;
    private String website; // honeypot
    private String position; // filter of the published list
    private int page;

    @Inject
    Meetings meetings;

    /** The item, remembered from the first rendering: on a postback the form is decoded before the page loads it. */
    private Long itemId;

    /** What one request has read (the item, the counts): a page asks for them many times while it renders. */
    private transient Object readFor;
    private transient AgendaItem itemRead;
    private transient Map<Position, Long> countsRead;

    private boolean sameRequest() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (readFor == request) {
            return true;
        }
        readFor = request;
        itemRead = null;
        countsRead = null;
        published = null;
        return false;
    }

    private AgendaItem item() {
        if (itemId == null && pages.getItem() != null) {
            itemId = pages.getItem().getId();
        }
        if (!sameRequest() || itemRead == null) {
            itemRead = itemId == null ? null : meetings.publishedItem(itemId).orElse(null);
        }
        return itemRead;
    }

    /** Whether the form is offered: the item takes comment now. */
    public boolean isOpen() {
        AgendaItem i = item();
        return i != null && i.commentWindow(java.time.Instant.now()).isOpen();
    }

    @Inject
    org.podium.account.web.CurrentUser currentUser;

    @jakarta.annotation.PostConstruct
    void prefill() {
        currentUser.account().ifPresent(a -> {
            input.setEmail(a.getEmail());
            input.setName(a.getDisplayName());
        });
    }

    private transient List<Part> parts;
    private List<AttachmentPolicy.Upload> uploads = new ArrayList<>();

    /** Reads the chosen files (a browser cannot keep them across pages) and checks them before the preview. */
    public String preview() {
        try {
            uploads = Uploads.read(parts);
        } catch (java.io.UncheckedIOException e) {
            Faces.error(null, "attachment.reattach");
            return null;
        }
        var problem = AttachmentPolicy.check(uploads, false);
        if (problem.isPresent()) {
            uploads = new ArrayList<>();
            Faces.error(Faces.clientId("comment", "files"), problem.get().messageKey(), problem.get().argument());
            Faces.error(Faces.clientId("comment", "files"), "attachment.reattach");
            return null;
        }
        previewing = true;
        return null;
    }

    public List<String> getFileNames() {
        return uploads.stream().map(u -> AttachmentPolicy.cleanName(u.fileName())).toList();
    }

    public List<Part> getParts() {
        return parts;
    }

    public void setParts(List<Part> parts) {
        this.parts = parts;
    }

    public String edit() {
        previewing = false;
        return null;
    }

    public String submit() {
        if (website != null && !website.isBlank()) {
            return null; // a bot filled the hidden field: nothing stored, nothing said
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        Receipt receipt;
        try {
            receipt = comments.submit(item().getId(), input, uploads, Channel.WEB, idempotencyKey,
                    config.clientAddress(request), Faces.locale(), Faces.baseUrl(config));
        } catch (DuplicateSubmission e) {
            Comment stored = comments.byIdempotencyKey(idempotencyKey).orElseThrow();
            receipt = new Receipt(stored.getTrackingNumber(), stored.getStatus(), false, null);
        } catch (RuntimeException e) {
            previewing = false;
            uploads = new ArrayList<>();
            Faces.report(e, "comment");
            return null;
        }
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        if (receipt.authorKey() != null) {
            ec.getFlash().put(FLASH_KEY, receipt.authorKey());
        }
        ec.getFlash().put("receiptNew", Boolean.TRUE);
        return "/comment.xhtml?faces-redirect=true&t=" + receipt.trackingNumber();
    }

    private transient Comments.Page published;

    private Comments.Page published() {
        item();
        if (published == null && item() == null) {
            return new Comments.Page(List.of(), 0, 10, 0);
        }
        if (published == null) {
            Position p;
            try {
                p = position == null || position.isBlank() ? null : Position.valueOf(position);
            } catch (IllegalArgumentException e) {
                p = null;
            }
            published = comments.published(item().getId(), p, page, 10);
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
            countsRead = i == null ? Map.of() : comments.publishedCounts(i.getId());
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

    public boolean isPreviewing() {
        return previewing;
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
