package org.podium.comment.web;

import org.podium.comment.entity.Span;
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
    private transient java.util.List<org.podium.council.entity.ModerationReason> reasons;

    @Inject
    org.podium.council.boundary.PostingPolicy policy;

    @Inject
    org.podium.platform.PodiumConfig config;

    private String reason;
    private long seenVersion;

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
            trackingNumber = trackingNumber.strip().toUpperCase(java.util.Locale.ROOT);
        }
        comment = trackingNumber == null ? null : comments.byTrackingNumber(trackingNumber).orElse(null);
        author = comment != null && comments.isAuthor(comment, key);
        if (comment != null) {
            seenVersion = comment.getVersion();
            acceptedSuggestions = new java.util.ArrayList<>(
                    comment.getSuggestedRedactions().stream().map(Span::start).toList());
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

    /** "3 Resolution: …" for the item the comment seems to be about, or null. */
    public String getSuggestedItem() {
        Long id = comment == null ? null : comment.getSuggestedItemId();
        if (id == null) {
            return null;
        }
        return comment.getItem().getMeeting().getItems().stream().filter(i -> i.getId() == id.longValue())
                .map(i -> i.getNumber() + " " + i.getTitle()).findFirst().orElse(null);
    }

    private boolean personalDataAsIs;

    /** The clerk publishes this comment with the personal data the pre-screen found, unredacted (on purpose). */
    public boolean isPersonalDataAsIs() {
        return personalDataAsIs;
    }

    public void setPersonalDataAsIs(boolean personalDataAsIs) {
        this.personalDataAsIs = personalDataAsIs;
    }

    /** A clerk's decision, against the version this clerk saw: another clerk's decision in between wins. */
    public String decide() {
        try {
            CommentStatus status = decision == null ? null : CommentStatus.valueOf(decision);
            comments.decide(comment.getTrackingNumber(), status, reason, seenVersion,
                    Faces.baseUrl(config), personalDataAsIs);
            Faces.info("track.decided", Faces.text("comment.status." + status));
            decision = null;
            reason = null;
            personalDataAsIs = false;
        } catch (IllegalArgumentException e) {
            Faces.error(Faces.clientId("decision", "decision"), "comment.decision.invalid");
        } catch (RuntimeException e) {
            Faces.report(e, "decision");
        }
        reload();
        return null;
    }

    /** The reasons a clerk may give for a rejection (the posting policy). */
    public java.util.List<org.podium.council.entity.ModerationReason> getReasons() {
        if (reasons == null) {
            reasons = policy.active();
        }
        return reasons;
    }

    /** A reason's public wording in the reader's language. */
    public String reasonLabel(org.podium.council.entity.ModerationReason r) {
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
    static final java.util.Set<String> NOTES = java.util.Set.of("late", "edited", "undo", "auto", "changed",
            "email-confirmed");

    // ---- redaction, undo, the trail (clerks), appeal (author), report (anyone) ----

    /** A piece of the text for the clerk: plain, suggested by the pre-screen, or redacted. */
    public record Segment(String text, String kind) implements Serializable {
        public String getText() {
            return text;
        }

        public String getKind() {
            return kind;
        }
    }

    private java.util.List<Integer> acceptedSuggestions = new java.util.ArrayList<>();
    private String redactWords;
    private String appealMessage;
    private String reportReason;

    /** The text cut at the suggested and the redacted spans, so the page can mark them. */
    public java.util.List<Segment> getSegments() {
        String body = comment.getBody();
        java.util.List<Segment> out = new java.util.ArrayList<>();
        java.util.TreeMap<Integer, int[]> marks = new java.util.TreeMap<>();
        for (Span sp : comment.getSuggestedRedactions()) {
            marks.put(sp.start(), new int[] {sp.end(), 0});
        }
        for (Span sp : comment.getRedactions()) {
            marks.put(sp.start(), new int[] {sp.end(), 1});
        }
        int at = 0;
        for (var e : marks.entrySet()) {
            int start = Math.max(at, Math.min(e.getKey(), body.length()));
            int end = Math.min(e.getValue()[0], body.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                out.add(new Segment(body.substring(at, start), "plain"));
            }
            out.add(new Segment(body.substring(start, end), e.getValue()[1] == 1 ? "redacted" : "suggested"));
            at = end;
        }
        if (at < body.length()) {
            out.add(new Segment(body.substring(at), "plain"));
        }
        return out;
    }

    /** A suggested span (its start identifies it) with its text. */
    public record Suggestion(Integer start, String text) implements Serializable {
        public Integer getStart() {
            return start;
        }

        public String getText() {
            return text;
        }
    }

    /** The suggested spans with their text, for the checkboxes of the redaction form. */
    public java.util.List<Suggestion> getSuggestions() {
        String body = comment.getBody();
        return comment.getSuggestedRedactions().stream().filter(sp -> sp.end() <= body.length())
                .map(sp -> new Suggestion(sp.start(), body.substring(sp.start(), sp.end()))).toList();
    }

    /**
     * Redacts the suggested spans the clerk kept ticked and every occurrence of the words the clerk typed (one
     * phrase per line), against the version this clerk saw.
     */
    public String redact() {
        java.util.List<Span> spans = new java.util.ArrayList<>();
        for (Span sp : comment.getSuggestedRedactions()) {
            if (acceptedSuggestions.contains(sp.start())) {
                spans.add(sp);
            }
        }
        String body = comment.getBody();
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        boolean missing = false;
        if (redactWords != null) {
            for (String line : redactWords.split("\\R")) {
                String phrase = line.strip().toLowerCase(java.util.Locale.ROOT);
                if (phrase.isEmpty()) {
                    continue;
                }
                int from = lower.indexOf(phrase);
                missing |= from < 0;
                while (from >= 0) {
                    spans.add(new Span(from, from + phrase.length()));
                    from = lower.indexOf(phrase, from + phrase.length());
                }
            }
        }
        if (missing) {
            Faces.error(Faces.clientId("redact", "words"), "track.redact.notFound");
            return null;
        }
        try {
            comments.redact(comment.getTrackingNumber(), spans, null, seenVersion);
            Faces.info("track.redacted", Span.normalise(spans).size());
            redactWords = null;
        } catch (RuntimeException e) {
            Faces.report(e, "redact");
        }
        reload();
        return null;
    }

    public String undo() {
        try {
            comments.undo(comment.getTrackingNumber(), seenVersion);
            Faces.info("track.undone");
        } catch (RuntimeException e) {
            Faces.report(e, null);
        }
        reload();
        return null;
    }

    /** True when a decision can be undone: one that is not itself an undo and not undone yet. */
    public boolean isCanUndo() {
        return comment.getStatus().isDecidable() && comment.lastUndoable().isPresent();
    }


    public String appeal() {
        try {
            comments.appeal(comment.getTrackingNumber(), key, appealMessage);
            Faces.info("track.appealed");
            appealMessage = null;
        } catch (RuntimeException e) {
            Faces.report(e, "appeal");
        }
        reload();
        return null;
    }

    public String report() {
        try {
            boolean counted = comments.report(comment.getTrackingNumber(), reportReason, Faces.clientAddress());
            Faces.info(counted ? "track.reported" : "track.reportedAlready");
            reportReason = null;
        } catch (RuntimeException e) {
            Faces.report(e, "report");
        }
        reload();
        return null;
    }

    /** The text as the public sees it (redactions applied) in the reader's language. */
    public String getPublicText() {
        return comment.publicText(Faces.text("redacted.marker"));
    }

    public java.util.List<Integer> getAcceptedSuggestions() {
        return acceptedSuggestions;
    }

    public void setAcceptedSuggestions(java.util.List<Integer> acceptedSuggestions) {
        this.acceptedSuggestions = acceptedSuggestions == null ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(acceptedSuggestions);
    }

    public String getRedactWords() {
        return redactWords;
    }

    public void setRedactWords(String redactWords) {
        this.redactWords = redactWords;
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
