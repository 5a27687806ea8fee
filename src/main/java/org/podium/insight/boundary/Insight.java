package org.podium.insight.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.podium.account.entity.Role;
import org.podium.analysis.campaign.CampaignIndex;
import org.podium.analysis.stance.ItemModel;
import org.podium.analysis.stance.Prediction;
import org.podium.analysis.stance.Stance;
import org.podium.analysis.stance.StanceAnalyzer;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.SentenceVectors;
import org.podium.analysis.tone.Tone;
import org.podium.analysis.tone.Vader;
import org.podium.analysis.topic.ItemRouter;
import org.podium.analysis.topic.TopicModel;
import org.podium.comment.boundary.CommentReadings;
import org.podium.comment.boundary.CommentWritten;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.Position;
import org.podium.comment.entity.Reading;
import org.podium.insight.control.CampaignBands;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/**
 * The machine's reading of comments inside Podium: every comment is read on receipt (and again when its author edits
 * it) for stance, tone, topics, campaign and the item it seems to be about, and an item's comments are read again
 * after a clerk's correction ({@link ClerkLabels}) has taught the item's model or the council's topics; staff ask for
 * the analysis of texts. An item's campaigns are read by {@link ItemCampaigns}. The campaign index lives in the database, so every
 * instance of a cluster sees the same campaigns.
 */
@Stateless
@PermitAll
public class Insight {

    /** What the analysis makes of a text that is not stored (the API's analysis of texts). */
    public record TextAnalysis(
            String stance,
            double stanceConfidence,
            boolean needsReview,
            double tone,
            String toneLabel,
            List<String> topics,
            Long campaignId) {}

    public static final int MAX_TEXTS = 100;
    /**
     * How many earlier campaigns a comment is compared with: those sharing the most LSH bands with it (a text at the
     * 0.8 threshold shares about 6.6 of the 20 bands with its campaign's first comment, one at 0.6 about 1.6).
     */
    static final int CANDIDATES = 64;
    /** How many first comments one band bucket of an item holds at most (see {@link #campaign}). */
    static final int BUCKET_LIMIT = 32;

    static final StanceAnalyzer STANCE = StanceAnalyzer.shipped();

    @PersistenceContext
    EntityManager em;

    @Inject
    ItemModels models;

    @Inject
    CommentReadings comments;

    @Inject
    Topics topics;

    @Inject
    PodiumConfig config;

    @Inject
    SentenceModel sentences;

    @Inject
    Event<ToGroup> grouping;

    /** Reads a comment whose text was just written, in the transaction that wrote it. */
    public void onWritten(@Observes CommentWritten written) {
        analyse(written.comment());
    }

    /** Reads a stored comment (in the caller's transaction): stance, tone, topics, suggested item, campaign. */
    public void analyse(Comment c) {
        AgendaItem item = c.getItem();
        Prepared text = Prepared.of(c.getBody());
        double tone = Vader.get().score(c.getBody()).compound();
        ItemModel model = models.of(item.getId());
        Prediction p = STANCE.predict(target(item), text, tone, model);
        Position declared = c.getPosition();
        boolean mismatch = mismatch(declared, p);
        if (c.getReading().getTextHash() != null && Objects.equals(c.getCampaignId(), c.getId())) {
            // an edited first comment of a campaign: its old band keys go (by its id: only its own rows are locked)
            new CampaignBands(em).remove(c.getId());
        }
        boolean topicsByClerk = c.getReading().isTopicsByClerk();
        c.analysed(new Reading(
                Position.valueOf(p.stance().name()),
                p.confidence(),
                Reading.Source.valueOf(p.source().name()),
                p.needsReview(),
                mismatch,
                tone,
                topicsByClerk
                        ? Comment.joinTopics(c.getReading().getTopicList())
                        : Comment.joinTopics(topics.model().topicsOf(text)),
                topicsByClerk,
                CampaignIndex.fingerprint(text).textHash(),
                suggestedItem(item, c.getBody())));
        c.leftCampaign();
        grouping.fire(new ToGroup(item.getId()));
    }

