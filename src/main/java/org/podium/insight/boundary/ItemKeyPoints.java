package org.podium.insight.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.podium.analysis.keypoint.KeyPoints;
import org.podium.comment.boundary.CommentReadings;
import org.podium.comment.entity.Position;
import org.podium.insight.control.KeyPointRows;
import org.podium.insight.control.KeyPointRows.Stored;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.Bundles;
import org.podium.platform.Hashes;
import org.podium.platform.PodiumConfig;

/**
 * The key points of an item: per side (support, opposition), short sentences in the residents' own words and the
 * comments that make each. The analysis proposes them from the item's comments (campaign copies read once: a text
 * counts once, its copies count as signers) and matches every comment to them — none, one or several; clerks rename,
 * merge, split, add and retire them ({@link KeyPointEdits}), and a new proposal never replaces a point a clerk has
 * touched nor brings back one a clerk retired. Read in the background ({@link KeyPointSchedule}), never on a
 * resident's wait; one reading at a time per item, across instances (the item's {@code key_point_item} row).
 *
 * <p>A reading matches at most a slice of comments ({@link PodiumConfig#keyPointSlice()}): the new ones first, then
 * those changed since the last reading, then the next slice of the earlier ones, and reads on while new ones remain;
 * when the points change (a proposal, a clerk's edit) every comment is matched again, a slice at a time. The views
 * count in SQL and read only the comments they quote or link, so an item of a million comments is summarised without
 * loading them.
 *
 * <p>Texts are read with the sentence model in this JVM ({@link SentenceModel}), else from words alone; each with the
 * matcher learnt for that reading (docs/analysis.md gives both figures).
 */
@Stateless
@PermitAll
public class ItemKeyPoints {

    private static final Logger LOG = Logger.getLogger(ItemKeyPoints.class.getName());

    /** The sides that have key points. */
    public static final List<Position> SIDES = List.of(Position.OPPOSE, Position.SUPPORT);

    /** At most this many distinct texts per side are read to propose points (all are matched). */
    static final int PROPOSE_FROM = 200;
    /** New points per side per proposal. */
    static final int MAX_NEW = 10;
    /** A proposed point is made by at least this many comments (those made once are listed as such). */
    static final int MIN_COMMENTS = 2;
    /** A new proposal when the item has this many times the distinct texts of the last one. */
    static final double GROWTH = 1.25;

    static final int QUOTES = 2;

    /** The tracking numbers a view lists per point (all are counted; {@link #trackingNumbers} lists every one). */
    public static final int LINKS = 500;

    /** The entries of "made once" a view lists per side (all are counted; the record lists every one). */
    public static final int ONCE_LISTED = 200;

    /** At most this many comments of a side are looked through for the listed entries of "made once". */
    static final int ONCE_SCAN = 20_000;

    /** At most this many later copies of the campaigns listed under "made once" are read after the side's scan. */
    static final int CAMPAIGN_COPIES = 2_000;

    /** A change committed while the last reading ran is matched again by the next (a long transaction's margin). */
    static final long CHANGED_MARGIN_SECONDS = 30;

    /**
     * A comment quoted under a key point; {@code published}: the public reads it (staff are quoted comments a clerk has
     * not published yet too, and their pages say so).
     */
    public record Quote(String trackingNumber, String text, boolean published) implements Serializable {}

    /**
     * A key point: {@code texts} distinct texts make it, {@code comments} comments in all (a campaign's copies
     * counted: its signers); two typical quotes; the tracking numbers of the comments that make it, the first
     * {@link #LINKS} in a view (every one in the record). {@code byClerk} is for staff (false in the public view). A
     * point of the "made once" list with no {@code id} is a comment that makes none of the listed points, shown by its
     * first sentence.
     */
    public record Point(
            Long id,
            String text,
            boolean byClerk,
            long texts,
            long comments,
            List<Quote> quotes,
            List<String> trackingNumbers)
            implements Serializable {}

    /**
     * One side's key points, the one made by the most comments first, and those made once: {@code madeOnceTotal} of
     * them, the first {@link #ONCE_LISTED} listed in a view.
     */
    public record Side(String side, List<Point> points, List<Point> madeOnce, long madeOnceTotal)
            implements Serializable {}

