package org.podium.it.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.DEMO_PASSWORD;
import static org.podium.it.Deployments.RESIDENT;
import static org.podium.it.Fixtures.addItem;
import static org.podium.it.Fixtures.assertProblem;
import static org.podium.it.Fixtures.createMeeting;
import static org.podium.it.Fixtures.json;
import static org.podium.it.Fixtures.publish;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.podium.it.DeployedTest;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.Mailbox;
import org.podium.it.SignUps;
import org.podium.it.TestInfrastructure;
import org.podium.speaker.control.Allocation;
import org.podium.speaker.entity.SpeakingRules;

/** Sign-ups to speak on the real stack: the rules, a burst of 200 for 10 places, withdrawal and promotion, the draw. */
class SpeakersIT extends DeployedTest {

    long[] meeting(Instant startsAt) {
        long meeting = createMeeting(clerk(), "Speakers " + UUID.randomUUID(), startsAt);
        long item = addItem(clerk(), meeting, "1", "Ordinance: property tax levy");
        publish(clerk(), meeting);
        return new long[] {meeting, item};
    }

    void rules(long meeting, String json) {
        HttpResponse<String> r = clerk().send("PUT", "api/v1/clerk/meetings/" + meeting + "/speakers/rules", json);
        assertEquals(200, r.statusCode(), r.body());
    }

    /**
     * What residents filed on an item is part of the record: an item with a comment or a sign-up stays, said with the
     * counts; an empty item goes, and the live display that showed it shows no item. (The meeting feature asks the
     * comment and speaker features through an event: it sits below them.)
     */
    @Test
    void anItemWithACommentOrASignUpStays_AnEmptyOneGoesAndTheLiveDisplayLetsItGo() {
        long[] m = meeting(Instant.now().plus(5, ChronoUnit.DAYS));
        long commented = m[1];
        long spokenFor = addItem(clerk(), m[0], "2", "Appropriation: shelters");
        long empty = addItem(clerk(), m[0], "3", "Communications and reports");
        HttpResponse<String> c = anonymous()
                .post(
                        "api/v1/items/" + commented + "/comments",
                        json("position", "OPPOSE", "text", "Too much.", "email", Fixtures.uniqueEmail("stays")));
        assertEquals(201, c.statusCode(), c.body());
        SignUps.signUp(anonymous(), spokenFor, SignUps.body(Fixtures.uniqueEmail("speaks"), "IN_PERSON"));
        HttpResponse<String> live =
                clerk().post("api/v1/clerk/meetings/" + m[0] + "/live", json("action", "ITEM", "itemId", empty));
        assertEquals(200, live.statusCode(), live.body());
        assertEquals(
                empty,
                Http.object(live).getJsonObject("item").getJsonNumber("id").longValue());

        HttpResponse<String> refused = clerk().send("DELETE", "api/v1/clerk/items/" + commented, null);
        assertProblem(refused, 409, null);
        assertTrue(Http.object(refused).getString("detail").contains("one comment"), refused.body());
        HttpResponse<String> refusedToo = clerk().send("DELETE", "api/v1/clerk/items/" + spokenFor, null);
        assertProblem(refusedToo, 409, null);
        assertTrue(Http.object(refusedToo).getString("detail").contains("one request to speak"), refusedToo.body());

        HttpResponse<String> gone = clerk().send("DELETE", "api/v1/clerk/items/" + empty, null);
        assertEquals(204, gone.statusCode(), gone.body());
        JsonObject state = Http.object(anonymous().get("api/v1/meetings/" + m[0] + "/live"));
        assertTrue(!state.containsKey("item") || state.isNull("item"), "the display shows no item: " + state);
        List<Long> items = Http.object(anonymous().get("api/v1/meetings/" + m[0])).getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
        assertEquals(List.of(commented, spokenFor), items);
    }