    /** Comments of the item wait for their campaign: after the commit, {@link CampaignQueue} groups them. */
    public record ToGroup(long itemId) {}

    /**
     * Groups the item's comments that wait for their campaign, in arrival order, up to {@code max} of them, in a
     * transaction of its own that holds the item's grouping lock (its row of {@code campaign_grouping}): groupings of
     * one item never run side by side (on any instance), so copies of a letter arriving together find each other.
     * The lock is not the item's row, which every new comment's foreign key reads: submissions never wait for a
     * grouping. Returns how many were grouped.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int groupWaiting(long itemId, int max) {
        if (!groupingLock(itemId)) {
            return 0;
        }
        List<CommentReadings.Text> waiting = comments.waitingForCampaign(itemId, max);
        for (CommentReadings.Text t : waiting) {
            comments.setCampaign(
                    t.id(), campaign(itemId, t.id(), CampaignIndex.fingerprint(Prepared.of(t.body())), true));
        }
        return waiting.size();
    }

    /** Takes the item's grouping lock for this transaction; false when there is no such item. */
    private boolean groupingLock(long itemId) {
        return em.find(AgendaItem.class, itemId) != null && new CampaignBands(em).lock(itemId);
    }

    static boolean mismatch(Position declared, Prediction p) {
        return declared != null
                && declared != Position.NEUTRAL
                && p.stance() != Stance.NEUTRAL
                && !p.stance().name().equals(declared.name())
                && !p.needsReview();
    }

    static String target(AgendaItem item) {
        return item.getTitle() + (item.getDescription() == null ? "" : ". " + item.getDescription());
    }

    /**
     * Each meeting's item router, built again when older than {@link #ROUTER_TTL_NANOS}: building it (reading the
     * agenda and its words) for every comment was a tenth of a submission's time, and a suggestion may follow an
     * agenda edit a moment late.
     */
    private static final Map<Long, Router> ROUTERS = new ConcurrentHashMap<>();

    static final long ROUTER_TTL_NANOS = 2_000_000_000L;

    /** A meeting's router (null with fewer than two items) and when it was built. */
    private record Router(ItemRouter router, long builtAt) {}

    /** Another item of the meeting that the comment is clearly more about, if any. */
    private Long suggestedItem(AgendaItem item, String body) {
        long meetingId = item.getMeeting().getId();
        long now = System.nanoTime();
        Router r = ROUTERS.get(meetingId);
        if (r == null || now - r.builtAt() > ROUTER_TTL_NANOS) {
            List<AgendaItem> items = item.getMeeting().getItems();
            r = new Router(
                    items.size() < 2
                            ? null
                            : new ItemRouter(items.stream()
                                    .map(i ->
                                            new ItemRouter.Item(i.getId(), i.getTitle(), i.getDescription(), List.of()))
                                    .toList()),
                    now);
            ROUTERS.put(meetingId, r);
        }
        if (r.router() == null) {
            return null;
        }
        return r.router()
                .suggest(body)
                .map(ItemRouter.Suggestion::itemId)
                .filter(id -> !id.equals(item.getId()))
                .orElse(null);
    }

