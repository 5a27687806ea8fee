package org.podium.summary.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import org.podium.analysis.text.Terms;
import org.podium.analysis.tone.Tone;
import org.podium.comment.boundary.CommentCounts;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentStatus;
import org.podium.insight.boundary.ItemKeyPoints;
import org.podium.insight.boundary.Quotes;
import org.podium.insight.boundary.Topics;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.Bundles;
import org.podium.platform.PodiumException;
import org.podium.speaker.boundary.Speakers;

/**
 * Computes an item's summary from its comments with a few grouped queries, each answered from an index (V19, V41): one
 * for status × declared position × stance × channel × side × campaign (the tally, which also gives the campaigns), one
 * for wards, one for the hour of arrival, one for topics × position; the quotes
 * from a sample of each topic's latest published comments.
 */
@Stateless
@PermitAll
public class Summaries {

    /** The statuses whose comments are part of an item's public comment (counted in the summary). */
    static final List<CommentStatus> COUNTED = List.of(
            CommentStatus.RECEIVED, CommentStatus.PUBLISHED, CommentStatus.RECORD_ONLY, CommentStatus.IN_RECORD);

    static final List<CommentStatus> PUBLIC = List.of(CommentStatus.PUBLISHED, CommentStatus.IN_RECORD);
    static final int TOPICS_WITH_QUOTES = 8;
    static final int QUOTES = 3;
    static final int QUOTE_SAMPLE = 200;
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @PersistenceContext
    EntityManager em;

    @Inject
    Topics topicNames;

    @Inject
    CommentCounts counts;

    @Inject
    Speakers speakers;

    @Inject
    ItemKeyPoints keyPoints;

    public ItemSummary compute(long itemId) {
        long t0 = System.nanoTime();
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || !item.getMeeting().isPublished()) {
            throw PodiumException.notFound("item.notFound");
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String s : List.of("RECEIVED", "PUBLISHED", "RECORD_ONLY", "IN_RECORD", "REJECTED", "WITHDRAWN")) {
            byStatus.put(s, 0L);
        }
        Map<String, Long> byPosition = zeros("SUPPORT", "OPPOSE", "NEUTRAL", "NONE");
        Map<String, Long> byStance = zeros("SUPPORT", "OPPOSE", "NEUTRAL", "NONE");
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (Channel c : Channel.values()) {
            byChannel.put(c.name(), 0L);
        }
        long total = 0;
        long mismatches = 0;
        long review = 0;
        // the key points' view is built on another thread, in a snapshot of its own, while this one counts
        Future<ItemKeyPoints.Views> meanwhile = keyPoints.viewsMeanwhile(itemId);
        List<CommentCounts.Tally> tally = counts.tally(itemId);
        for (CommentCounts.Tally t : tally) {
            long n = t.n();
            byStatus.merge(t.status(), n, Long::sum);
            if (!COUNTED.contains(CommentStatus.valueOf(t.status()))) {
                continue;
            }
            total += n;
            byPosition.merge(t.position() == null ? "NONE" : t.position(), n, Long::sum);
            byStance.merge(t.stance() == null ? "NONE" : t.stance(), n, Long::sum);
            byChannel.merge(t.channel(), n, Long::sum);
            mismatches += t.mismatch() ? n : 0;
            review += t.review() ? n : 0;
        }
        List<ItemSummary.Ward> wards = new ArrayList<>();
        for (CommentCounts.Ward w : counts.byWard(itemId, COUNTED)) {
            wards.add(new ItemSummary.Ward(w.ward(), w.n()));
        }
        wards.sort(Comparator.comparing((ItemSummary.Ward w) -> w.ward() == null)
                .thenComparing(Comparator.comparingLong(ItemSummary.Ward::count).reversed())
                .thenComparing(w -> w.ward() == null ? "" : w.ward()));

        List<CommentCounts.Campaign> campaignRows = new ArrayList<>(CommentCounts.campaigns(tally, COUNTED));
        campaignRows.sort(Comparator.comparingLong(CommentCounts.Campaign::n)
                .reversed()
                .thenComparingLong(CommentCounts.Campaign::id));
        long inCampaigns = 0;
        for (CommentCounts.Campaign r : campaignRows) {
            inCampaigns += r.n();
        }
        List<ItemSummary.Campaign> campaigns = new ArrayList<>();
        String marker = Bundles.message(Locale.ENGLISH, "redacted.marker");
        for (CommentCounts.Campaign r : campaignRows.subList(0, Math.min(20, campaignRows.size()))) {
            long id = r.id();
            Comment rep = em.find(Comment.class, id);
            String text = rep != null && rep.isPublic() ? Quotes.of(rep.publicText(marker)) : null;
            campaigns.add(new ItemSummary.Campaign(id, rep == null ? null : rep.getTrackingNumber(), r.n(), text));
        }

