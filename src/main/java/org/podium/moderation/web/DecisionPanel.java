package org.podium.moderation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Span;
import org.podium.comment.web.TrackingPage;
import org.podium.moderation.boundary.Decisions;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;
import org.podium.web.Faces;

/**
 * A clerk's decisions on one comment, on the comment's page: publish, record only or reject (with a reason of the
 * posting policy), redact (the pre-screen's suggestions or typed words), undo the latest. Each is made against the
 * version the page showed ({@link TrackingPage#getSeenVersion()}): another clerk's decision in between wins and this
 * clerk is told. The page belongs to comment; this panel is moderation's part of it.
 */
@Named
@ViewScoped
public class DecisionPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrackingPage page;

    @Inject
    Decisions decisions;

    @Inject
    PodiumConfig config;

    private String decision;
    private String reason;
    private boolean personalDataAsIs;
    private List<Integer> acceptedSuggestions;
    private String redactWords;

    private Comment comment() {
        return page.getComment();
    }

    /** A clerk's decision, against the version this clerk saw: another clerk's decision in between wins. */
    public String decide() {
        try {
            CommentStatus status = decision == null ? null : CommentStatus.valueOf(decision);
            decisions.decide(
                    comment().getTrackingNumber(),
                    status,
                    reason,
                    page.getSeenVersion(),
                    Faces.baseUrl(config),
                    personalDataAsIs);
            Faces.info("track.decided", Faces.text("comment.status." + status));
            decision = null;
            reason = null;
            personalDataAsIs = false;
        } catch (IllegalArgumentException e) {
            Faces.error(Faces.clientId("decision", "decision"), "comment.decision.invalid");
        } catch (PodiumException e) {
            if ("comment.publish.personalData".equals(e.messageKey())) {
                // on the comment itself: name the box that publishes it as it is, not "open the comment"
                Faces.error(Faces.clientId("decision", "decision"), "track.decision.personalDataFirst");
                FacesContext.getCurrentInstance().validationFailed();
            } else {
                Faces.report(e, "decision");
            }
        } catch (RuntimeException e) {
            Faces.report(e, "decision");
        }
        changed();
        return null;
    }

    /** A piece of the text for the clerk: plain, suggested by the pre-screen, or redacted. */
    public record Segment(String text, String kind) implements Serializable {
        public String getText() {
            return text;
        }

        public String getKind() {
            return kind;
        }
    }

    /** The text cut at the suggested and the redacted spans, so the page can mark them. */
    public List<Segment> getSegments() {
        String body = comment().getBody();
        List<Segment> out = new ArrayList<>();
        TreeMap<Integer, int[]> marks = new TreeMap<>();
        for (Span sp : comment().getModeration().getSuggestedRedactions()) {
            marks.put(sp.start(), new int[] {sp.end(), 0});
        }
        for (Span sp : comment().getModeration().getRedactions()) {
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
    public List<Suggestion> getSuggestions() {
        String body = comment().getBody();
        return comment().getModeration().getSuggestedRedactions().stream()
                .filter(sp -> sp.end() <= body.length())
                .map(sp -> new Suggestion(sp.start(), body.substring(sp.start(), sp.end())))
                .toList();
    }

    /**
     * Redacts the suggested spans the clerk kept ticked and every occurrence of the words the clerk typed (one
     * phrase per line), against the version this clerk saw.
     */
    public String redact() {
        List<Span> spans = new ArrayList<>();
        for (Span sp : comment().getModeration().getSuggestedRedactions()) {
            if (getAcceptedSuggestions().contains(sp.start())) {
                spans.add(sp);
            }
        }
        String body = comment().getBody();
        String lower = body.toLowerCase(Locale.ROOT);
        boolean missing = false;
        if (redactWords != null) {
            for (String line : redactWords.split("\\R")) {
                String phrase = line.strip().toLowerCase(Locale.ROOT);
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
        Faces.attempt("redact", () -> {
            decisions.redact(comment().getTrackingNumber(), spans, null, page.getSeenVersion());
            Faces.info("track.redacted", Span.normalise(spans).size());
            redactWords = null;
        });
        changed();
        return null;
    }

    public String undo() {
        Faces.attempt(null, () -> {
            decisions.undo(comment().getTrackingNumber(), page.getSeenVersion());
            Faces.info("track.undone");
        });
        changed();
        return null;
    }

    /** True when a decision can be undone: one that is not itself an undo and not undone yet. */
    public boolean isCanUndo() {
        return comment().getStatus().isDecidable() && comment().lastUndoable().isPresent();
    }

    /** The suggested spans the clerk keeps ticked: all of them until the clerk changes the ticks. */
    public List<Integer> getAcceptedSuggestions() {
        if (acceptedSuggestions == null && comment() != null) {
            acceptedSuggestions = new ArrayList<>(comment().getModeration().getSuggestedRedactions().stream()
                    .map(Span::start)
                    .toList());
        }
        return acceptedSuggestions;
    }

    public void setAcceptedSuggestions(List<Integer> acceptedSuggestions) {
        this.acceptedSuggestions = acceptedSuggestions;
    }

    public String getRedactWords() {
        return redactWords;
    }

    public void setRedactWords(String redactWords) {
        this.redactWords = redactWords;
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

    /** The clerk publishes this comment with the personal data the pre-screen found, unredacted (on purpose). */
    public boolean isPersonalDataAsIs() {
        return personalDataAsIs;
    }

    public void setPersonalDataAsIs(boolean personalDataAsIs) {
        this.personalDataAsIs = personalDataAsIs;
    }

    private void changed() {
        page.refresh();
        acceptedSuggestions = null;
    }
}