    /**
     * The campaign of a comment: that of an earlier comment of the item with the same words, else of the first
     * comment of a campaign whose fingerprint is similar enough, else its own (and, when {@code index}, it becomes a
     * campaign's first comment: its fingerprint and band keys are stored). Without a comment id (a text only being
     * analysed) nothing is stored and a text of no campaign gets null.
     */
    private Long campaign(long itemId, Long commentId, CampaignIndex.Fingerprint f, boolean index) {
        Optional<Long> same = comments.campaignOfText(itemId, f.textHash());
        if (same.isPresent()) {
            return same.get();
        }
        CampaignBands bands = new CampaignBands(em);
        // the first comments that share the most bands with this one, at most CANDIDATES of them: many texts just
        // below the threshold share bands with each other, and comparing every one of them made each grouping
        // slower than the one before (a near-duplicate flood: 7,600 band rows read and joined per comment)
        List<Long> candidates = bands.sharingMost(itemId, f.bandKeys(), CANDIDATES);
        double threshold = config.campaignThreshold();
        Long best = null;
        double bestSimilarity = 0;
        Map<Long, byte[]> fingerprints = comments.fingerprints(candidates);
        for (Long id : candidates) {
            byte[] stored = fingerprints.get(id);
            if (stored == null) {
                continue;
            }
            double s = CampaignIndex.similarity(f.signature(), CampaignIndex.Fingerprint.signature(stored));
            if (s > bestSimilarity) {
                bestSimilarity = s;
                best = id;
            }
        }
        if (best != null && bestSimilarity >= threshold) {
            return best;
        }
        if (commentId == null || !index) {
            return null;
        }
        comments.setFingerprint(commentId, f.signatureBytes());
        Set<Long> keys = new LinkedHashSet<>();
        for (long k : f.bandKeys()) {
            keys.add(k);
        }
        // a band that BUCKET_LIMIT first comments already share tells little apart: the new one is not added to it, so
        // that what a comment reads stays bounded however many texts just below the threshold arrive
        keys.removeAll(bands.full(itemId, f.bandKeys(), BUCKET_LIMIT));
        bands.add(itemId, commentId, keys);
        return commentId;
    }