    /**
     * An item's key points as one reader may see them; {@code readAt}: when its comments were last matched (null:
     * not yet — the reading follows the first comments within seconds).
     */
    public record View(long itemId, Instant readAt, List<Side> sides) implements Serializable {}

    /** The tracking numbers of a point's comments, a page at a time; {@code comments}: how many in all. */
    public record Makers(long pointId, String side, long comments, int page, int size, List<String> trackingNumbers)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    CommentReadings comments;

    @Inject
    Event<KeyPointsChanged> changed;

    @Inject
    KeyPointSchedule schedule;

    @Inject
    KeyPointViews cache;

    @Inject
    SentenceModel sentences;

    @Inject
    PodiumConfig config;

    /**
     * Reads the item's key points again: proposes new ones when none were proposed yet, when asked ({@code propose})
     * or when the item has grown by a quarter since, and matches a slice of its comments to the points. Returns
     * whether new comments remain to be matched (the next reading follows); false as well when the item does not
     * exist.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean refresh(long itemId, boolean propose) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null) {
            return false;
        }
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        KeyPointRows.State state = rows().lockItem(itemId);
        String marker = Bundles.message(Locale.ENGLISH, "redacted.marker");
        int slice = config.keyPointSlice();
        List<Stored> stored = stored(itemId);
        int proposedFrom = state.proposedFrom();
        double threshold = Math.max(proposedFrom * GROWTH, proposedFrom + 1);
        boolean anew = propose || proposedFrom == 0;
        int distinct = 0;
        // the distinct texts are counted (a pass over the item's comments) only when there may be enough of them: there
        // are no more than comments, which an index counts
        if (anew || comments.counted(itemId) >= threshold) {
            CommentReadings.Sides sides = comments.sides(itemId);
            distinct = (int) sides.texts();
            anew |= distinct >= threshold;
            if (anew && distinct > 0) {
                Map<Position, List<CommentReadings.Sampled>> samples = new HashMap<>();
                List<String> texts = new ArrayList<>(); // one corpus for both sides, as the matching reads them
                for (Position side : SIDES) {
                    samples.put(side, comments.sample(itemId, side, sides.of(side, false), marker, PROPOSE_FROM));
                    samples.get(side).forEach(u -> texts.add(u.first().body()));
                }
                stored.forEach(s -> texts.add(s.text()));
                SentenceModel.Reading reading = sentences.read(item.getTitle(), texts);
                for (Position side : SIDES) {
                    proposeAgain(itemId, side, samples.get(side), stored, reading);
                }
                stored = stored(itemId);
            }
        }
        String digest = digest(stored);
        long matchedTo = state.matchedTo();
        long sweptTo = state.sweptTo();
        if (!digest.equals(state.digest())) {
            matchedTo = 0; // other points: every comment is matched again, from the first
            sweptTo = 0;
        }
        // the new comments first, then those changed since the last reading, then the next slice of the earlier ones
        Map<Long, CommentReadings.ForKeyPoints> read = new TreeMap<>();
        List<CommentReadings.ForKeyPoints> fresh =
                comments.forKeyPoints(itemId, marker, matchedTo, Long.MAX_VALUE, slice);
        fresh.forEach(c -> read.put(c.id(), c));
        long newMatchedTo =
                fresh.isEmpty() ? matchedTo : fresh.get(fresh.size() - 1).id();
        if (matchedTo > 0 && state.matchedAt() != null && read.size() < slice) {
            comments.changedForKeyPoints(
                            itemId,
                            marker,
                            state.matchedAt().minusSeconds(CHANGED_MARGIN_SECONDS),
                            matchedTo,
                            slice - read.size())
                    .forEach(c -> read.putIfAbsent(c.id(), c));
        }
        int budget = slice - read.size();
        if (matchedTo > 0 && budget > 0) {
            List<CommentReadings.ForKeyPoints> earlier =
                    comments.forKeyPoints(itemId, marker, sweptTo, matchedTo, budget);
            earlier.forEach(c -> read.putIfAbsent(c.id(), c));
            sweptTo = earlier.size() < budget
                    ? 0
                    : earlier.get(earlier.size() - 1).id();
        }
        List<CommentReadings.ForKeyPoints> slices = new ArrayList<>(read.values());
        List<KeyPointRows.Match> rows = match(item.getTitle(), slices, stored, marker);
        MatchChanges changes = MatchChanges.of(
                rows().matchesOf(slices.stream()
                        .map(CommentReadings.ForKeyPoints::id)
                        .toList()),
                rows);
        changes.removed().forEach(rows()::unmatch);
        rows().match(changes.added());
        rows().read(
                        itemId,
                        started,
                        anew && distinct > 0 ? Integer.valueOf(distinct) : null,
                        newMatchedTo,
                        sweptTo,
                        digest);
        boolean more = fresh.size() == slice;
        LOG.fine(() -> "key points of item " + itemId + ": " + slices.size() + " comments matched, "
                + changes.added().size() + " rows written, " + (more ? "more to read, " : "")
                + (System.nanoTime() - t0) / 1_000_000 + " ms");
        changed.fire(new KeyPointsChanged(itemId));
        return more;
    }

    private KeyPointRows rows() {
        return new KeyPointRows(em);
    }

    List<Stored> stored(long itemId) {
        return rows().of(itemId);
    }

    /** A digest of the points as they match (their wordings and those merged into them): a change reads all again. */
    static String digest(List<Stored> stored) {
        StringBuilder b = new StringBuilder();
        for (Stored s : stored) {
            if (!s.retired() || s.mergedInto() != null) {
                b.append(s.id())
                        .append('|')
                        .append(s.side())
                        .append('|')
                        .append(s.retired())
                        .append('|')
                        .append(s.mergedInto())
                        .append('|')
                        .append(s.source())
                        .append('|')
                        .append(s.text())
                        .append('\n');
            }
        }
        return Hashes.sha256(b.toString());
    }

