package org.podium.insight.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a key point reading changes in the stored matches: the pairs (key point, comment) to remove, per key point, and
 * the rows to insert. A pair kept with a probability that moved by {@link #MOVED} or more is removed and inserted again.
 *
 * @param removed comment ids per key point id
 * @param added rows of key point id, comment id and probability
 */
record MatchChanges(Map<Long, List<Long>> removed, List<Object[]> added) {

    /** The smallest change of a kept pair's probability that is written. */
    static final double MOVED = 0.01;

    static MatchChanges of(Map<List<Long>, Double> before, List<Object[]> rows) {
        Map<Long, List<Long>> removed = new LinkedHashMap<>();
        List<Object[]> added = new ArrayList<>();
        Set<List<Long>> now = new HashSet<>();
        for (Object[] r : rows) {
            List<Long> pair = List.of(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            if (!now.add(pair)) {
                continue; // a pair once
            }
            Double was = before.get(pair);
            double p = ((Number) r[2]).doubleValue();
            if (was == null) {
                added.add(r);
            } else if (Math.abs(was - p) >= MOVED) {
                removed.computeIfAbsent(pair.get(0), k -> new ArrayList<>()).add(pair.get(1));
                added.add(r);
            }
        }
        for (List<Long> pair : before.keySet()) {
            if (!now.contains(pair)) {
                removed.computeIfAbsent(pair.get(0), k -> new ArrayList<>()).add(pair.get(1));
            }
        }
        return new MatchChanges(removed, added);
    }
}