    /** Staff: what the analysis makes of texts for an item, as if they were comments on it (nothing is stored). */
    @RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME, Role.COUNCIL_NAME})
    public List<TextAnalysis> analyseTexts(long itemId, List<String> texts) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null) {
            throw PodiumException.notFound("item.notFound");
        }
        if (texts == null || texts.isEmpty()) {
            throw PodiumException.invalid("texts", "analysis.texts.required");
        }
        if (texts.size() > MAX_TEXTS) {
            throw PodiumException.invalid("texts", "analysis.texts.tooMany", MAX_TEXTS);
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                throw PodiumException.invalid("texts[" + i + "]", "analysis.text.empty");
            }
            if (texts.get(i).length() > config.commentMaxLength()) {
                throw PodiumException.invalid("texts[" + i + "]", "analysis.text.tooLong", config.commentMaxLength());
            }
        }
        ItemModel model = models.of(itemId);
        TopicModel topicModel = topics.model();
        List<TextAnalysis> out = new ArrayList<>();
        for (String t : texts) {
            Prepared text = Prepared.of(t);
            double tone = Vader.get().score(t).compound();
            Prediction p = STANCE.predict(target(item), text, tone, model);
            out.add(new TextAnalysis(
                    p.stance().name(),
                    round(p.confidence()),
                    p.needsReview(),
                    round(tone),
                    Tone.label(tone).name(),
                    topicModel.topicsOf(text),
                    campaign(itemId, null, CampaignIndex.fingerprint(text), false)));
        }
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /**
     * Reads the topics of every comment of the item that no clerk has decided again, as the topics are taught now
     * (after a clerk's decision; versions left alone, as for stance).
     */
    public int retopic(long itemId) {
        TopicModel model = topics.model();
        List<CommentReadings.Text> rows = comments.forTopics(itemId);
        for (CommentReadings.Text t : rows) {
            // a clerk may decide while this runs (the update waits for the row and reads it as committed), and the
            // clerk's topics win
            comments.setMachineTopics(t.id(), model.topicsOf(Prepared.of(t.body())));
        }
        return rows.size();
    }

    /**
     * Reads every comment of the item that no clerk has labelled again with the item's current model (after a
     * label; the comments' versions are left alone, so a clerk's decision in progress is never made stale).
     */
    public int reanalyse(long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null) {
            return 0;
        }
        ItemModel model = models.of(itemId);
        List<CommentReadings.ForStance> rows = comments.forStance(itemId);
        // in the background: how close each is to the item and what it means, when the general model reads them
        Optional<SentenceVectors> vectors = model == null ? sentences.vectors() : Optional.empty();
        vectors.ifPresent(
                v -> v.of(rows.stream().map(CommentReadings.ForStance::body).toList()));
        for (CommentReadings.ForStance r : rows) {
            // the tone stored when the comment was read (of the same text: an edit reads it again)
            double tone =
                    r.tone() != null ? r.tone() : Vader.get().score(r.body()).compound();
            Prediction p = STANCE.predict(
                    target(item),
                    Prepared.of(r.body()),
                    tone,
                    model,
                    closeness(vectors, item, r.body()),
                    vectors.map(v -> v.of(r.body())).orElse(null));
            store(r.id(), p, mismatch(r.declared(), p));
        }
        return rows.size();
    }

    /** The machine's reading of a stored comment (a clerk's label given meanwhile wins). */
    private void store(long commentId, Prediction p, boolean mismatch) {
        comments.setMachineStance(
                commentId,
                p.stance().name(),
                p.confidence(),
                Reading.Source.valueOf(p.source().name()),
                p.needsReview(),
                mismatch);
    }

    /** How many of an item's latest comments {@link #readByMeaning} reads at most. */
    static final int ABOUT_LATEST = 2000;

    /**
     * In the background, with the sentence model, what the reading on receipt (words only) could not do: the item's
     * latest comments that a model read (not a cue, not a clerk) are read again by what they mean as well. On an item
     * with no model of its own yet: a comment far in meaning from the item is about something else and takes no side
     * toward it ({@link StanceAnalyzer#ABOUT}), and the general model that reads meaning answers for the others. On an
     * item with its own model: its model that also reads meaning ({@link ItemModels#withMeaning}), once it reads the
     * labelled comments better than the reading without labels ({@link ItemModel#trusted}). Only the readings
     * that changed are stored (a stored reading sends the comment to the key points again); versions are left alone.
     * Returns how many changed; none without the sentence model.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int readByMeaning(long itemId) {
        Optional<SentenceVectors> vectors = sentences.vectors();
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (vectors.isEmpty() || item == null) {
            return 0;
        }
        ItemModel model = models.of(itemId) == null ? null : models.withMeaning(itemId, vectors.get());
        // the latest 2,000 (a large item is not read whole at each reading: each was read so while it was among them);
        // the item's model or the general model, whichever answers now (a model answers once it reads better)
        List<CommentReadings.MachineRead> rows =
                comments.readFrom(itemId, List.of(Reading.Source.GENERAL, Reading.Source.ITEM), ABOUT_LATEST);
        SentenceVectors v = vectors.get();
        v.of(rows.stream().map(r -> r.comment().body()).toList());
        int changed = 0;
        for (CommentReadings.MachineRead r : rows) {
            String body = r.comment().body();
            double tone = r.comment().tone() != null
                    ? r.comment().tone()
                    : Vader.get().score(body).compound();
            Prediction p = STANCE.predict(
                    target(item), Prepared.of(body), tone, model, closeness(vectors, item, body), v.of(body));
            if (!p.source().name().equals(r.source().name())
                    || r.stance() == null
                    || !r.stance().name().equals(p.stance().name())
                    || r.confidence() == null
                    || Math.abs(r.confidence() - p.confidence()) > 0.0005) {
                store(r.comment().id(), p, mismatch(r.comment().declared(), p));
                changed++;
            }
        }
        return changed;
    }

    /** A comment's closeness to its item's title (what {@link StanceAnalyzer#ABOUT} was measured on). */
    private static OptionalDouble closeness(Optional<SentenceVectors> vectors, AgendaItem item, String body) {
        return vectors.map(v -> OptionalDouble.of(v.closeness(body, item.getTitle())))
                .orElse(OptionalDouble.empty());
    }
}
