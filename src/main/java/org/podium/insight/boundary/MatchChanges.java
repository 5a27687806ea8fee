package org.podium.insight.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.podium.insight.control.KeyPointRows.Match;

/**
 * What a key point reading changes in the stored matches of the comments it read: the pairs (key point, comment) to
 * remove, per key point, and the rows to insert. A pair kept with a probability that moved by {@link #MOVED} or more,
 * or whose comment changed side, campaign or whether the public sees it, is removed and inserted again.
 *
 * @param removed comment ids per key point id
 * @param added the rows to insert
 */
record MatchChanges(Map<Long, List<Long>> removed, List<Match> added) {

    /** The smallest change of a kept pair's probability that is written. */
    static final double MOVED = 0.01;

    static MatchChanges of(Collection<Match> before, List<Match> rows) {
        Map<List<Long>, Match> was = new HashMap<>();
        before.forEach(m -> was.put(List.of(m.point(), m.comment()), m));
        Map<Long, List<Long>> removed = new LinkedHashMap<>();
        List<Match> added = new ArrayList<>();
        Set<List<Long>> now = new HashSet<>();
        for (Match r : rows) {
            List<Long> pair = List.of(r.point(), r.comment());
            if (!now.add(pair)) {
                continue; // a pair once
            }
            Match w = was.get(pair);
            if (w == null) {
                added.add(r);
            } else if (Math.abs(w.probability() - r.probability()) >= MOVED
                    || !Objects.equals(w.side(), r.side())
                    || !Objects.equals(w.campaign(), r.campaign())
                    || w.isPublic() != r.isPublic()) {
                removed.computeIfAbsent(r.point(), k -> new ArrayList<>()).add(r.comment());
                added.add(r);
            }
        }
        for (List<Long> pair : was.keySet()) {
            if (!now.contains(pair)) {
                removed.computeIfAbsent(pair.get(0), k -> new ArrayList<>()).add(pair.get(1));
            }
        }
        return new MatchChanges(removed, added);
    }
}
