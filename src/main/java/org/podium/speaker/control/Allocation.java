package org.podium.speaker.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.platform.Hashes;
import org.podium.speaker.entity.Speaker;
import org.podium.speaker.entity.SpeakingRules;

/**
 * Who speaks, from the sign-ups and the rules. The same inputs always give the same answer, so statuses are recomputed
 * from scratch after every change (a sign-up, a withdrawal, the draw): places are given in order (the sequence number,
 * or the draw's order), each to the first sign-up that fits every limit (per item, overall and by time, the in-person
 * or remote quota). Giving places in order means that a withdrawal can only move people up: the first on the waitlist
 * who fits takes the place (automatic promotion), and nobody confirmed before loses theirs.
 */
public final class Allocation {

    /** One sign-up as the rules see it; {@code key} is its confirmation number, {@code sequence} its arrival order. */
    public record SignUp(
            String key,
            long sequence,
            String item,
            SpeakingRules.Mode mode,
            boolean resident,
            boolean interpreter,
            int groupMembers) {

        /** What the rules need of a stored sign-up. */
        public static SignUp of(Speaker s) {
            return new SignUp(
                    s.getConfirmationNumber(),
                    s.getSequence(),
                    String.valueOf(s.getItem().getId()),
                    s.getMode(),
                    s.isResident(),
                    s.getInterpreterLanguage() != null,
                    s.getGroupSize());
        }
    }

    public enum Status {
        /** Has a place (first come, or chosen in the draw). */
        CONFIRMED,
        /** Waits for a place; promoted automatically when one frees up. */
        WAITLISTED,
        /** Signed up for a draw that has not been held yet. */
        IN_DRAW
    }

    /** A sign-up's outcome: its status and its position (1-based) among the confirmed or the waitlisted of its item. */
    public record Outcome(Status status, int position, int seconds) {}

    private Allocation() {}

    /**
     * The outcome of every sign-up. {@code drawSeed} is null while a draw has not been held (every sign-up is then
     * {@link Status#IN_DRAW}); with first come it is ignored.
     */
    public static Map<String, Outcome> allocate(List<SignUp> signUps, SpeakingRules rules, String drawSeed) {
        Map<String, Outcome> out = new LinkedHashMap<>();
        if (rules.order() == SpeakingRules.Order.DRAW && drawSeed == null) {
            for (SignUp s : signUps) {
                out.put(s.key(), new Outcome(Status.IN_DRAW, 0, 0));
            }
            return out;
        }
        List<SignUp> ordered = order(signUps, rules, drawSeed);
        int overall = 0;
        int capacity = rules.overallCapacity();
        Map<String, Integer> perItem = new HashMap<>();
        Map<SpeakingRules.Mode, Integer> perMode = new HashMap<>();
        Map<String, Integer> waiting = new HashMap<>();
        List<SignUp> confirmed = new ArrayList<>();
        for (SignUp s : ordered) {
            int onItem = perItem.getOrDefault(s.item(), 0);
            int inMode = perMode.getOrDefault(s.mode(), 0);
            Integer quota = rules.quota(s.mode());
            boolean fits = overall < capacity
                    && (rules.maxPerItem() == null || onItem < rules.maxPerItem())
                    && (quota == null || inMode < quota);
            if (fits) {
                overall++;
                perItem.put(s.item(), onItem + 1);
                perMode.put(s.mode(), inMode + 1);
                confirmed.add(s);
                out.put(s.key(), new Outcome(Status.CONFIRMED, onItem + 1, 0));
            } else {
                int n = waiting.merge(s.item(), 1, Integer::sum);
                out.put(s.key(), new Outcome(Status.WAITLISTED, n, 0));
            }
        }
        // time depends on how many are confirmed on the item (less each when many sign up)
        for (SignUp s : confirmed) {
            Outcome o = out.get(s.key());
            out.put(
                    s.key(),
                    new Outcome(
                            o.status(),
                            o.position(),
                            rules.secondsFor(perItem.get(s.item()), s.interpreter(), s.groupMembers())));
        }
        Map<String, Outcome> inInputOrder = new LinkedHashMap<>();
        for (SignUp s : signUps) {
            inInputOrder.put(s.key(), out.get(s.key()));
        }
        return inInputOrder;
    }

    /**
     * The order places are given in: residents first where the council gives them priority, then the sequence number
     * (first come) or the draw. The draw sorts by SHA-256 of "seed:confirmation number" (hexadecimal), so anyone with
     * the published seed and the list of confirmation numbers can re-run it.
     */
    static List<SignUp> order(List<SignUp> signUps, SpeakingRules rules, String seed) {
        Comparator<SignUp> byArrival = rules.order() == SpeakingRules.Order.DRAW
                ? Comparator.comparing((SignUp s) -> drawKey(seed, s.key()))
                : Comparator.comparingLong(SignUp::sequence);
        Comparator<SignUp> c = rules.residentPriority()
                ? Comparator.comparing((SignUp s) -> !s.resident()).thenComparing(byArrival)
                : byArrival;
        List<SignUp> sorted = new ArrayList<>(signUps);
        sorted.sort(c);
        return sorted;
    }

    public static String drawKey(String seed, String key) {
        return Hashes.sha256(seed + ":" + key);
    }
}