    /**
     * Replaces the side's machine points (not touched by a clerk, nothing merged into them) with a new proposal made
     * beside the clerk's points, never bringing back a retired wording. Proposed from the side's largest campaigns
     * first, then texts spread over the item's time, at most {@link #PROPOSE_FROM}.
     */
    private void proposeAgain(
            long itemId,
            Position side,
            List<CommentReadings.Sampled> sample,
            List<Stored> stored,
            SentenceModel.Reading reading) {
        Set<Long> mergedTargets = new HashSet<>();
        stored.forEach(s -> {
            if (s.mergedInto() != null) {
                mergedTargets.add(s.mergedInto());
            }
        });
        List<String> kept = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        for (Stored s : stored) {
            if (s.side() != side) {
                continue;
            }
            if (s.retired()) {
                blocked.add(s.text());
            } else if (s.byClerk() || mergedTargets.contains(s.id())) {
                kept.add(s.text());
            } else {
                rows().delete(s.id());
            }
        }
        if (sample.isEmpty()) {
            return;
        }
        // proposed from what the public may read where it may, else from the text with what the pre-screen suggests
        // to redact taken out: a phone number, redacted or not yet looked at, never becomes a point
        List<String> texts = sample.stream()
                .map(u -> u.firstPublic() != null
                        ? u.firstPublic().publicText()
                        : u.first().preview())
                .toList();
        int[] signers =
                sample.stream().mapToInt(CommentReadings.Sampled::comments).toArray();
        KeyPoints keyPoints = new KeyPoints(reading.matcher());
        String marker = Bundles.message(Locale.ENGLISH, "redacted.marker");
        for (KeyPoints.Proposal p :
                keyPoints.propose(reading.corpus(), texts, signers, kept, blocked, MAX_NEW, MIN_COMMENTS)) {
            if (p.text().contains(marker)) {
                continue;
            }
            rows().insert(itemId, side, clip(p.text()), source(sample.get(p.source()), p.text()), false);
        }
    }

    /** The comment of the sampled text whose public text (else text) has the sentence: the point's source. */
    static long source(CommentReadings.Sampled u, String sentence) {
        if (u.firstPublic() != null && u.firstPublic().publicText().contains(sentence)) {
            return u.firstPublic().id();
        }
        return u.first().id();
    }