    @Test
    void twoHundredResidentsInTheSameSecondForTenPlaces_ExactlyTenConfirmedInArrivalOrderEveryOneAnswered()
            throws Exception {
        long[] m = meeting(Instant.now().plus(5, ChronoUnit.DAYS));
        rules(m[0], json("order", "FIRST_COME", "maxPerItem", 10, "secondsPerSpeaker", 180));
        int n = 200;
        ExecutorService pool = Executors.newFixedThreadPool(50);
        // two hundred sign up (each from a network of its own); a place is taken when the address is confirmed, so
        // the burst that decides the places is the two hundred confirmations in the same second
        List<Future<String[]>> signedUp = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String email = Fixtures.uniqueEmail("burst" + i);
            String body = SignUps.body(email, i % 3 == 0 ? "REMOTE" : "IN_PERSON");
            signedUp.add(pool.submit(() -> new String[] {SignUps.signUp(anonymous(), m[1], body), email}));
        }
        List<String[]> pending = new ArrayList<>();
        for (Future<String[]> f : signedUp) {
            String[] s = f.get();
            pending.add(new String[] {s[0], SignUps.token(s[1])});
        }
        assertEquals(
                0,
                Http.object(anonymous().get("api/v1/meetings/" + m[0] + "/speakers"))
                        .getJsonArray("speakers")
                        .size(),
                "unconfirmed sign-ups hold nothing and are not listed");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String[] p : pending) {
            Callable<HttpResponse<String>> call = () -> {
                start.await();
                return anonymous().post("api/v1/speakers/" + p[0] + "/confirm", json("token", p[1]));
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        Set<Integer> confirmedPlaces = new HashSet<>();
        Set<Integer> waitPlaces = new HashSet<>();
        List<String> confirmed = new ArrayList<>();
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get();
            assertEquals(200, r.statusCode(), r.body());
            JsonObject o = Http.object(r);
            if (o.getString("status").equals("CONFIRMED")) {
                confirmedPlaces.add(o.getInt("position"));
                confirmed.add(o.getString("confirmationNumber"));
                assertEquals(180, o.getInt("seconds"));
            } else {
                assertEquals("WAITLISTED", o.getString("status"));
                waitPlaces.add(o.getInt("position"));
            }
        }
        pool.shutdown();
        assertEquals(10, confirmed.size(), "exactly ten places");
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), confirmedPlaces, "no place twice");
        assertEquals(190, waitPlaces.size(), "every waitlisted one has a place of its own on the list");
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement(
                        "select sequence_number, status, confirmation_number from speaker where meeting_id = ?"
                                + " order by sequence_number")) {
            ps.setLong(1, m[0]);
            try (ResultSet rs = ps.executeQuery()) {
                int seq = 0;
                while (rs.next()) {
                    seq++;
                    assertEquals(
                            n + seq,
                            rs.getLong(1),
                            "sequence numbers of the confirmations, 201..400, without a"
                                    + " gap or a repeat (1..200 were the sign-ups')");
                    assertEquals(
                            seq <= 10 ? "CONFIRMED" : "WAITLISTED",
                            rs.getString(2),
                            "the first ten by arrival in line (sequence) have the places");
                }
                assertEquals(n, seq);
            }
        }
        String list = anonymous().get("api/v1/meetings/" + m[0] + "/speakers").body();
        assertFalse(list.contains("@example.org") || list.contains(confirmed.get(0)), "no address, no number");
        assertEquals(
                200,
                Http.object(anonymous().get("api/v1/meetings/" + m[0] + "/speakers"))
                        .getJsonArray("speakers")
                        .size());
    }

    @Test
    void badSignUpsGetASpecificAnswerAndTakeNoPlace() {
        long[] m = meeting(Instant.now().plus(5, ChronoUnit.DAYS));
        String path = "api/v1/items/" + m[1] + "/speakers";
        assertProblem(anonymous().post(path, json("mode", "REMOTE")), 400, "email");
        assertProblem(anonymous().post(path, json("mode", "REMOTE", "email", "not-an-address")), 400, "email");
        assertProblem(anonymous().post(path, json("email", Fixtures.uniqueEmail("x"))), 400, "mode");
        assertProblem(
                anonymous().post(path, json("email", Fixtures.uniqueEmail("x"), "mode", "BY_PIGEON")), 400, "mode");
        assertProblem(
                anonymous()
                        .post(
                                path,
                                json("email", Fixtures.uniqueEmail("x"), "mode", "REMOTE", "name", "n".repeat(101))),
                400,
                "name");
        String email = Fixtures.uniqueEmail("twice");
        SignUps.confirmed(anonymous(), m[1], SignUps.body(email, "REMOTE"), email);
        assertProblem(anonymous().post(path, SignUps.body(email.toUpperCase(), "IN_PERSON")), 409, "email");
        assertProblem(
                anonymous().post("api/v1/items/999999/speakers", SignUps.body(Fixtures.uniqueEmail("x"), "REMOTE")),
                404,
                null);
        rules(m[0], json("opensAt", Instant.now().plus(1, ChronoUnit.DAYS)));
        HttpResponse<String> early = anonymous().post(path, SignUps.body(Fixtures.uniqueEmail("early"), "REMOTE"));
        assertProblem(early, 409, null);
        assertTrue(Http.object(early).getString("detail").contains("not open yet"), early.body());
        rules(m[0], json("closesAt", Instant.now().minus(1, ChronoUnit.MINUTES)));
        assertProblem(anonymous().post(path, SignUps.body(Fixtures.uniqueEmail("late"), "REMOTE")), 409, null);
        assertProblem(
                clerk().send("PUT", "api/v1/clerk/meetings/" + m[0] + "/speakers/rules", json("secondsPerSpeaker", 5)),
                400,
                "secondsPerSpeaker");
        assertProblem(
                clerk().send("PUT", "api/v1/clerk/meetings/" + m[0] + "/speakers/rules", json("preset", "paris")),
                400,
                "preset");
        assertProblem(
                clerk().send("PUT", "api/v1/clerk/meetings/" + m[0] + "/speakers/rules", json("order", "LOUDEST")),
                400,
                "order");
        assertEquals(
                401,
                anonymous()
                        .send("PUT", "api/v1/clerk/meetings/" + m[0] + "/speakers/rules", "{}")
                        .statusCode());
        assertEquals(
                403,
                new Http(base.toString())
                        .basic(RESIDENT, DEMO_PASSWORD)
                        .send("PUT", "api/v1/clerk/meetings/" + m[0] + "/speakers/rules", "{}")
                        .statusCode());
        assertEquals(
                1,
                Http.object(anonymous().get("api/v1/meetings/" + m[0] + "/speakers"))
                        .getJsonArray("speakers")
                        .size(),
                "only the one good sign-up");
    }

    /** The key to withdraw, from the confirmation mail. */
    static String key(String email) throws Exception {
        MimeMessage mail = Mailbox.await(email);
        Matcher k = Pattern.compile("speaker\\.xhtml\\?c=SPK-[0-9A-Z-]+&k=([A-Za-z0-9_-]+)")
                .matcher((String) mail.getContent());
        assertTrue(k.find(), (String) mail.getContent());
        return k.group(1);
    }

    @Test
    void aWithdrawalPromotesTheFirstOnTheWaitlistWhoIsToldByEmail() throws Exception {
        long[] m = meeting(Instant.now().plus(5, ChronoUnit.DAYS));
        rules(m[0], json("maxPerItem", 2));
        String path = "api/v1/items/" + m[1] + "/speakers";
        List<String> emails = List.of(
                Fixtures.uniqueEmail("first"),
                Fixtures.uniqueEmail("second"),
                Fixtures.uniqueEmail("third"),
                Fixtures.uniqueEmail("fourth"));
        List<String> numbers = new ArrayList<>();
        for (String e : emails) {
            numbers.add(SignUps.confirmed(anonymous(), m[1], SignUps.body(e, "IN_PERSON"), e)
                    .getString("confirmationNumber"));
        }
        String firstKey = key(emails.get(0));
        String thirdKey = key(emails.get(2));
        assertEquals(
                "WAITLISTED",
                Http.object(anonymous().getWith("api/v1/speakers/" + numbers.get(2), "X-Author-Key", thirdKey))
                        .getString("status"));
        assertEquals(
                403,
                anonymous()
                        .getWith("api/v1/speakers/" + numbers.get(2), "X-Author-Key", firstKey)
                        .statusCode(),
                "another person's key");
        assertEquals(
                403,
                anonymous()
                        .sendWith("POST", "api/v1/speakers/" + numbers.get(0) + "/withdraw", "{}")
                        .statusCode());
        JsonObject withdrawn = Http.object(anonymous()
                .sendWith("POST", "api/v1/speakers/" + numbers.get(0) + "/withdraw", "{}", "X-Author-Key", firstKey));
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertProblem(
                anonymous()
                        .sendWith(
                                "POST",
                                "api/v1/speakers/" + numbers.get(0) + "/withdraw",
                                "{}",
                                "X-Author-Key",
                                firstKey),
                409,
                null);
        JsonObject third =
                Http.object(anonymous().getWith("api/v1/speakers/" + numbers.get(2), "X-Author-Key", thirdKey));
        assertEquals("CONFIRMED", third.getString("status"), "promoted");
        assertEquals(2, third.getInt("position"));
        MimeMessage told = Mailbox.await(emails.get(2), "You have a place to speak");
        assertTrue(told.getSubject().contains("You have a place to speak"), told.getSubject());
        assertTrue(((String) told.getContent()).contains("confirmed, number 2"), (String) told.getContent());
        // the one who withdrew may sign up again (at the end of the line)
        JsonObject again = SignUps.confirmed(anonymous(), m[1], SignUps.body(emails.get(0), "REMOTE"), emails.get(0));
        assertEquals("WAITLISTED", again.getString("status"));
        assertEquals(2, again.getInt("position"));
    }

    @Test
    void aDrawAtCloseIsHeldOnceWithAPublishedSeedThatAnyoneCanReRun() throws Exception {
        long[] m = meeting(Instant.now().plus(2, ChronoUnit.DAYS));
        rules(m[0], json("preset", "chicago"));
        String path = "api/v1/items/" + m[1] + "/speakers";
        List<String> numbers = new ArrayList<>();
        List<String> modes = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            String mode = i < 8 ? "IN_PERSON" : "REMOTE";
            String email = Fixtures.uniqueEmail("draw" + i);
            JsonObject r = SignUps.confirmed(anonymous(), m[1], SignUps.body(email, mode), email);
            assertEquals("IN_DRAW", r.getString("status"));
            numbers.add(r.getString("confirmationNumber"));
            modes.add(mode);
        }
        assertProblem(clerk().post("api/v1/clerk/meetings/" + m[0] + "/speakers/draw", "{}"), 409, null);
        rules(m[0], json("preset", "chicago", "closesAt", Instant.now().minusSeconds(5)));
        JsonObject drawn = Http.object(clerk().post("api/v1/clerk/meetings/" + m[0] + "/speakers/draw", "{}"));
        String seed = drawn.getString("drawSeed");
        assertEquals(32, seed.length());
        assertProblem(clerk().post("api/v1/clerk/meetings/" + m[0] + "/speakers/draw", "{}"), 409, null);
        JsonObject list = Http.object(anonymous().get("api/v1/meetings/" + m[0] + "/speakers"));
        assertEquals(seed, list.getString("drawSeed"), "the seed is published");
        assertEquals(
                10,
                list.getJsonArray("speakers").stream()
                        .filter(v -> v.asJsonObject().getString("status").equals("CONFIRMED"))
                        .count());
        // re-run it as anyone would: the published seed and the confirmation numbers
        List<Allocation.SignUp> signUps = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            signUps.add(new Allocation.SignUp(
                    numbers.get(i), i, "x", SpeakingRules.Mode.valueOf(modes.get(i)), false, false, 0));
        }
        Map<String, Allocation.Outcome> expected = Allocation.allocate(signUps, SpeakingRules.CHICAGO, seed);
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement(
                        "select confirmation_number, status, place from speaker where meeting_id = ?")) {
            ps.setLong(1, m[0]);
            try (ResultSet rs = ps.executeQuery()) {
                int seen = 0;
                while (rs.next()) {
                    Allocation.Outcome o = expected.get(rs.getString(1));
                    assertEquals(o.status().name(), rs.getString(2), rs.getString(1));
                    assertEquals(o.position(), rs.getInt(3), rs.getString(1));
                    seen++;
                }
                assertEquals(14, seen);
            }
        }
        assertProblem(anonymous().post(path, SignUps.body(Fixtures.uniqueEmail("after"), "REMOTE")), 409, null);
    }

    JsonObject act(long meeting, String json) {
        HttpResponse<String> r = clerk().post("api/v1/clerk/meetings/" + meeting + "/live", json);
        assertEquals(200, r.statusCode(), r.body());
        return Http.object(r);
    }

    static String name(JsonObject speaker) {
        return speaker == null || !speaker.containsKey("name") || speaker.isNull("name")
                ? null
                : speaker.getString("name");
    }

    /** Found by a clerk trying the console: two people were "Speaker 3" on the display of one item. */
    @Test
    void aWalkInOrANoShowCalledBackTakesANumberNoOneOnTheItemHasHad() {
        long[] m = meeting(Instant.now().plus(5, ChronoUnit.DAYS));
        rules(m[0], json("maxPerItem", 10, "secondsPerSpeaker", 60, "callBacks", 1));
        String email = Fixtures.uniqueEmail("ana");
        SignUps.confirmed(anonymous(), m[1], SignUps.body("Ana", email, "IN_PERSON"), email);
        act(m[0], json("action", "ITEM", "itemId", m[1]));
        JsonObject s = act(m[0], json("action", "NEXT"));
        assertEquals(1, s.getJsonObject("current").getInt("number"));
        s = act(m[0], json("action", "NEXT"));
        assertTrue(
                (!s.containsKey("current") || s.isNull("current"))
                        && s.getJsonArray("next").isEmpty(),
                s.toString());

        // the line is empty: a walk-in with no name joins it after Ana, not in her place
        s = act(m[0], json("action", "WALK_IN"));
        assertEquals(2, s.getJsonArray("next").getJsonObject(0).getInt("number"), s.toString());
        act(m[0], json("action", "WALK_IN", "name", "Ben"));
        s = act(m[0], json("action", "NEXT"));
        assertEquals(2, s.getJsonObject("current").getInt("number"));
        // not there: called back at the end of the line, after Ben (3), with a number of their own
        s = act(m[0], json("action", "NO_SHOW"));
        assertEquals("Ben", name(s.getJsonObject("current")));
        assertEquals(3, s.getJsonObject("current").getInt("number"));
        assertEquals(4, s.getJsonArray("next").getJsonObject(0).getInt("number"), s.toString());
    }

    @Test
    void theClerksConsoleRunsTheLineAndEveryDisplayIsPushedEachChange() throws Exception {
        long[] m = meeting(Instant.now().plus(5, ChronoUnit.DAYS));
        rules(m[0], json("maxPerItem", 10, "secondsPerSpeaker", 120, "totalMinutes", 30, "callBacks", 1));
        String path = "api/v1/items/" + m[1] + "/speakers";
        for (String who : List.of("Ana", "Ben", "Cy")) {
            String email = Fixtures.uniqueEmail(who);
            SignUps.confirmed(anonymous(), m[1], SignUps.body(who, email, "IN_PERSON"), email);
        }
        // a display connects to the push channel of the meeting
        BlockingQueue<String> pushed = new LinkedBlockingQueue<>();
        String ws = base.toString().replaceFirst("^http", "ws") + "live/" + m[0];
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create(ws), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        pushed.add(data.toString());
                        w.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        try {
            assertProblem(clerk().post("api/v1/clerk/meetings/" + m[0] + "/live", json("action", "NEXT")), 409, null);
            long before = System.nanoTime();
            JsonObject s = act(m[0], json("action", "ITEM", "itemId", m[1]));
            assertEquals("changed", pushed.poll(5, TimeUnit.SECONDS), "the display is pushed");
            long pushMs = (System.nanoTime() - before) / 1_000_000;
            assertTrue(pushMs < 5000, "pushed within " + pushMs + " ms");
            assertEquals(3, s.getJsonArray("next").size());
            s = act(m[0], json("action", "NEXT"));
            assertEquals("Ana", name(s.getJsonObject("current")));
            assertTrue(s.getBoolean("running"));
            assertEquals(120_000, s.getJsonNumber("allottedMs").longValue());
            assertEquals(
                    List.of("Ben", "Cy"),
                    s.getJsonArray("next").stream()
                            .map(v -> name(v.asJsonObject()))
                            .toList());
            s = act(m[0], json("action", "NO_SHOW"));
            assertEquals("Ben", name(s.getJsonObject("current")), "the next is called at once");
            assertEquals(
                    List.of("Cy", "Ana"),
                    s.getJsonArray("next").stream()
                            .map(v -> name(v.asJsonObject()))
                            .toList(),
                    "a no-show is called back once, at the end");
            s = act(m[0], json("action", "PAUSE"));
            assertFalse(s.getBoolean("running"));
            long paused = s.getJsonNumber("elapsedMs").longValue();
            // two reads later (each a request away): a running timer would have moved on, a paused one stands still
            anonymous().get("api/v1/meetings/" + m[0] + "/live");
            assertEquals(
                    paused,
                    Http.object(anonymous().get("api/v1/meetings/" + m[0] + "/live"))
                            .getJsonNumber("elapsedMs")
                            .longValue(),
                    "a paused timer stands still");
            s = act(m[0], json("action", "ADD_TIME", "seconds", 30));
            assertEquals(150_000, s.getJsonNumber("allottedMs").longValue());
            assertTrue(act(m[0], json("action", "RESUME")).getBoolean("running"));
            s = act(m[0], json("action", "WALK_IN", "name", "Dee"));
            assertEquals(
                    List.of("Cy", "Ana", "Dee"),
                    s.getJsonArray("next").stream()
                            .map(v -> name(v.asJsonObject()))
                            .toList());
            long dee =
                    s.getJsonArray("next").getJsonObject(2).getJsonNumber("id").longValue();
            s = act(m[0], json("action", "UP", "speakerId", dee));
            assertEquals(
                    List.of("Cy", "Dee", "Ana"),
                    s.getJsonArray("next").stream()
                            .map(v -> name(v.asJsonObject()))
                            .toList());
            long cy =
                    s.getJsonArray("next").getJsonObject(0).getJsonNumber("id").longValue();
            s = act(m[0], json("action", "SKIP", "speakerId", cy));
            assertEquals(
                    List.of("Dee", "Ana"),
                    s.getJsonArray("next").stream()
                            .map(v -> name(v.asJsonObject()))
                            .toList());
            s = act(m[0], json("action", "NEXT"));
            assertEquals("Dee", name(s.getJsonObject("current")));
            s = act(m[0], json("action", "NEXT"));
            assertEquals("Ana", name(s.getJsonObject("current")), "called back");
            s = act(m[0], json("action", "NO_SHOW"));
            assertTrue(!s.containsKey("current") || s.isNull("current"), "the second no-show forfeits, nobody is left");
            assertTrue(s.getJsonArray("next").isEmpty());
            assertTrue(s.getJsonNumber("totalLeftSeconds").longValue() <= 30 * 60);
            int changes = 0;
            while (pushed.poll(2, TimeUnit.SECONDS) != null) {
                changes++;
            }
            assertTrue(changes >= 10, "a push for each action: " + changes);
        } finally {
            socket.abort();
        }
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement(
                        "select display_name, live_status, spoken_seconds from speaker where meeting_id = ? order by sequence_number")) {
            ps.setLong(1, m[0]);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + ":" + rs.getString(2) + (rs.getObject(3) == null ? "" : ":spoke"));
                }
                assertEquals(
                        List.of("Ana:FORFEITED", "Ben:SPOKE:spoke", "Cy:SKIPPED", "Dee:SPOKE:spoke"),
                        rows,
                        "the record of who spoke, with the real time used");
            }
        }
        // the same, public, for the record: what happened in the chamber and the real time used
        Map<String, JsonObject> listed = new HashMap<>();
        Http.object(anonymous().get("api/v1/meetings/" + m[0] + "/speakers"))
                .getJsonArray("speakers")
                .forEach(v -> listed.put(name(v.asJsonObject()), v.asJsonObject()));
        assertEquals("FORFEITED", listed.get("Ana").getString("chamber"));
        assertFalse(listed.get("Ana").containsKey("spokenSeconds"), "a forfeited place has no speaking time");
        assertEquals("SPOKE", listed.get("Ben").getString("chamber"));
        assertTrue(listed.get("Ben").getInt("spokenSeconds") >= 0);
        assertEquals("SKIPPED", listed.get("Cy").getString("chamber"));
        String display = anonymous().get("api/v1/meetings/" + m[0] + "/live").body();
        assertFalse(display.contains("@example.org"), display);
        assertEquals(
                403,
                new Http(base.toString())
                        .basic(RESIDENT, DEMO_PASSWORD)
                        .post("api/v1/clerk/meetings/" + m[0] + "/live", json("action", "NEXT"))
                        .statusCode());
        assertProblem(clerk().post("api/v1/clerk/meetings/" + m[0] + "/live", json("action", "SING")), 400, "action");
    }
}
