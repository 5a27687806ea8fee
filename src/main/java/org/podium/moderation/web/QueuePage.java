package org.podium.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentStatus;
import org.podium.council.boundary.PostingPolicy;
import org.podium.council.entity.ModerationReason;
import org.podium.insight.boundary.ClerkLabels;
import org.podium.insight.boundary.ItemCampaigns;
import org.podium.insight.web.TopicText;
import org.podium.moderation.boundary.BulkDecisions;
import org.podium.moderation.boundary.Decisions;
import org.podium.moderation.boundary.Queue;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;
import org.podium.web.Faces;
import org.podium.web.Formats;

/**
 * The clerks' moderation queue page: a page of comments as its filters ({@link QueueFilter}, a plain GET form) ask,
 * each row with its decisions, stance keys and topic buttons, the bulk form over the ticked rows, and "Undo". A row
 * opens the comment, where the clerk reads it whole.
 */
@Named
@RequestScoped
public class QueuePage {

    static final int SIZE = 50;

    @Inject
    BulkDecisions bulkDecisions;

    @Inject
    Queue queue;

    @Inject
    QueueFilter filter;

    /** The ticked rows of the bulk form (tracking number and version shown, "PDM-…:3"); null when none. */
    @Inject
    @Param(name = "sel")
    String[] selected;

    /** The decisions the "Undo" after a decision takes back (tracking numbers); null when none. */
    @Inject
    @Param(name = "undo")
    String[] toUndo;

    /** A row's form: the tracking number of its comment, the version the clerk saw, the reason chosen. */
    @Inject
    @Param(name = "t")
    String rowTracking;

    @Inject
    @Param(name = "v")
    String rowVersion;

    @Inject
    @Param(name = "reason")
    String rowReason;

    /** The bulk form: the decision and the reason for every ticked row. */
    @Inject
    @Param
    String bulkDecision;

    @Inject
    @Param
    String bulkReason;

    @Inject
    TopicText topicText;

    @Inject
    Formats formats;

    private Map<Long, Long> campaignSizes;
    private List<String> topicNames;
    private List<TopicButton> topicButtons;
    private List<ReasonOption> reasonOptions;
    private Map<String, Map<String, Boolean>> topicsOn;
    private Queue.Page topicsOnPage;
    private Map<String, QueueRow> rows;
    private Queue.Page rowsPage;
    private Queue.Page result;

    /**
     * f:viewAction: reads the queue before the page is drawn, so that a refused filter (an unknown flag in the
     * address) is said at the top of the page, where the messages are.
     */
    public void load() {
        getResult();
    }

    public Queue.Page getResult() {
        if (result == null) {
            if (!Faces.attempt(null, () -> {
                result = queue.list(filter.search(), Math.max(0, filter.getPage()), SIZE);
            })) {
                result = new Queue.Page(List.of(), 0, SIZE, 0, false, false);
            }
        }
        return result;
    }

    @Inject
    ClerkLabels labels;

    @Inject
    ItemCampaigns campaigns;

    @Inject
    Decisions decisions;

    @Inject
    PodiumConfig config;

    /**
     * Publish or keep for the record from the queue. The row's form posts its tracking number and the version shown,
     * so the decision lands on that comment as the clerk saw it, whatever has moved in the queue since.
     */
    public String decide(String decision) {
        String t = rowTracking;
        Long v = QueueFilter.parse(rowVersion);
        CommentStatus status = status(decision);
        try {
            decisions.decide(t, status, blank(rowReason), v, Faces.baseUrl(config));
            Faces.info("queue.decided", t, Faces.text("comment.status." + status));
            decided.add(t);
        } catch (RuntimeException e) {
            // said with the comment it is about: the focus has moved on to the next row by then
            Faces.error(null, "queue.decision.failed", t, Faces.problemText(e));
        }
        result = null;
        return null;
    }

    /** A clerk labels the stance of the row's comment (keys 1, 2, 3): it trains the item's model. */
    public String label(String stance) {
        String t = rowTracking;
        Faces.attempt(null, () -> {
            labels.label(t, stance);
            Faces.info("queue.labelled", t, Faces.text("position." + stance));
        });
        result = null;
        return null;
    }