    static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    /**
     * The matches of these comments: every active point of a side (its wording and the wordings merged into it)
     * against each distinct text of the side among them — a comment's own, or its campaign's first — and a text that
     * makes a point makes it for each of its copies here. A comment no longer counted makes none.
     */
    private List<KeyPointRows.Match> match(
            String title, List<CommentReadings.ForKeyPoints> read, List<Stored> stored, String marker) {
        List<KeyPointRows.Match> out = new ArrayList<>();
        if (read.isEmpty()) {
            return out;
        }
        Set<Long> campaignIds = new HashSet<>();
        read.forEach(c -> {
            if (c.campaignId() != null && c.side() != null) {
                campaignIds.add(c.campaignId());
            }
        });
        Map<Long, CommentReadings.ForKeyPoints> firsts = comments.campaignFirsts(campaignIds, marker);
        // the distinct texts: key (the campaign, or the comment) → its text, its side and its comments here
        Map<Long, List<CommentReadings.ForKeyPoints>> members = new LinkedHashMap<>();
        Map<Long, CommentReadings.ForKeyPoints> heads = new HashMap<>();
        for (CommentReadings.ForKeyPoints c : read) {
            if (c.side() == null) {
                continue; // not counted (rejected, withdrawn): its matches go
            }
            CommentReadings.ForKeyPoints head =
                    c.campaignId() != null && firsts.containsKey(c.campaignId()) ? firsts.get(c.campaignId()) : c;
            long key = c.campaignId() != null && firsts.containsKey(c.campaignId()) ? c.campaignId() : c.id();
            heads.put(key, head);
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        // the campaign of each point's source: a text that a point came from makes it, whatever the matcher says
        Map<Long, Long> sourceUnit = new HashMap<>();
        List<Long> sourceIds = stored.stream()
                .map(Stored::source)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        for (CommentReadings.ForKeyPoints s : comments.forKeyPoints(sourceIds, marker)) {
            sourceUnit.put(s.id(), s.campaignId() != null ? s.campaignId() : s.id());
        }
        List<String> texts = new ArrayList<>();
        heads.values().forEach(h -> texts.add(h.body()));
        stored.forEach(s -> texts.add(s.text()));
        SentenceModel.Reading reading = sentences.read(title, texts);
        KeyPoints kp = new KeyPoints(reading.matcher());
        for (Position side : SIDES) {
            List<Stored> active = stored.stream()
                    .filter(s -> s.side() == side && !s.retired())
                    .toList();
            List<Long> keys = heads.entrySet().stream()
                    .filter(e -> e.getValue().side() == side)
                    .map(Map.Entry::getKey)
                    .toList();
            if (active.isEmpty() || keys.isEmpty()) {
                continue;
            }
            List<List<String>> wordings = new ArrayList<>();
            for (Stored a : active) {
                List<String> w = new ArrayList<>();
                w.add(a.text());
                addMerged(a.id(), stored, w, 0);
                wordings.add(w);
            }
            double[][] p = kp.match(
                    reading.corpus(),
                    keys.stream().map(k -> heads.get(k).body()).toList(),
                    wordings);
            for (int i = 0; i < keys.size(); i++) {
                long key = keys.get(i);
                for (int j = 0; j < active.size(); j++) {
                    Long source = active.get(j).source();
                    boolean own = source != null
                            && (Long.valueOf(key).equals(sourceUnit.get(source))
                                    || members.get(key).stream().anyMatch(m -> m.id() == source));
                    if (p[i][j] >= KeyPoints.MATCH || own) {
                        for (CommentReadings.ForKeyPoints m : members.get(key)) {
                            out.add(new KeyPointRows.Match(
                                    active.get(j).id(),
                                    m.id(),
                                    own ? Math.max(p[i][j], 1) : p[i][j],
                                    m.side().name(),
                                    m.campaignId(),
                                    m.publicText() != null));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void addMerged(long into, List<Stored> stored, List<String> out, int depth) {
        if (depth > 20) {
            return;
        }
        for (Stored s : stored) {
            if (s.mergedInto() != null && s.mergedInto() == into) {
                out.add(s.text());
                addMerged(s.id(), stored, out, depth + 1);
            }
        }
    }

    /** An item's key points for staff (every counted comment) and for the public (published comments only). */
    public record Views(View staff, View published) implements Serializable {}

    /**
     * The item's key points for each kind of reader. For staff: every counted comment. For the public: published
     * comments only — counts, quotes and tracking numbers — and a point's wording only when a clerk wrote it or it
     * still stands, word for word, in the public text of the published comment it came from.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // its own snapshot, begun after the generation is read
    public Views views(long itemId) {
        long generation = cache.generation(itemId);
        Instant readAt = rows().readAt(itemId);
        // built again only when a reading or a comment changed: a decision shows (or hides) at once
        String stamp = readAt + " " + comments.stamp(itemId);
        Views cached = cache.get(itemId, stamp);
        if (cached != null) {
            return cached; // a summary computed again each second under load reads no comment here
        }
        List<Stored> stored = stored(itemId);
        if (readAt == null && comments.newest(itemId) > 0) {
            // comments that came in when nothing listened (demo data, an import, a migration): read them now
            schedule.changed(itemId, false);
        }
        CommentReadings.Sides sides = comments.sides(itemId);
        Views views = new Views(
                view(itemId, readAt, stored, sides, true, LINKS, ONCE_LISTED, ONCE_SCAN),
                view(itemId, readAt, stored, sides, false, LINKS, ONCE_LISTED, ONCE_SCAN));
        cache.put(itemId, generation, stamp, views);
        return views;
    }

    /**
     * {@link #views(long)} on a thread of the container's own, in a snapshot of its own, while the caller (the summary)
     * counts the rest. The caller takes it back with {@link #await}: if no thread has picked it up by then, the caller
     * builds it itself (a full pool never leaves a count waiting on work queued behind it).
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Future<Views> viewsMeanwhile(long itemId) {
        return CompletableFuture.completedFuture(views(itemId));
    }

    /** What {@link #viewsMeanwhile} built, or, when it had not started, the same built now in this thread. */
    public static Views await(Future<Views> meanwhile, Supplier<Views> instead) {
        if (meanwhile.cancel(false)) {
            return instead.get(); // still waiting for a thread: not begun, so not built twice
        }
        try {
            return meanwhile.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EJBException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new EJBException(e);
        }
    }

    /** The item's key points as the public reads them with every comment listed: the record's appendix. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public View everyPublished(long itemId) {
        return view(
                itemId,
                rows().readAt(itemId),
                stored(itemId),
                null,
                false,
                Integer.MAX_VALUE,
                Integer.MAX_VALUE,
                Integer.MAX_VALUE);
    }

    /**
     * A point's comments, a page at a time in arrival order (public ones only unless {@code staff}), or empty when the
     * point is not one of the item's or, for the public, not shown to it (no published comment makes it, or its
     * wording is the machine's and no longer stands in its published source).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Makers> makers(long itemId, long pointId, boolean staff, int page, int size) {
        Optional<Stored> point = rows().byId(pointId);
        if (point.isEmpty() || rows().itemOf(pointId) != itemId || point.get().retired()) {
            return Optional.empty();
        }
        Stored s = point.get();
        String marker = Bundles.message(Locale.ENGLISH, "redacted.marker");
        if (!staff && !shownToThePublic(s, sources(List.of(s), marker))) {
            return Optional.empty();
        }
        long total = rows().counts(List.of(pointId), !staff)
                .getOrDefault(pointId, new KeyPointRows.Count(0, 0))
                .comments();
        if (!staff && total == 0) {
            return Optional.empty(); // not listed to the public either: no published comment makes it
        }
        List<Long> ids = rows().makers(pointId, s.side().name(), !staff, 0, page * size, size);
        return Optional.of(
                new Makers(pointId, s.side().name(), total, page, size, comments.trackingNumbers(ids, !staff)));
    }

    private Map<Long, CommentReadings.ForKeyPoints> sources(List<Stored> stored, String marker) {
        Map<Long, CommentReadings.ForKeyPoints> out = new HashMap<>();
        comments.forKeyPoints(
                        stored.stream()
                                .map(Stored::source)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList(),
                        marker)
                .forEach(c -> out.put(c.id(), c));
        return out;
    }

    /** A clerk's wording, or a machine's that still stands word for word in its published source. */
    private static boolean shownToThePublic(Stored s, Map<Long, CommentReadings.ForKeyPoints> sources) {
        if (s.byClerk()) {
            return true;
        }
        CommentReadings.ForKeyPoints src = s.source() == null ? null : sources.get(s.source());
        return src != null && src.publicText() != null && src.publicText().contains(s.text());
    }

    private View view(
            long itemId,
            Instant readAt,
            List<Stored> stored,
            CommentReadings.Sides counted,
            boolean staff,
            int links,
            int onceListed,
            int onceScan) {
        String marker = Bundles.message(Locale.ENGLISH, "redacted.marker");
        boolean publicOnly = !staff;
        Map<Long, CommentReadings.ForKeyPoints> sources = sources(stored, marker);
        CommentReadings.Sides onSide = counted != null ? counted : comments.sides(itemId);
        List<Side> sides = new ArrayList<>();
        for (Position side : SIDES) {
            List<Stored> candidates = stored.stream()
                    .filter(s -> s.side() == side && !s.retired() && (staff || shownToThePublic(s, sources)))
                    .toList();
            Map<Long, KeyPointRows.Count> counts =
                    rows().counts(candidates.stream().map(Stored::id).toList(), publicOnly);
            List<Point> points = new ArrayList<>();
            List<Point> once = new ArrayList<>();
            List<Long> shown = new ArrayList<>();
            for (Stored s : candidates) {
                KeyPointRows.Count c = counts.getOrDefault(s.id(), new KeyPointRows.Count(0, 0));
                if (c.comments() == 0 && !(staff && s.byClerk())) {
                    continue; // a clerk's point that no comment makes (yet) is shown to staff, who may retire it
                }
                shown.add(s.id());
                Point p = point(s, c, staff, links, marker);
                (p.comments() != 1 || s.byClerk() ? points : once).add(p);
            }
            // the distinct texts of the side that make none of the points shown
            CommentReadings.SideCount all = onSide.of(side, publicOnly);
            KeyPointRows.Count matched = rows().matched(shown, side.name(), publicOnly);
            long onceTotal = once.size() + Math.max(0, all.texts() - matched.texts());
            once.addAll(unmatched(itemId, side, staff, shown, Math.max(0, onceListed - once.size()), onceScan, marker));
            Comparator<Point> order = Comparator.comparingLong(Point::comments)
                    .reversed()
                    .thenComparing(Comparator.comparingLong(Point::texts).reversed());
            points.sort(order);
            once.sort(order);
            sides.add(new Side(side.name(), points, once, Math.max(onceTotal, once.size())));
        }
        return new View(itemId, readAt, sides);
    }

    /** A point as a reader sees it: its counts, its two typical quotes, the first {@code links} comments' numbers. */
    private Point point(Stored s, KeyPointRows.Count count, boolean staff, int links, String marker) {
        boolean publicOnly = !staff;
        String side = s.side().name();
        // typical quotes: the texts that make the point most surely, one per campaign; published ones first (their
        // words as the public reads them), then those without an insult, then the surest
        List<KeyPointRows.Maker> surest = rows().surest(s.id(), side, publicOnly, 12);
        Map<Long, Double> probability = new HashMap<>();
        surest.forEach(m -> probability.put(m.comment(), m.probability()));
        List<CommentReadings.ForKeyPoints> firsts = new ArrayList<>(
                comments
                        .forKeyPoints(
                                surest.stream().map(KeyPointRows.Maker::comment).toList(), marker)
                        .stream()
                        .filter(c -> c.side() != null && (staff || c.publicText() != null))
                        .toList());
        firsts.sort(Comparator.comparing((CommentReadings.ForKeyPoints c) -> c.publicText() == null)
                .thenComparing(c -> !KeyPoints.civil(c.body()))
                .thenComparingDouble(c -> -probability.getOrDefault(c.id(), 0.0))
                .thenComparingLong(CommentReadings.ForKeyPoints::id));
        List<Quote> quotes = new ArrayList<>();
        for (CommentReadings.ForKeyPoints c : firsts) {
            if (quotes.size() == QUOTES) {
                break;
            }
            quotes.add(new Quote(
                    c.trackingNumber(), Quotes.of(staff ? c.preview() : c.publicText()), c.publicText() != null));
        }
        List<String> numbers = new ArrayList<>();
        long after = 0;
        while (numbers.size() < links) {
            int want = Math.min(5_000, links - numbers.size());
            List<Long> ids = rows().makers(s.id(), side, publicOnly, after, 0, want);
            if (ids.isEmpty()) {
                break;
            }
            numbers.addAll(comments.trackingNumbers(ids, publicOnly));
            after = ids.get(ids.size() - 1);
            if (ids.size() < want) {
                break;
            }
        }
        return new Point(s.id(), s.text(), staff && s.byClerk(), count.texts(), count.comments(), quotes, numbers);
    }

    /**
     * The side's distinct texts that make none of the points shown, in arrival order, at most {@code max} of them
     * among the first {@code scan} comments of the side: each by its first sentence, with its comments.
     */
    private List<Point> unmatched(
            long itemId, Position side, boolean staff, List<Long> shown, int max, int scan, String marker) {
        boolean publicOnly = !staff;
        // by text (a campaign, or a comment of none): its first comment, and the numbers of its comments
        Map<Long, CommentReadings.ForKeyPoints> firsts = new LinkedHashMap<>();
        Map<Long, List<String>> numbers = new HashMap<>();
        long after = 0;
        int scanned = 0;
        while (max > 0 && scanned < scan) {
            int page = 500;
            List<Long> ids = comments.onSide(itemId, side, publicOnly, after, page);
            if (ids.isEmpty()) {
                break;
            }
            scanned += ids.size();
            after = ids.get(ids.size() - 1);
            Set<Long> matched = rows().matchedAmong(shown, ids);
            List<Long> rest = ids.stream().filter(id -> !matched.contains(id)).toList();
            // the page's campaigns and numbers first; the text only of a text's first comment, while one is wanted
            List<CommentReadings.Copy> copies = comments.copies(rest);
            Set<Long> newKeys = new HashSet<>();
            List<Long> wanted = new ArrayList<>();
            for (CommentReadings.Copy c : copies) {
                long key = c.campaignId() != null ? c.campaignId() : c.id();
                if (firsts.size() + newKeys.size() < max && !firsts.containsKey(key) && newKeys.add(key)) {
                    wanted.add(c.id());
                }
            }
            Map<Long, CommentReadings.ForKeyPoints> read = new HashMap<>();
            comments.forKeyPoints(wanted, marker).forEach(f -> read.put(f.id(), f));
            for (CommentReadings.Copy c : copies) {
                long key = c.campaignId() != null ? c.campaignId() : c.id();
                CommentReadings.ForKeyPoints first = read.get(c.id());
                if (first != null) {
                    firsts.put(key, first);
                }
                if (firsts.containsKey(key)) {
                    numbers.computeIfAbsent(key, k -> new ArrayList<>()).add(c.trackingNumber());
                }
            }
            if (ids.size() < page || firsts.size() >= max) {
                break;
            }
        }
        Set<Long> campaigns = new LinkedHashSet<>();
        firsts.forEach((key, first) -> {
            if (first.campaignId() != null) {
                campaigns.add(key);
            }
        });
        if (firsts.size() >= max && !campaigns.isEmpty() && scanned < scan) {
            // every text listed is chosen: the campaigns listed gather later copies from their own index (not from the
            // rest of the side), read without their texts, the first campaigns first, as many as the scan had left
            List<CommentReadings.Copy> more = comments.copiesOf(
                    campaigns, side, publicOnly, after, (int) Math.min(CAMPAIGN_COPIES, (long) scan - scanned));
            Set<Long> matched = rows().matchedAmong(
                            shown, more.stream().map(CommentReadings.Copy::id).toList());
            for (CommentReadings.Copy c : more) {
                if (!matched.contains(c.id())) {
                    numbers.get(c.campaignId()).add(c.trackingNumber());
                }
            }
        }
        Map<Long, Long> sizes = comments.campaignSizes(campaigns, side, publicOnly);
        List<Point> out = new ArrayList<>();
        for (Map.Entry<Long, CommentReadings.ForKeyPoints> e : firsts.entrySet()) {
            CommentReadings.ForKeyPoints first = e.getValue();
            List<String> listed = numbers.get(e.getKey());
            String text = staff ? first.preview() : first.publicText();
            String lead = KeyPoints.lead(text);
            long n = Math.max(listed.size(), sizes.getOrDefault(e.getKey(), 0L));
            out.add(new Point(
                    null,
                    lead != null ? lead : Quotes.of(text),
                    false,
                    1,
                    n,
                    List.of(new Quote(first.trackingNumber(), Quotes.of(text), first.publicText() != null)),
                    List.copyOf(listed)));
        }
        return out;
    }
}
