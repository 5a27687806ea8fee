package org.podium.insight.boundary;

import jakarta.annotation.security.PermitAll;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.podium.analysis.keypoint.Corpus;
import org.podium.analysis.keypoint.KeyPoints;
import org.podium.comment.boundary.CommentReadings;
import org.podium.comment.entity.Position;
import org.podium.insight.control.KeyPointRows;
import org.podium.insight.control.KeyPointRows.Stored;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.Bundles;

/**
 * The key points of an item: per side (support, opposition), short sentences in the residents' own words and the
 * comments that make each. The analysis proposes them from the item's comments (campaign copies read once: a text
 * counts once, its copies count as signers) and matches every comment to them — none, one or several; clerks rename,
 * merge, split, add and retire them ({@link KeyPointEdits}), and a new proposal never replaces a point a clerk has
 * touched nor brings back one a clerk retired. Read in the background ({@link KeyPointSchedule}), never on a
 * resident's wait; one reading at a time per item, across instances (the item's {@code key_point_item} row).
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

    /** A comment quoted under a key point. */
    public record Quote(String trackingNumber, String text) implements Serializable {}

    /**
     * A key point: {@code texts} distinct texts make it, {@code comments} comments in all (a campaign's copies
     * counted: its signers); two typical quotes; the tracking number of every comment that makes it. {@code id} and
     * {@code byClerk} are for staff (null and false in the public view). A point of the "made once" list with no
     * {@code id} is a comment that makes none of the listed points, shown by its first sentence.
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

    /** One side's key points, the one made by the most comments first, and those made once. */
    public record Side(String side, List<Point> points, List<Point> madeOnce) implements Serializable {}

    /**
     * An item's key points as one reader may see them; {@code readAt}: when its comments were last matched (null:
     * not yet — the reading follows the first comments within seconds).
     */
    public record View(long itemId, Instant readAt, List<Side> sides) implements Serializable {}

    /** A distinct text of the item: a comment, or a campaign (its first comment's text, all its comments). */
    static final class Unit {
        final CommentReadings.ForKeyPoints first;
        final List<CommentReadings.ForKeyPoints> members = new ArrayList<>();

        Unit(CommentReadings.ForKeyPoints first) {
            this.first = first;
        }

        /** The text public pages may quote (the first public member's), null when none is public. */
        String publicText() {
            for (CommentReadings.ForKeyPoints m : members) {
                if (m.publicText() != null) {
                    return m.publicText();
                }
            }
            return null;
        }
    }

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

    /**
     * Reads the item's key points again: proposes new ones when none were proposed yet, when asked ({@code propose})
     * or when the item has grown by a quarter since, and matches every counted comment to the points. Returns false
     * when the item does not exist.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean refresh(long itemId, boolean propose) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null) {
            return false;
        }
        long t0 = System.nanoTime();
        int proposedFrom = lock(itemId);
        String marker = Bundles.message(Locale.ENGLISH, "redacted.marker");
        Map<Position, List<Unit>> bySide = units(comments.forKeyPoints(itemId, marker));
        List<Stored> stored = stored(itemId);
        List<String> texts = new ArrayList<>();
        bySide.values().forEach(us -> us.forEach(u -> texts.add(u.first.body())));
        stored.forEach(s -> texts.add(s.text()));
        SentenceModel.Reading reading = sentences.read(item.getTitle(), texts);
        Corpus corpus = reading.corpus();
        KeyPoints keyPoints = new KeyPoints(reading.matcher());
        int distinct = bySide.values().stream().mapToInt(List::size).sum();
        boolean anew = propose || proposedFrom == 0 || distinct >= Math.max(proposedFrom * GROWTH, proposedFrom + 1);
        if (anew && distinct > 0) {
            for (Position side : SIDES) {
                proposeAgain(itemId, side, bySide.getOrDefault(side, List.of()), stored, corpus, keyPoints);
            }
            stored = stored(itemId);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Position side : SIDES) {
            rows.addAll(match(side, bySide.getOrDefault(side, List.of()), stored, corpus, keyPoints));
        }
        writeMatches(itemId, rows);
        rows().read(itemId, Instant.now(), anew && distinct > 0 ? distinct : null);
        LOG.fine(() -> "key points of item " + itemId + ": " + distinct + " texts, "
                + (reading.sentences() ? "sentences" : "words") + ", " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        changed.fire(new KeyPointsChanged(itemId));
        return true;
    }

    /** Takes the item's reading lock (its row, made if missing) and returns how many texts the last proposal read. */
    private int lock(long itemId) {
        return rows().lockItem(itemId);
    }

    private KeyPointRows rows() {
        return new KeyPointRows(em);
    }

    /** The counted comments by side, a campaign's copies as one unit (its first comment's text). */
    static Map<Position, List<Unit>> units(List<CommentReadings.ForKeyPoints> all) {
        Map<Long, Unit> byKey = new LinkedHashMap<>();
        for (CommentReadings.ForKeyPoints c : all) {
            long key = c.campaignId() != null ? c.campaignId() : c.id();
            byKey.computeIfAbsent(key, k -> new Unit(c)).members.add(c);
        }
        Map<Position, List<Unit>> out = new HashMap<>();
        for (Unit u : byKey.values()) {
            if (u.first.side() == Position.SUPPORT || u.first.side() == Position.OPPOSE) {
                out.computeIfAbsent(u.first.side(), k -> new ArrayList<>()).add(u);
            }
        }
        return out;
    }

    List<Stored> stored(long itemId) {
        return rows().of(itemId);
    }

    /**
     * Replaces the side's machine points (not touched by a clerk, nothing merged into them) with a new proposal made
     * beside the clerk's points, never bringing back a retired wording. Proposed from the side's largest campaigns
     * first, then texts spread over the item's time, at most {@link #PROPOSE_FROM}.
     */
    private void proposeAgain(
            long itemId, Position side, List<Unit> units, List<Stored> stored, Corpus corpus, KeyPoints keyPoints) {
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
        List<Unit> sample = sample(units);
        // proposed from what the public may read where it may, else from the text with what the pre-screen suggests
        // to redact taken out: a phone number, redacted or not yet looked at, never becomes a point
        List<String> texts = sample.stream()
                .map(u -> u.publicText() != null ? u.publicText() : u.first.preview())
                .toList();
        int[] signers = sample.stream().mapToInt(u -> u.members.size()).toArray();
        String marker = Bundles.message(Locale.ENGLISH, "redacted.marker");
        for (KeyPoints.Proposal p : keyPoints.propose(corpus, texts, signers, kept, blocked, MAX_NEW, MIN_COMMENTS)) {
            if (p.text().contains(marker)) {
                continue;
            }
            rows().insert(itemId, side, clip(p.text()), source(sample.get(p.source()), p.text()), false);
        }
    }

    /** The comment of the unit whose public text (else text) has the sentence: the point's source. */
    static long source(Unit u, String sentence) {
        for (CommentReadings.ForKeyPoints m : u.members) {
            if (m.publicText() != null && m.publicText().contains(sentence)) {
                return m.id();
            }
        }
        return u.first.id();
    }

    static List<Unit> sample(List<Unit> units) {
        if (units.size() <= PROPOSE_FROM) {
            return units;
        }
        List<Unit> bySize = new ArrayList<>(units);
        bySize.sort(Comparator.comparingInt((Unit u) -> -u.members.size()));
        List<Unit> out = new ArrayList<>();
        Set<Unit> taken = new HashSet<>();
        for (Unit u : bySize) {
            if (u.members.size() < 2 || out.size() >= PROPOSE_FROM / 4) {
                break;
            }
            out.add(u);
            taken.add(u);
        }
        List<Unit> rest = units.stream().filter(u -> !taken.contains(u)).toList();
        int need = PROPOSE_FROM - out.size();
        for (int k = 0; k < need; k++) {
            out.add(rest.get((int) ((long) k * rest.size() / need)));
        }
        return out;
    }

    static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    /**
     * The match rows of one side: every active point (its wording and the wordings merged into it) against every
     * distinct text; a text that makes a point makes it for each of its copies.
     */
    private List<Object[]> match(Position side, List<Unit> units, List<Stored> stored, Corpus corpus, KeyPoints kp) {
        List<Stored> active =
                stored.stream().filter(s -> s.side() == side && !s.retired()).toList();
        if (active.isEmpty() || units.isEmpty()) {
            return List.of();
        }
        List<List<String>> wordings = new ArrayList<>();
        for (Stored a : active) {
            List<String> w = new ArrayList<>();
            w.add(a.text());
            addMerged(a.id(), stored, w, 0);
            wordings.add(w);
        }
        double[][] p = kp.match(corpus, units.stream().map(u -> u.first.body()).toList(), wordings);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            for (int j = 0; j < active.size(); j++) {
                Long source = active.get(j).source();
                boolean own = source != null && units.get(i).members.stream().anyMatch(m -> m.id() == source);
                if (p[i][j] >= KeyPoints.MATCH || own) {
                    for (CommentReadings.ForKeyPoints m : units.get(i).members) {
                        rows.add(new Object[] {active.get(j).id(), m.id(), own ? Math.max(p[i][j], 1) : p[i][j]});
                    }
                }
            }
        }
        return rows;
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

    /**
     * Stores the reading's matches as changes to the last reading's: only the pairs that came or went, and those whose
     * probability moved by a hundredth or more (it orders the quotes, nothing else). Under a crowd each reading adds
     * the new comments' rows instead of writing every match of the item again (15,000 rows a few seconds apart on a
     * levy item of 10,000 comments, each of them through the binary log).
     */
    private void writeMatches(long itemId, List<Object[]> rows) {
        Map<List<Long>, Double> before = new HashMap<>();
        rows().matches(itemId)
                .forEach((point, byComment) ->
                        byComment.forEach((comment, p) -> before.put(List.of(point, comment), p)));
        MatchChanges changes = MatchChanges.of(before, rows);
        changes.removed().forEach(rows()::unmatch);
        rows().match(changes.added());
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
        String marker = Bundles.message(Locale.ENGLISH, "redacted.marker");
        List<CommentReadings.ForKeyPoints> all = comments.forKeyPoints(itemId, marker);
        List<Stored> stored = stored(itemId);
        Map<Long, Map<Long, Double>> matches = rows().matches(itemId);
        if (readAt == null && !all.isEmpty()) {
            // comments that came in when nothing listened (demo data, an import, a migration): read them now
            schedule.changed(itemId, false);
        }
        Views views = new Views(
                view(itemId, readAt, all, stored, matches, true), view(itemId, readAt, all, stored, matches, false));
        cache.put(itemId, generation, stamp, views);
        return views;
    }

    static View view(
            long itemId,
            Instant readAt,
            List<CommentReadings.ForKeyPoints> all,
            List<Stored> stored,
            Map<Long, Map<Long, Double>> matches,
            boolean staff) {
        Map<Long, CommentReadings.ForKeyPoints> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Map<Position, List<Unit>> bySide = units(all);
        List<Side> sides = new ArrayList<>();
        for (Position side : SIDES) {
            List<Point> points = new ArrayList<>();
            List<Point> once = new ArrayList<>();
            Set<Long> matched = new HashSet<>();
            for (Stored s : stored) {
                if (s.side() != side || s.retired()) {
                    continue;
                }
                if (!staff && !s.byClerk()) {
                    CommentReadings.ForKeyPoints src = s.source() == null ? null : byId.get(s.source());
                    if (src == null
                            || src.publicText() == null
                            || !src.publicText().contains(s.text())) {
                        continue;
                    }
                }
                List<CommentReadings.ForKeyPoints> makers = new ArrayList<>();
                Map<Long, Double> made = matches.getOrDefault(s.id(), Map.of());
                for (long m : made.keySet()) {
                    CommentReadings.ForKeyPoints c = byId.get(m);
                    if (c != null && c.side() == side && (staff || c.publicText() != null)) {
                        makers.add(c);
                    }
                }
                if (makers.isEmpty() && !(staff && s.byClerk())) {
                    continue; // a clerk's point that no comment makes (yet) is shown to staff, who may retire it
                }
                makers.forEach(c -> matched.add(c.id()));
                Point p = point(s, makers, made, staff);
                (p.comments() != 1 || s.byClerk() ? points : once).add(p);
            }
            for (Unit u : bySide.getOrDefault(side, List.of())) {
                List<CommentReadings.ForKeyPoints> shown = u.members.stream()
                        .filter(m -> (staff || m.publicText() != null) && !matched.contains(m.id()))
                        .toList();
                if (shown.isEmpty()) {
                    continue;
                }
                String text = staff ? u.first.preview() : u.publicText();
                String lead = KeyPoints.lead(text);
                once.add(new Point(
                        null,
                        lead != null ? lead : Quotes.of(text),
                        false,
                        1,
                        shown.size(),
                        List.of(new Quote(shown.get(0).trackingNumber(), Quotes.of(text))),
                        shown.stream()
                                .map(CommentReadings.ForKeyPoints::trackingNumber)
                                .toList()));
            }
            Comparator<Point> order = Comparator.comparingLong(Point::comments)
                    .reversed()
                    .thenComparing(Comparator.comparingLong(Point::texts).reversed());
            points.sort(order);
            once.sort(order);
            sides.add(new Side(side.name(), points, once));
        }
        return new View(itemId, readAt, sides);
    }

    private static Point point(
            Stored s, List<CommentReadings.ForKeyPoints> makers, Map<Long, Double> probability, boolean staff) {
        Map<Long, List<CommentReadings.ForKeyPoints>> byText = new LinkedHashMap<>();
        for (CommentReadings.ForKeyPoints c : makers) {
            byText.computeIfAbsent(c.campaignId() != null ? c.campaignId() : c.id(), k -> new ArrayList<>())
                    .add(c);
        }
        // typical quotes: the texts that make the point most surely, one per campaign
        List<CommentReadings.ForKeyPoints> firsts = new ArrayList<>();
        byText.values().forEach(l -> firsts.add(l.get(0)));
        // published ones first (their words as the public reads them), then those without an insult, then the surest
        firsts.sort(Comparator.comparing((CommentReadings.ForKeyPoints c) -> c.publicText() == null)
                .thenComparing(c -> !KeyPoints.civil(c.body()))
                .thenComparingDouble(c -> -probability.getOrDefault(c.id(), 0.0))
                .thenComparingLong(CommentReadings.ForKeyPoints::id));
        List<Quote> quotes = new ArrayList<>();
        for (CommentReadings.ForKeyPoints c : firsts) {
            if (quotes.size() == QUOTES) {
                break;
            }
            String text = staff ? c.preview() : c.publicText();
            quotes.add(new Quote(c.trackingNumber(), Quotes.of(text)));
        }
        return new Point(
                staff ? s.id() : null,
                s.text(),
                staff && s.byClerk(),
                byText.size(),
                makers.size(),
                quotes,
                makers.stream()
                        .map(CommentReadings.ForKeyPoints::trackingNumber)
                        .toList());
    }
}