    /**
     * A clerk puts a topic on the row's comment or takes it off (Shift+1 … Shift+9 for the first nine topics): a
     * decision that teaches the topic.
     */
    public String toggleTopic(String topic) {
        String t = rowTracking;
        Faces.attempt(null, () -> {
            boolean about =
                    labels.toggleTopic(t, topic).getReading().getTopicList().contains(topic);
            Faces.info(about ? "queue.topicAdded" : "queue.topicRemoved", t, topic);
        });
        result = null;
        return null;
    }

    /** The council's topics, in order (the row's topic buttons). */
    public List<String> getTopicNames() {
        if (topicNames == null) {
            if (!Faces.attempt(null, () -> {
                topicNames = labels.topicNames();
            })) {
                topicNames = List.of();
            }
        }
        return topicNames;
    }

    /**
     * The topic buttons of every row. A page of 50 rows has 400 of them: their names, languages and states are read
     * here once (as properties and map entries, which EL looks up without reflection) instead of by five method calls
     * with arguments each, which cost a fifth of the page's time.
     */
    public List<TopicButton> getTopicButtons() {
        if (topicButtons == null) {
            List<String> names = getTopicNames();
            List<TopicButton> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                out.add(new TopicButton(n, topicText.name(n), topicText.lang(n), i < 9 ? "Shift+" + (i + 1) : null));
            }
            topicButtons = List.copyOf(out);
        }
        return topicButtons;
    }

    /** Each row's {@link QueueRow}, by tracking number ({@code q.rows[c.trackingNumber]}). */
    public Map<String, QueueRow> getRows() {
        Queue.Page page = getResult();
        if (rows == null || rowsPage != page) {
            Map<String, QueueRow> out = new HashMap<>();
            for (Comment c : page.items()) {
                String body = c.getBody() == null ? "" : c.getBody();
                out.put(
                        c.getTrackingNumber(),
                        new QueueRow(
                                askBeforePublishing(c),
                                campaignSize(c),
                                formats.iso(c.getReceivedAt()),
                                formats.dateTime(c.getReceivedAt()),
                                formats.shortDateTime(c.getReceivedAt()),
                                body.length() > 160 ? body.substring(0, 160) + "…" : body,
                                c.getReading().getTopicList().stream()
                                        .map(t -> new TopicButton(t, topicText.name(t), topicText.lang(t), null))
                                        .toList()));
            }
            rows = out;
            rowsPage = page;
        }
        return rows;
    }

    /** For each row's tracking number, the topics it has now ({@code q.topicsOn[t][name]}). */
    public Map<String, Map<String, Boolean>> getTopicsOn() {
        Queue.Page page = getResult();
        if (topicsOn == null || topicsOnPage != page) {
            Map<String, Map<String, Boolean>> on = new HashMap<>();
            for (Comment c : page.items()) {
                Map<String, Boolean> topics = new HashMap<>();
                c.getReading().getTopicList().forEach(t -> topics.put(t, Boolean.TRUE));
                on.put(c.getTrackingNumber(), topics);
            }
            topicsOn = on;
            topicsOnPage = page;
        }
        return topicsOn;
    }

    /** Whether publishing the row's comment asks first: what the bulk action holds back (obscenity, threats). */
    public boolean askBeforePublishing(Comment c) {
        return c.getModeration().getFlagCodes().stream().anyMatch(BulkDecisions.HOLD::contains);
    }

    /** How many comments the row's campaign has (1: none). */
    public long campaignSize(Comment c) {
        if (c.getCampaignId() == null) {
            return 1;
        }
        if (campaignSizes == null) {
            campaignSizes = campaigns.campaignSizes(getResult().items().stream()
                    .map(Comment::getCampaignId)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
        }
        return campaignSizes.getOrDefault(c.getCampaignId(), 1L);
    }

    /**
     * One decision on every selected row (their tracking numbers and the versions shown, "PDM-…:3"), each decided on
     * its own ({@link BulkDecisions}); what was held back or refused is told in one line per reason, however many
     * comments it names.
     */
    public String bulk() {
        String[] selected = this.selected == null ? new String[0] : this.selected;
        if (selected.length == 0) {
            Faces.error(null, "queue.bulk.none");
            return null;
        }
        CommentStatus status = status(bulkDecision);
        if (status == null) {
            keptSelection = Set.of(selected);
            Faces.error(null, "queue.bulk.choose.required");
            return null;
        }
        BulkDecisions.Outcome outcome;
        try {
            outcome = bulkDecisions.decide(
                    Arrays.stream(selected).map(BulkDecisions.Pick::of).toList(),
                    status,
                    blank(bulkReason),
                    Faces.baseUrl(config));
        } catch (PodiumException e) {
            // refused before anything is decided: the page keeps the ticks, the decision and the reason as they were
            keptSelection = Set.of(selected);
            Faces.error(null, e.messageKey(), e.arguments());
            return null;
        }
        decided.addAll(outcome.decided());
        Map<String, List<String>> heldBack = new LinkedHashMap<>();
        outcome.heldBack()
                .forEach((t, flags) -> heldBack.computeIfAbsent(
                                flags.stream().map(f -> Faces.text("flag." + f)).collect(Collectors.joining(", ")),
                                k -> new ArrayList<>())
                        .add(t));
        Map<String, List<String>> failed = new LinkedHashMap<>();
        outcome.refused()
                .forEach((t, e) -> failed.computeIfAbsent(Faces.problemText(e), k -> new ArrayList<>())
                        .add(t));
        heldBack.forEach(
                (flags, ts) -> Faces.error(null, "queue.bulk.flagged", String.join(", ", ts), flags, ts.size()));
        failed.forEach((why, ts) -> Faces.error(null, "queue.bulk.failed", String.join(", ", ts), why, ts.size()));
        Faces.info("queue.bulk.done", outcome.decided().size(), Faces.text("comment.status." + status));
        result = null;
        return null;
    }

    private Set<String> keptSelection = Set.of();

    /** The row was ticked in a bulk action the page refused (its box is ticked again). */
    public boolean isKeptSelected(String trackingNumber, long version) {
        return keptSelection.contains(trackingNumber + ":" + version);
    }

    /** The bulk form's decision and reason as the clerk posted them (kept after a refusal). */
    public String getBulkDecision() {
        return bulkDecision;
    }

    /** The "Undo" after a decision was just posted (its form stays until the page is opened afresh). */
    public boolean isUndoPosted() {
        return toUndo != null && toUndo.length > 0;
    }

    public String getBulkReason() {
        return bulkReason;
    }

    /** Undoes the decisions just taken on this page (the "Undo" after a decision, shortcut z). */
    public String undoLast() {
        String[] ts = toUndo == null ? new String[0] : toUndo;
        int done = 0;
        for (String t : ts) {
            try {
                decisions.undo(t, null);
                done++;
            } catch (RuntimeException e) {
                Faces.error(null, "queue.bulk.failed", t, Faces.problemText(e), 1);
            }
        }
        if (done == 1 && ts.length == 1) {
            Faces.info("queue.undone.one", ts[0]);
        } else {
            Faces.info("queue.undone", done);
        }
        result = null;
        return null;
    }

    private final List<String> decided = new ArrayList<>();

    /** The comments decided by this request, for the "Undo" button. */
    public List<String> getDecided() {
        return decided;
    }

    private List<ModerationReason> reasons;

    @Inject
    PostingPolicy policy;

    public List<ModerationReason> getReasons() {
        if (reasons == null) {
            reasons = policy.active();
        }
        return reasons;
    }

    public String reasonLabel(ModerationReason r) {
        return r.publicText(Faces.locale());
    }

    /** The active reasons with their words, read once per page (every row has a drop-down of them). */
    public List<ReasonOption> getReasonOptions() {
        if (reasonOptions == null) {
            reasonOptions = getReasons().stream()
                    .map(r -> new ReasonOption(r.getCode(), reasonLabel(r)))
                    .toList();
        }
        return reasonOptions;
    }

    private static CommentStatus status(String decision) {
        return switch (decision == null ? "" : decision) {
            case "PUBLISH" -> CommentStatus.PUBLISHED;
            case "RECORD_ONLY" -> CommentStatus.RECORD_ONLY;
            case "REJECT" -> CommentStatus.REJECTED;
            default -> null;
        };
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    public boolean isHasPrevious() {
        return filter.getPage() > 0;
    }

    public boolean isHasNext() {
        return getResult().hasNext();
    }
}