        // topics are stored joined by "|": group by the joined value, then count each topic
        Map<String, long[]> topicCounts = new TreeMap<>();
        for (CommentCounts.Topics r : counts.byTopics(itemId, COUNTED)) {
            int p = r.position() == null
                    ? 3
                    : Arrays.asList("SUPPORT", "OPPOSE", "NEUTRAL").indexOf(r.position());
            long n = r.n();
            for (String topic : r.topics().split("\\|")) {
                long[] c = topicCounts.computeIfAbsent(topic, k -> new long[5]);
                c[0] += n;
                c[1 + p] += n;
            }
        }
        List<Map.Entry<String, long[]>> ranked = new ArrayList<>(topicCounts.entrySet());
        ranked.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0])
                .reversed());
        List<ItemSummary.Topic> topics = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            var e = ranked.get(i);
            long[] c = e.getValue();
            Map<String, Long> pos = new LinkedHashMap<>();
            pos.put("SUPPORT", c[1]);
            pos.put("OPPOSE", c[2]);
            pos.put("NEUTRAL", c[3]);
            pos.put("NONE", c[4]);
            String es = topicNames.translated(e.getKey(), SPANISH) ? topicNames.name(e.getKey(), SPANISH) : null;
            topics.add(new ItemSummary.Topic(
                    e.getKey(),
                    es,
                    c[0],
                    pos,
                    i < TOPICS_WITH_QUOTES ? quotes(itemId, e.getKey(), marker) : List.of()));
        }

        List<ItemSummary.Arrival> arrivals = new ArrayList<>();
        for (CommentCounts.Hour h : counts.byHour(itemId, COUNTED)) {
            arrivals.add(new ItemSummary.Arrival(
                    h.day().atStartOfDay().plusHours(h.hour()).toInstant(ZoneOffset.UTC), h.n()));
        }
        arrivals.sort(Comparator.comparing(ItemSummary.Arrival::hour));

        Speakers.Counts signUps = speakers.counts(itemId);
        ItemKeyPoints.Views points = ItemKeyPoints.await(meanwhile, () -> keyPoints.views(itemId));
        return new ItemSummary(
                itemId,
                item.getMeeting().getId(),
                item.getNumber(),
                item.getTitle(),
                item.getTitleEs(),
                Instant.now(),
                total,
                byStatus,
                byPosition,
                byStance,
                mismatches,
                review,
                byChannel,
                wards,
                total - inCampaigns,
                inCampaigns,
                campaigns,
                topics,
                arrivals,
                new ItemSummary.Speakers(signUps.confirmed(), signUps.waitlisted(), signUps.spoke()),
                points.staff(),
                points.published(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Two or three quotes typical of a topic: among its latest published comments (one per campaign), those closest
     * to what they say on average (the centroid of their TF-IDF vectors), leaving out the most heated ones (a tone
     * beyond ±0.8) while enough others remain.
     */
    private List<ItemSummary.Quote> quotes(long itemId, String topic, String marker) {
        List<Comment> sample = counts.latestOnTopic(itemId, topic, PUBLIC, QUOTE_SAMPLE);
        List<Comment> candidates = new ArrayList<>();
        Set<Long> campaigns = new HashSet<>();
        for (Comment c : sample) {
            if (c.getReading().getTopicList().contains(topic)
                    && (c.getCampaignId() == null || campaigns.add(c.getCampaignId()))) {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Comment c : candidates) {
            Map<String, Integer> tc = Terms.counts(Terms.of(c.publicText(marker)));
            counts.add(tc);
            tc.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        df.forEach((t, n) -> idf.put(t, Math.log(1 + (double) candidates.size() / n)));
        List<Map<String, Double>> vectors = new ArrayList<>();
        Map<String, Double> centroid = new HashMap<>();
        for (Map<String, Integer> tc : counts) {
            Map<String, Double> v = Terms.tfidf(tc, idf, 0);
            vectors.add(v);
            v.forEach((t, x) -> centroid.merge(t, x / candidates.size(), Double::sum));
        }
        long calm = candidates.stream()
                .filter(c -> !Tone.heated(c.getReading().getTone()))
                .count();
        Integer[] order = new Integer[candidates.size()];
        double[] score = new double[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            boolean heated = Tone.heated(candidates.get(i).getReading().getTone());
            score[i] = Terms.cosine(vectors.get(i), centroid) - (heated && calm >= QUOTES ? 1 : 0);
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]));
        List<ItemSummary.Quote> out = new ArrayList<>();
        for (int k = 0; k < Math.min(QUOTES, order.length); k++) {
            Comment c = candidates.get(order[k]);
            out.add(new ItemSummary.Quote(c.getTrackingNumber(), Quotes.of(c.publicText(marker))));
        }
        return out;
    }

    private static Map<String, Long> zeros(String... keys) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String k : keys) {
            m.put(k, 0L);
        }
        return m;
    }
}
