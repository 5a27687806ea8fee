package org.podium.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.comment.boundary.Authors;
import org.podium.comment.entity.CommentStatus;
import org.podium.platform.PodiumException;

/**
 * One decision on many comments (the queue's bulk form). Each comment is decided on its own, in its own transaction:
 * one that another clerk decided in between is named and left as it is, the rest go through. A bulk click never
 * publishes what the pre-screen flagged as obscene or threatening, nor personal data that its redactions do not cover:
 * those are held back, each to be decided on its own.
 */
@ApplicationScoped
public class BulkDecisions {

    /** The pre-screen's flags whose comments a bulk "publish" holds back (personal data: the decision itself does). */
    public static final Set<String> HOLD = Set.of("obscenity", "threat");

    /** The flag named when a comment is held back for its personal data. */
    public static final String PERSONAL_DATA = "personal-data";

    /** A ticked row: its tracking number and the version the clerk saw ("PDM-…:3"; without a version, none is compared). */
    public record Pick(String trackingNumber, Long version) {

        public static Pick of(String ticked) {
            int colon = ticked.lastIndexOf(':');
            if (colon < 0) {
                return new Pick(ticked, null);
            }
            Long v;
            try {
                v = Long.valueOf(ticked.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                v = null;
            }
            return new Pick(ticked.substring(0, colon), v);
        }
    }

    /** What a bulk decision did: decided, held back (by the flags that held each), refused (by why). */
    public record Outcome(
            List<String> decided, Map<String, List<String>> heldBack, Map<String, RuntimeException> refused) {}

    @Inject
    Decisions decisions;

    @Inject
    Authors authors;

    /**
     * Decides every pick, or none when the decision and its reason do not go together: a rejection needs a reason of
     * the posting policy, and a reason chosen with any other decision is a rejection the clerk did not finish choosing.
     */
    public Outcome decide(List<Pick> picks, CommentStatus decision, String reason, String baseUrl) {
        if (decision == CommentStatus.REJECTED && reason == null) {
            throw PodiumException.invalid("bulkReason", "comment.decision.reason.required");
        }
        if (decision != CommentStatus.REJECTED && reason != null) {
            throw PodiumException.invalid("bulkReason", "queue.bulk.reason.onlyReject");
        }
        List<String> decided = new ArrayList<>();
        Map<String, List<String>> heldBack = new LinkedHashMap<>();
        Map<String, RuntimeException> refused = new LinkedHashMap<>();
        for (Pick p : picks) {
            String t = p.trackingNumber();
            if (decision == CommentStatus.PUBLISHED) {
                List<String> held = authors.byTrackingNumber(t)
                        .map(c -> c.getModeration().getFlagCodes().stream()
                                .filter(HOLD::contains)
                                .toList())
                        .orElse(List.of());
                if (!held.isEmpty()) {
                    heldBack.put(t, held);
                    continue;
                }
            }
            try {
                decisions.decide(t, decision, reason, p.version(), baseUrl);
                decided.add(t);
            } catch (PodiumException e) {
                if ("comment.publish.personalData".equals(e.messageKey())) {
                    heldBack.put(t, List.of(PERSONAL_DATA));
                } else {
                    refused.put(t, e);
                }
            } catch (RuntimeException e) {
                refused.put(t, e);
            }
        }
        return new Outcome(decided, heldBack, refused);
    }
}
