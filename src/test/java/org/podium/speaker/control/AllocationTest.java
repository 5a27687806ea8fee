package org.podium.speaker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.speaker.control.Allocation.Outcome;
import org.podium.speaker.control.Allocation.SignUp;
import org.podium.speaker.control.Allocation.Status;
import org.podium.speaker.entity.SpeakingRules;
import org.podium.speaker.entity.SpeakingRules.Mode;

class AllocationTest {

    static final Instant START = Instant.parse("2026-12-07T16:00:00Z");
    static final String SHA_S_K = "c731090f1dedef5e0fbe82c795130291ca8f31a047d8532d0715feaf5d1045dc";

    static SignUp signUp(int n, String item, Mode mode) {
        return new SignUp("SPK-" + n, n, item, mode, false, false, 0);
    }

    static List<SignUp> many(int count, String item, Mode mode, int firstSequence) {
        List<SignUp> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(signUp(firstSequence + i, item, mode));
        }
        return out;
    }

    static long count(Map<String, Outcome> outcomes, Status status) {
        return outcomes.values().stream().filter(o -> o.status() == status).count();
    }

    // ---- Chicago: a draw, 10 places split 5 in the chamber and 5 remote, 3 minutes each ----

    @ParameterizedTest(name = "Chicago: {0} in person and {1} remote -> {2} + {3} confirmed, {4} waitlisted")
    @CsvSource({"8, 6, 5, 5, 4", "10, 3, 5, 3, 5", "4, 4, 4, 4, 0", "0, 12, 0, 5, 7", "30, 30, 5, 5, 50"})
    void chicagoDrawsTenSplitBetweenTheChamberAndRemote(
            int inPerson, int remote, int confirmedInPerson, int confirmedRemote, int waitlisted) {
        List<SignUp> all = new ArrayList<>(many(inPerson, "general", Mode.IN_PERSON, 1));
        all.addAll(many(remote, "general", Mode.REMOTE, 1000));
        Map<String, Outcome> before = Allocation.allocate(all, SpeakingRules.CHICAGO, null);
        assertEquals(all.size(), count(before, Status.IN_DRAW), "before the draw, everyone is in the draw");
        Map<String, Outcome> after = Allocation.allocate(all, SpeakingRules.CHICAGO, "seed-2026-12-07");
        assertEquals(
                confirmedInPerson,
                all.stream()
                        .filter(s ->
                                s.mode() == Mode.IN_PERSON && after.get(s.key()).status() == Status.CONFIRMED)
                        .count());
        assertEquals(
                confirmedRemote,
                all.stream()
                        .filter(s ->
                                s.mode() == Mode.REMOTE && after.get(s.key()).status() == Status.CONFIRMED)
                        .count());
        assertEquals(waitlisted, count(after, Status.WAITLISTED));
        after.values().stream()
                .filter(o -> o.status() == Status.CONFIRMED)
                .forEach(o -> assertEquals(180, o.seconds(), "3 minutes"));
    }

    @Test
    void theDrawIsReproducibleFromItsSeedAndDependsOnIt() {
        List<SignUp> all = many(40, "general", Mode.IN_PERSON, 1);
        all.addAll(many(40, "general", Mode.REMOTE, 100));
        Map<String, Outcome> first = Allocation.allocate(all, SpeakingRules.CHICAGO, "published-seed-42");
        List<SignUp> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(
                first,
                Map.copyOf(Allocation.allocate(shuffled, SpeakingRules.CHICAGO, "published-seed-42")),
                "the same seed gives the same result, whatever order the list is read in");
        Map<String, Outcome> other = Allocation.allocate(all, SpeakingRules.CHICAGO, "another-seed");
        assertNotEquals(first, other, "another seed, another draw");
        // anyone can re-run it: the order is SHA-256("seed:number"), ascending
        String lowest = all.stream()
                .min((a, b) -> Allocation.drawKey("published-seed-42", a.key())
                        .compareTo(Allocation.drawKey("published-seed-42", b.key())))
                .orElseThrow()
                .key();
        assertEquals(new Outcome(Status.CONFIRMED, 1, 180), first.get(lowest));
        // SHA-256 of "s:k", as any tool computes it (printf 's:k' | sha256sum)
        assertEquals(SHA_S_K, Allocation.drawKey("s", "k"));
    }

    // ---- Seattle: first come by sequence, 20 minutes at 2 minutes each ----

    @Test
    void seattleTakesTheFirstTenBySequenceNeverByTheOrderTheyAreRead() {
        List<SignUp> all = many(13, "general", Mode.REMOTE, 1);
        Collections.shuffle(all, new Random(3));
        Map<String, Outcome> o = Allocation.allocate(all, SpeakingRules.SEATTLE, null);
        for (int n = 1; n <= 10; n++) {
            assertEquals(new Outcome(Status.CONFIRMED, n, 120), o.get("SPK-" + n));
        }
        assertEquals(new Outcome(Status.WAITLISTED, 1, 0), o.get("SPK-11"));
        assertEquals(new Outcome(Status.WAITLISTED, 3, 0), o.get("SPK-13"));
    }

    @Test
    void seattleSignUpOpensTwoHoursBeforeAndClosesAtTheStart() {
        SpeakingRules r = SpeakingRules.SEATTLE;
        assertFalse(r.isOpen(START, START.minus(Duration.ofHours(2)).minusSeconds(1)));
        assertTrue(r.isOpen(START, START.minus(Duration.ofHours(2))));
        assertTrue(r.isOpen(START, START.minusSeconds(1)));
        assertFalse(r.isOpen(START, START));
        assertEquals(START.minus(Duration.ofHours(72)), SpeakingRules.CHICAGO.opens(START));
        assertEquals(START.minus(Duration.ofHours(24)), SpeakingRules.CHICAGO.closes(START));
    }

    // ---- Long Beach: 20 per item, 90 s when more than 10, double time with an interpreter ----

    @ParameterizedTest(name = "Long Beach: {0} sign-ups on an item -> {1} confirmed at {2} s, interpreter {3} s")
    @CsvSource({"5, 5, 180, 360", "10, 10, 180, 360", "11, 11, 90, 180", "20, 20, 90, 180", "25, 20, 90, 180"})
    void longBeachTimesShrinkWithTheNumberAndDoubleWithAnInterpreter(
            int signUps, int confirmed, int seconds, int withInterpreter) {
        List<SignUp> all = new ArrayList<>(many(signUps - 1, "4.a", Mode.IN_PERSON, 1));
        all.add(new SignUp("SPK-I", 0, "4.a", Mode.IN_PERSON, false, true, 0));
        all.addAll(many(3, "4.b", Mode.IN_PERSON, 500));
        Map<String, Outcome> o = Allocation.allocate(all, SpeakingRules.LONG_BEACH, null);
        long onItem = all.stream()
                .filter(s -> s.item().equals("4.a") && o.get(s.key()).status() == Status.CONFIRMED)
                .count();
        assertEquals(confirmed, onItem);
        assertEquals(
                signUps - confirmed,
                all.stream()
                        .filter(s -> s.item().equals("4.a") && o.get(s.key()).status() == Status.WAITLISTED)
                        .count());
        assertEquals(seconds, o.get("SPK-1").seconds());
        assertEquals(withInterpreter, o.get("SPK-I").seconds());
        assertEquals(180, o.get("SPK-500").seconds(), "another item has its own count");
    }

    // ---- promotion, priority, spokesperson, validation ----

    @Test
    void aWithdrawalPromotesTheFirstOnTheWaitlistAndMovesNobodyElseDown() {
        List<SignUp> all = many(14, "general", Mode.REMOTE, 1);
        Map<String, Outcome> before = Allocation.allocate(all, SpeakingRules.SEATTLE, null);
        List<SignUp> after = new ArrayList<>(all);
        after.removeIf(s -> s.key().equals("SPK-4"));
        Map<String, Outcome> o = Allocation.allocate(after, SpeakingRules.SEATTLE, null);
        assertEquals(Status.WAITLISTED, before.get("SPK-11").status());
        assertEquals(new Outcome(Status.CONFIRMED, 10, 120), o.get("SPK-11"), "promoted");
        assertEquals(new Outcome(Status.WAITLISTED, 1, 0), o.get("SPK-12"));
        for (int n = 1; n <= 10; n++) {
            if (n != 4) {
                assertEquals(Status.CONFIRMED, o.get("SPK-" + n).status());
            }
        }
        // in a draw, the waitlist is the draw's order after the places
        List<SignUp> drawn = many(8, "general", Mode.REMOTE, 1);
        Map<String, Outcome> d = Allocation.allocate(drawn, SpeakingRules.CHICAGO, "x");
        String firstWaiting = d.entrySet().stream()
                .filter(e -> e.getValue().status() == Status.WAITLISTED
                        && e.getValue().position() == 1)
                .findFirst()
                .orElseThrow()
                .getKey();
        String aConfirmed = d.entrySet().stream()
                .filter(e -> e.getValue().status() == Status.CONFIRMED)
                .findFirst()
                .orElseThrow()
                .getKey();
        drawn.removeIf(s -> s.key().equals(aConfirmed));
        assertEquals(
                Status.CONFIRMED,
                Allocation.allocate(drawn, SpeakingRules.CHICAGO, "x")
                        .get(firstWaiting)
                        .status());
    }

    @Test
    void residentsComeFirstWhereTheCouncilGivesThemPriority() {
        SpeakingRules r = new SpeakingRules(
                null,
                null,
                null,
                null,
                null,
                2,
                null,
                120,
                null,
                null,
                1.0,
                null,
                null,
                SpeakingRules.Order.FIRST_COME,
                null,
                null,
                true,
                0);
        List<SignUp> all = List.of(
                signUp(1, "x", Mode.REMOTE),
                signUp(2, "x", Mode.REMOTE),
                new SignUp("SPK-3", 3, "x", Mode.REMOTE, true, false, 0));
        Map<String, Outcome> o = Allocation.allocate(all, r, null);
        assertEquals(new Outcome(Status.CONFIRMED, 1, 120), o.get("SPK-3"));
        assertEquals(new Outcome(Status.CONFIRMED, 2, 120), o.get("SPK-1"));
        assertEquals(new Outcome(Status.WAITLISTED, 1, 0), o.get("SPK-2"));
    }

    @Test
    void aSpokespersonForAGroupOfTenGetsSixMinutes() {
        SpeakingRules fortWorth = new SpeakingRules(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                180,
                null,
                null,
                1.0,
                10,
                360,
                SpeakingRules.Order.FIRST_COME,
                null,
                null,
                false,
                0);
        assertEquals(360, fortWorth.secondsFor(3, false, 10));
        assertEquals(180, fortWorth.secondsFor(3, false, 9));
        assertEquals(
                720,
                new SpeakingRules(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                180,
                                null,
                                null,
                                2.0,
                                10,
                                360,
                                SpeakingRules.Order.FIRST_COME,
                                null,
                                null,
                                false,
                                0)
                        .secondsFor(3, true, 12));
    }

    @Test
    void rulesThatCannotWorkAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new SpeakingRules(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        5,
                        null,
                        null,
                        1.0,
                        null,
                        null,
                        SpeakingRules.Order.FIRST_COME,
                        null,
                        null,
                        false,
                        0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SpeakingRules(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        120,
                        10,
                        null,
                        1.0,
                        null,
                        null,
                        SpeakingRules.Order.FIRST_COME,
                        null,
                        null,
                        false,
                        0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SpeakingRules(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        120,
                        null,
                        null,
                        0.5,
                        null,
                        null,
                        SpeakingRules.Order.FIRST_COME,
                        null,
                        null,
                        false,
                        0));
        assertEquals(
                SpeakingRules.LONG_BEACH, SpeakingRules.preset("Long-Beach").orElseThrow());
        assertTrue(SpeakingRules.preset("paris").isEmpty());
    }
}
