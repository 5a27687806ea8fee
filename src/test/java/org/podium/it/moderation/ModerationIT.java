package org.podium.it.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.ADMIN;
import static org.podium.it.Deployments.CLERK;
import static org.podium.it.Deployments.COUNCIL;
import static org.podium.it.Deployments.DEMO_PASSWORD;
import static org.podium.it.Deployments.RESIDENT;
import static org.podium.it.Fixtures.addItem;
import static org.podium.it.Fixtures.assertProblem;
import static org.podium.it.Fixtures.createMeeting;
import static org.podium.it.Fixtures.json;
import static org.podium.it.Fixtures.publish;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.it.DeployedTest;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.Mailbox;
import org.podium.it.Pdfs;
import org.podium.it.TestInfrastructure;

/**
 * Moderation on the real stack: the pre-screen, redaction and undo, concurrent decisions, reports, appeals, the trail,
 * role checks, and the leak test over every public surface.
 */
class ModerationIT extends DeployedTest {

    long meeting;
    long item;

    @BeforeEach
    void agenda() {
        meeting = createMeeting(
                clerk(), "Moderation " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
        item = addItem(clerk(), meeting, "1", "Ordinance: property tax levy");
        publish(clerk(), meeting);
    }

    String submit(Http who, String position, String text, String email) {
        HttpResponse<String> r = who.post(
                "api/v1/items/" + item + "/comments",
                json("position", position, "text", text, "email", email, "name", "Rosa Martínez", "ward", "25"));
        assertEquals(201, r.statusCode(), r.body());
        return Http.object(r).getString("trackingNumber");
    }

    JsonObject decide(String t, String body) {
        HttpResponse<String> r = clerk().post("api/v1/clerk/comments/" + t + "/decision", body);
        assertEquals(200, r.statusCode(), r.body());
        return Http.object(r);
    }

    JsonObject staffView(String t) {
        return Http.object(clerk().get("api/v1/comments/" + t));
    }

    void settings(Boolean autoPublish, Integer reportThreshold) {
        JsonObject now = Http.object(as(ADMIN).get("api/v1/admin/settings"));
        HttpResponse<String> r = as(ADMIN)
                .send(
                        "PUT",
                        "api/v1/admin/settings",
                        json(
                                "commentMaxLength",
                                5000,
                                "acceptLate",
                                false,
                                "unverifiedComments",
                                "RECORD_ONLY",
                                "autoPublish",
                                autoPublish == null ? JsonValue.NULL : autoPublish,
                                "reportThreshold",
                                reportThreshold == null ? JsonValue.NULL : reportThreshold,
                                "version",
                                now.getJsonNumber("version")));
        assertEquals(200, r.statusCode(), r.body());
    }

    static List<String> texts(String body, JsonArray spans) {
        return spans.stream()
                .map(v -> body.substring(
                        v.asJsonObject().getInt("start"), v.asJsonObject().getInt("end")))
                .toList();
    }

    @Test
    void thePreScreenSuggestsRedactionsAndFlags_AndAutoPublishingTakesOnlyCleanVerifiedComments() {
        String text = "Call my neighbour at (312) 555-0142 or write jane dot doe at gmail dot com; see 3-1-1 and "
                + "Ordinance O2026-0153. More at https://example.org/levy";
        String t = submit(anonymous(), "OPPOSE", text, Fixtures.uniqueEmail("screen"));
        JsonObject m = staffView(t).getJsonObject("moderation");
        assertEquals(
                List.of("personal-data", "link"),
                m.getJsonArray("flags").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertEquals(
                List.of("(312) 555-0142", "jane dot doe at gmail dot com"),
                texts(text, m.getJsonArray("suggestedRedactions")));
        String clean = submit(
                anonymous(),
                "SUPPORT",
                "Call 3-1-1 about Resolution 2024-117; it passed 7-2.",
                Fixtures.uniqueEmail("clean"));
        assertTrue(staffView(clean)
                .getJsonObject("moderation")
                .getJsonArray("flags")
                .isEmpty());
        String disposable = submit(anonymous(), "SUPPORT", "Fine by me.", "someone@mailinator.com");
        String queue = "api/v1/clerk/queue?meeting=" + meeting;
        assertEquals(1, Http.object(clerk().get(queue + "&flag=personal-data")).getInt("total"));
        assertEquals(
                1, Http.object(clerk().get(queue + "&flag=disposable-email")).getInt("total"));
        assertEquals(2, Http.object(clerk().get(queue + "&flag=flagged")).getInt("total"));
        JsonObject row = Http.object(clerk().get(queue + "&flag=link"))
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(t, row.getString("trackingNumber"));
        assertEquals(2, row.getJsonArray("suggestedRedactions").size());
        assertTrue(
                absentOrNull(Http.object(anonymous().get("api/v1/comments/" + t)), "moderation"),
                "the public never sees the screen");
        assertTrue(
                absentOrNull(Http.object(as(COUNCIL).get("api/v1/comments/" + t)), "moderation"),
                "nor does a council member");

        settings(true, 3);
        try {
            String verifiedClean = submit(as(RESIDENT), "SUPPORT", "I support the levy for the library.", RESIDENT);
            assertEquals("PUBLISHED", staffView(verifiedClean).getString("status"), "verified and no flag");
            assertEquals(
                    "AUTO_PUBLISH",
                    staffView(verifiedClean)
                            .getJsonObject("moderation")
                            .getJsonArray("decisions")
                            .getJsonObject(0)
                            .getString("decision"));
            String verifiedLink = submit(as(RESIDENT), "SUPPORT", "Read www.example.org first.", RESIDENT);
            assertEquals("RECEIVED", staffView(verifiedLink).getString("status"), "a flag waits for a clerk");
            String guest = submit(anonymous(), "SUPPORT", "I support it too.", Fixtures.uniqueEmail("guest"));
            assertEquals("RECEIVED", staffView(guest).getString("status"), "unverified waits for a clerk");
        } finally {
            settings(false, 3);
        }
        assertEquals("RECEIVED", staffView(disposable).getString("status"));

        // an author who adds personal data to a published comment sends it back to a clerk
        String mine = submit(as(RESIDENT), "SUPPORT", "The library needs the levy.", RESIDENT);
        decide(mine, json("decision", "PUBLISH"));
        HttpResponse<String> edited = as(RESIDENT)
                .send(
                        "PUT",
                        "api/v1/comments/" + mine,
                        json("position", "SUPPORT", "text", "The library needs the levy. Call me: 312-555-0199."));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("RECEIVED", Http.object(edited).getString("status"));
        JsonArray history = Http.object(edited).getJsonArray("history");
        assertEquals("edited", history.getJsonObject(history.size() - 1).getString("note"));
        assertFalse(anonymous().get("api/v1/items/" + item + "/comments").body().contains("0199"));
    }

    static boolean absentOrNull(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    @Test
    void aRedactionReplacesTheSpansOnThePublicSurfaces_TheRecordKeepsThem_AndUndoRestores() throws Exception {
        String text = "My landlord at 1234 N. Maple Ave, Apt 3 raised the rent; call him at 312-555-0142.";
        String t = submit(anonymous(), "OPPOSE", text, Fixtures.uniqueEmail("redact"));
        decide(t, json("decision", "RECORD_ONLY"));
        settingsUnverifiedPublish(() -> {
            // issue 19, bug 3: flagged personal data that is not redacted is published only on purpose, one by one
            HttpResponse<String> refused =
                    clerk().post("api/v1/clerk/comments/" + t + "/decision", json("decision", "PUBLISH"));
            assertProblem(refused, 409, "decision");
            assertTrue(Http.object(refused).getString("detail").contains("personal data"), refused.body());
            assertEquals("RECORD_ONLY", staffView(t).getString("status"));
            decide(t, json("decision", "PUBLISH", "personalDataAsIs", true));
            try {
                assertEquals(
                        1,
                        TestInfrastructure.auditCount("comment.publish.personalDataAsIs", t + " "),
                        "the audit trail records the decision to publish it as it is");
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            assertProblem(
                    clerk().post(
                                    "api/v1/clerk/comments/" + t + "/decision",
                                    json(
                                            "decision",
                                            "REDACT",
                                            "spans",
                                            List.of(Fixtures.object("start", 5, "end", 500)))),
                    400,
                    "spans");
            assertProblem(
                    clerk().post(
                                    "api/v1/clerk/comments/" + t + "/decision",
                                    json(
                                            "decision",
                                            "REDACT",
                                            "spans",
                                            List.of(Fixtures.object("start", 9, "end", 3)))),
                    400,
                    "spans");
            JsonObject redacted = decide(t, json("decision", "REDACT"));
            assertEquals(
                    List.of("1234 N. Maple Ave, Apt 3", "312-555-0142"),
                    texts(text, redacted.getJsonObject("moderation").getJsonArray("redactions")));
            assertEquals(text, redacted.getString("text"), "staff see the text as written");
            String list = anonymous().get("api/v1/items/" + item + "/comments").body();
            assertTrue(
                    list.contains("My landlord at [redacted: personal information] raised the rent; call him at "
                            + "[redacted: personal information]."),
                    list);
            assertFalse(list.contains("Maple") || list.contains("0142"), list);
            assertTrue(anonymous()
                    .language("es")
                    .get("api/v1/items/" + item + "/comments")
                    .body()
                    .contains("[suprimido: información personal]"));
            String page = anonymous().get("item.xhtml?id=" + item).body();
            assertTrue(page.contains("[redacted: personal information]") && !page.contains("Maple"), page);
            JsonObject log = Http.object(anonymous().get("api/v1/meetings/" + meeting + "/moderation-log"));
            assertEquals(1, log.getInt("redacted"));
            assertEquals(
                    "redacted", log.getJsonArray("entries").getJsonObject(0).getString("kind"));

            JsonObject undone = decide(t, json("decision", "UNDO"));
            assertTrue(undone.getJsonObject("moderation")
                    .getJsonArray("redactions")
                    .isEmpty());
            assertEquals("PUBLISHED", undone.getString("status"));
            assertTrue(
                    anonymous().get("api/v1/items/" + item + "/comments").body().contains("Maple"));
            assertEquals("RECORD_ONLY", decide(t, json("decision", "UNDO")).getString("status"));
            assertEquals("RECEIVED", decide(t, json("decision", "UNDO")).getString("status"));
            assertProblem(
                    clerk().post("api/v1/clerk/comments/" + t + "/decision", json("decision", "UNDO")), 409, null);
        });
        JsonArray trail = staffView(t).getJsonObject("moderation").getJsonArray("decisions");
        assertEquals(
                List.of("RECORD_ONLY", "PUBLISH", "REDACT", "UNDO", "UNDO", "UNDO"),
                trail.stream().map(v -> v.asJsonObject().getString("decision")).toList());
        assertEquals("Carmen Clerk", trail.getJsonObject(0).getString("by"));
        assertEquals(
                trail.getJsonObject(2).getJsonNumber("id"),
                trail.getJsonObject(3).getJsonNumber("undoes"));
        assertEquals("PUBLISHED", trail.getJsonObject(2).getString("statusAfter"));

        String csv = clerk().get("api/v1/clerk/decisions/export.csv").body();
        assertTrue(csv.startsWith("id,decided_at,tracking_number,by,decision,"), csv);
        assertEquals(6, csv.lines().filter(l -> l.contains("," + t + ",")).count(), csv);
        assertEquals(403, as(COUNCIL).get("api/v1/clerk/decisions").statusCode());
        assertEquals(403, as(RESIDENT).get("api/v1/clerk/decisions/export.csv").statusCode());
        assertProblem(clerk().get("api/v1/clerk/decisions?from=yesterday"), 400, "from");
        // the application offers no way to change the trail: its rows are only ever inserted
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement(
                        "select count(*) from comment_decision d join comment c on c.id = d.comment_id"
                                + " where c.tracking_number = ?")) {
            ps.setString(1, t);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(6, rs.getInt(1));
            }
        }
    }

    void settingsUnverifiedPublish(Runnable work) {
        Fixtures.withUnverifiedPublished(admin(), work);
    }

    @Test
    void twoClerksDecidingOnOneCommentAtOnce_OneDecisionWinsAndTheOthersAreToldSo() throws Exception {
        String t = letter("OPPOSE", "A letter against the levy");
        long version = staffView(t).getJsonNumber("version").longValue();
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = i % 2 == 0
                    ? json("decision", "RECORD_ONLY", "version", version)
                    : json("decision", "REJECT", "reason", "off-topic", "version", version);
            Callable<HttpResponse<String>> call = () -> {
                start.await();
                return clerk().post("api/v1/clerk/comments/" + t + "/decision", body);
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        int won = 0;
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 200) {
                won++;
            } else {
                assertProblem(r, 409, null);
                assertTrue(Http.object(r).getString("detail").contains("Another clerk decided"), r.body());
            }
        }
        pool.shutdown();
        assertEquals(1, won, "exactly one decision wins");
        assertEquals(
                1,
                staffView(t)
                        .getJsonObject("moderation")
                        .getJsonArray("decisions")
                        .size(),
                "never two decisions, never a lost one");
    }

    /** A letter a clerk entered on the item: a comment that is not unverified and comes from no network address. */
    String letter(String position, String text) {
        HttpResponse<String> r = clerk().post(
                        "api/v1/clerk/items/" + item + "/comments",
                        json(
                                "channel",
                                "LETTER",
                                "receivedAt",
                                Instant.now().minusSeconds(60),
                                "position",
                                position,
                                "text",
                                text));
        assertEquals(201, r.statusCode(), r.body());
        return Http.object(r).getString("trackingNumber");
    }

    @Test
    void residentsReportAPublishedComment_AtTheThresholdItIsHiddenAndComesFirstInTheQueue() {
        String older = letter("SUPPORT", "An older letter still waiting");
        String t = letter("OPPOSE", "A letter that some find offensive");
        decide(t, json("decision", "PUBLISH"));
        String path = "api/v1/comments/" + t + "/reports";
        assertProblem(anonymous().post(path, json("reason", "loud")), 400, "reason");
        assertProblem(anonymous().post("api/v1/comments/" + older + "/reports", json("reason", "threat")), 404, null);
        byte[] obscenity = json("reason", "obscenity").getBytes(StandardCharsets.UTF_8);
        // an anonymous report reaches the clerks; the same network again is the same person
        assertEquals(
                201,
                anonymous()
                        .postBytes(path, obscenity, "X-Forwarded-For", "198.51.100.7")
                        .statusCode());
        HttpResponse<String> again = anonymous().postBytes(path, obscenity, "X-Forwarded-For", "198.51.100.7");
        assertEquals(200, again.statusCode(), "one report per person");
        assertFalse(Http.object(again).getBoolean("counted"));
        assertFalse(
                Http.object(as(RESIDENT).postBytes(path, obscenity, "X-Forwarded-For", "198.51.100.7"))
                        .getBoolean("counted"),
                "an account from the same network is the same person as far as Podium knows");
        // reports of confirmed accounts from distinct networks hide it; an IPv6 client is its /64
        assertEquals(
                201,
                as(RESIDENT)
                        .postBytes(path, obscenity, "X-Forwarded-For", "198.51.100.8")
                        .statusCode());
        assertEquals(
                201,
                as(COUNCIL)
                        .postBytes(path, obscenity, "X-Forwarded-For", "2001:db8:7:1::5")
                        .statusCode());
        assertFalse(
                Http.object(as(ADMIN).postBytes(path, obscenity, "X-Forwarded-For", "2001:db8:7:1:ffff::9"))
                        .getBoolean("counted"),
                "another address of the same IPv6 /64");
        assertEquals(
                1,
                Http.object(anonymous().get("api/v1/items/" + item + "/comments"))
                        .getInt("total"),
                "an anonymous report and two confirmed people: still public");
        assertEquals(
                201,
                as(CLERK)
                        .postBytes(path, obscenity, "X-Forwarded-For", "203.0.113.50")
                        .statusCode());
        assertEquals(
                0,
                Http.object(anonymous().get("api/v1/items/" + item + "/comments"))
                        .getInt("total"),
                "the third confirmed person hides it");
        assertEquals(
                0,
                Http.object(anonymous().get("api/v1/items/" + item + "/comments/counts"))
                        .getInt("total"));
        JsonObject queue = Http.object(clerk().get("api/v1/clerk/queue?meeting=" + meeting));
        assertEquals(
                List.of(t, older),
                queue.getJsonArray("items").stream()
                        .map(v -> v.asJsonObject().getString("trackingNumber"))
                        .toList(),
                "reported first, then the rest");
        assertTrue(queue.getJsonArray("items").getJsonObject(0).getBoolean("hidden"));
        assertEquals(
                4, queue.getJsonArray("items").getJsonObject(0).getInt("reports"), "every person's report counted");
        assertEquals(
                1,
                Http.object(clerk().get("api/v1/clerk/queue?meeting=" + meeting + "&flag=hidden"))
                        .getInt("total"));
        decide(t, json("decision", "PUBLISH"));
        assertEquals(
                1,
                Http.object(anonymous().get("api/v1/items/" + item + "/comments"))
                        .getInt("total"),
                "the clerk reviewed it and published it again");
        assertEquals(
                List.of(older),
                Http.object(clerk().get("api/v1/clerk/queue?meeting=" + meeting)).getJsonArray("items").stream()
                        .map(v -> v.asJsonObject().getString("trackingNumber"))
                        .toList());
    }

    @Test
    void theAuthorOfARejectedCommentAppealsOnce_AndTheAppealReturnsToTheQueue() {
        String t = submit(as(RESIDENT), "OPPOSE", "Off topic? It is about the levy and the parks.", RESIDENT);
        String path = "api/v1/comments/" + t + "/appeal";
        assertProblem(as(RESIDENT).post(path, json("message", "Please")), 409, null);
        decide(t, json("decision", "REJECT", "reason", "off-topic"));
        assertEquals(403, anonymous().post(path, json("message", "Not mine")).statusCode());
        assertProblem(as(RESIDENT).post(path, json("message", "  ")), 400, "message");
        assertProblem(as(RESIDENT).post(path, json("message", "x".repeat(2001))), 400, "message");
        JsonObject appealed =
                Http.object(as(RESIDENT).post(path, json("message", "The parks budget is part of this levy.")));
        assertTrue(appealed.getBoolean("appealed"));
        assertProblem(as(RESIDENT).post(path, json("message", "Again")), 409, null);
        JsonObject row = Http.object(clerk().get("api/v1/clerk/queue?meeting=" + meeting + "&flag=appeal"))
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(t, row.getString("trackingNumber"));
        assertEquals("REJECTED", row.getString("status"));
        assertEquals("The parks budget is part of this levy.", row.getString("appeal"));
        decide(t, json("decision", "PUBLISH"));
        assertEquals(
                0,
                Http.object(clerk().get("api/v1/clerk/queue?meeting=" + meeting))
                        .getInt("total"),
                "decided: the appeal leaves the queue");
    }

    @Test
    void aCouncilMemberCannotModerateAndAResidentCannotReachTheQueue() {
        String t = letter("OPPOSE", "A letter");
        for (String who : List.of(COUNCIL, RESIDENT)) {
            for (String body :
                    List.of(json("decision", "PUBLISH"), json("decision", "REDACT"), json("decision", "UNDO"))) {
                assertEquals(
                        403,
                        as(who).post("api/v1/clerk/comments/" + t + "/decision", body)
                                .statusCode(),
                        who);
            }
            assertEquals(403, as(who).get("api/v1/clerk/queue").statusCode(), who);
        }
        assertEquals(401, anonymous().get("api/v1/clerk/queue").statusCode());
        assertEquals(401, anonymous().get("api/v1/clerk/decisions").statusCode());
        assertEquals("RECEIVED", staffView(t).getString("status"));
        assertTrue(staffView(t)
                .getJsonObject("moderation")
                .getJsonArray("decisions")
                .isEmpty());
    }

    @Test
    void aFlagThatDoesNotExistIsSaidOnThePageAndInTheApi() {
        Http session = anonymous();
        assertEquals(302, session.login(CLERK, DEMO_PASSWORD).statusCode());
        var page = session.get("clerk/queue.xhtml?flag=nonsense");
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains("There is no flag &quot;nonsense&quot;: choose one from the Flag list")
                        || page.body().contains("There is no flag \"nonsense\": choose one from the Flag list"),
                page.body());
        String known = session.get("clerk/queue.xhtml?flag=needs-review").body();
        assertTrue(
                known.contains("Moderation queue") && !known.contains("There is no flag"),
                "a flag of the list is taken");
        assertProblem(clerk().get("api/v1/clerk/queue?flag=nonsense"), 400, "flag");
    }

    @Test
    void aQueueOfMoreThanAThousandCommentsSaysSoAndStillPagesToTheEnd() throws Exception {
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO comment (tracking_number, item_id, position, body, name_withheld, channel, status, late,"
                                + " received_at, created_at, updated_at, version, queue_priority, meeting_id) VALUES (?, ?,"
                                + " 'OPPOSE', ?, TRUE, 'LETTER', 'RECEIVED', FALSE, ?, ?, ?, 0, 2, ?)")) {
            c.setAutoCommit(false);
            Timestamp at = Timestamp.from(Instant.now().minusSeconds(3600));
            String run = UUID.randomUUID().toString().substring(0, 8);
            for (int i = 0; i < 1001; i++) {
                ps.setString(1, "BULK-" + run + "-" + i);
                ps.setLong(2, item);
                ps.setString(3, "Letter " + i);
                ps.setTimestamp(4, at);
                ps.setTimestamp(5, at);
                ps.setTimestamp(6, at);
                ps.setLong(7, meeting);
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
        String queue = "api/v1/clerk/queue?meeting=" + meeting;
        JsonObject first = Http.object(clerk().get(queue));
        assertEquals(1000, first.getInt("total"));
        assertTrue(first.getBoolean("more"));
        assertTrue(first.getBoolean("hasNext"));
        JsonObject last = Http.object(clerk().get(queue + "&page=20"));
        assertEquals(1, last.getJsonArray("items").size(), "1,001 comments: the 21st page of 50 has one");
        assertFalse(last.getBoolean("hasNext"));
        JsonObject exact = Http.object(clerk().get(queue + "&position=SUPPORT"));
        assertEquals(0, exact.getInt("total"));
        assertFalse(exact.getBoolean("more"));
        Http session = anonymous();
        assertEquals(302, session.login(CLERK, DEMO_PASSWORD).statusCode());
        String page = session.get("clerk/queue.xhtml?meeting=" + meeting).body();
        assertTrue(page.contains("More than 1,000 comments in this view."), page);
        assertTrue(page.contains("Next page"), "a next page");
    }

    // ---- the leak test: every public surface, with what must never be on it ----

    /**
     * The public surfaces: pages and API answers anyone can read. A new public surface (a feed, an export, a summary)
     * is one more line here. Each gets the meeting, the item and the tracking numbers of the comments made below.
     */
    record Surface(String name, Function<Fixture, List<String>> paths) {}

    record Fixture(long meeting, long item, List<String> trackingNumbers) {}

    static final List<Surface> PUBLIC_SURFACES = List.of(
            new Surface("home page", f -> List.of("", "index.xhtml")),
            new Surface("meeting page", f -> List.of("meeting.xhtml?id=" + f.meeting())),
            new Surface(
                    "item page",
                    f -> List.of("item.xhtml?id=" + f.item(), "item.xhtml?id=" + f.item() + "&position=OPPOSE")),
            new Surface(
                    "tracking pages",
                    f -> f.trackingNumbers().stream()
                            .map(t -> "comment.xhtml?t=" + t)
                            .toList()),
            new Surface("policy page", f -> List.of("policy.xhtml")),
            new Surface("meetings API", f -> List.of("api/v1/meetings", "api/v1/meetings/" + f.meeting())),
            new Surface("item API", f -> List.of("api/v1/items/" + f.item())),
            new Surface(
                    "published comments API",
                    f -> List.of(
                            "api/v1/items/" + f.item() + "/comments",
                            "api/v1/items/" + f.item() + "/comments?position=OPPOSE",
                            "api/v1/items/" + f.item() + "/comments/counts")),
            new Surface(
                    "item summary API",
                    f -> List.of(
                            "api/v1/items/" + f.item() + "/summary", "api/v1/meetings/" + f.meeting() + "/summary")),
            new Surface(
                    "tracking API",
                    f -> f.trackingNumbers().stream()
                            .map(t -> "api/v1/comments/" + t)
                            .toList()),
            new Surface("key points API", f -> List.of("api/v1/items/" + f.item() + "/key-points")),
            new Surface("moderation log API", f -> List.of("api/v1/meetings/" + f.meeting() + "/moderation-log")),
            new Surface("policy API", f -> List.of("api/v1/policy")));

    @Test
    void rejectedWithdrawnAndRedactedTextAndPersonalDataNeverReachAPublicSurface() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String rejectedText = "REJECTED-" + mark + " you are all crooks";
        String withdrawnText = "WITHDRAWN-" + mark + " I take it back";
        String phone =
                "(773) 555-" + mark.substring(0, 4).replaceAll("[^0-9]", "7").substring(0, 4);
        String street = "4417 W. Cortland St";
        String email = "private-" + mark + "@example.org";
        String ward = "Ward-" + mark;
        List<String> secrets = List.of(rejectedText, withdrawnText, phone, street, email, ward, mark);

        List<String> numbers = new ArrayList<>();
        settingsUnverifiedPublish(() -> {
            String rejected = submit(anonymous(), "OPPOSE", rejectedText, Fixtures.uniqueEmail("rejected"));
            decide(rejected, json("decision", "REJECT", "reason", "obscenity"));
            numbers.add(rejected);
            HttpResponse<String> withdrawnReceipt = anonymous()
                    .post(
                            "api/v1/items/" + item + "/comments",
                            json("position", "OPPOSE", "text", withdrawnText, "email", Fixtures.uniqueEmail("w")));
            String withdrawn = Http.object(withdrawnReceipt).getString("trackingNumber");
            numbers.add(withdrawn);
            String redactedText = "Call the owner at " + phone + " or visit " + street + ", they rent illegally.";
            String redacted = Http.object(anonymous()
                            .post(
                                    "api/v1/items/" + item + "/comments",
                                    json(
                                            "position",
                                            "OPPOSE",
                                            "text",
                                            redactedText,
                                            "email",
                                            email,
                                            "ward",
                                            ward,
                                            "name",
                                            "Rosa")))
                    .getString("trackingNumber");
            decide(redacted, json("decision", "REDACT"));
            decide(redacted, json("decision", "PUBLISH"));
            numbers.add(redacted);
        });
        // withdraw as the author: the key is in the receipt mail
        String withdrawn = numbers.get(1);
        String key = Mailbox.authorKey(withdrawn);
        assertEquals(
                200,
                anonymous()
                        .sendWith("POST", "api/v1/comments/" + withdrawn + "/withdraw", "{}", "X-Author-Key", key)
                        .statusCode());
        assertEquals("WITHDRAWN", staffView(withdrawn).getString("status"));

        // the key points are read in the background: wait until they list the redacted comment (staff see it), so
        // that their public surface is checked with it in, not before it was read
        String redactedNumber = numbers.get(2);
        Fixtures.await(
                "the key points list the redacted comment",
                60,
                () -> clerk().get("api/v1/items/" + item + "/key-points").body().contains(redactedNumber));
        assertTrue(
                anonymous().get("api/v1/items/" + item + "/key-points").body().contains(redactedNumber),
                "the published, redacted comment is listed to the public too");

        Fixture f = new Fixture(meeting, item, numbers);
        int checked = 0;
        for (Surface s : PUBLIC_SURFACES) {
            for (String path : s.paths().apply(f)) {
                for (String lang : List.of("en", "es")) {
                    HttpResponse<String> r = anonymous().language(lang).get(path);
                    assertTrue(r.statusCode() == 200, s.name() + " " + path + " answered " + r.statusCode());
                    for (String secret : secrets) {
                        assertFalse(
                                r.body().contains(secret), s.name() + " " + path + " (" + lang + ") shows " + secret);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked >= 30, "every surface was read: " + checked);

        // the official record, once finalized: its JSON, CSV and PDF (read back) are public surfaces too
        Fixtures.finalizeRecord(clerk(), meeting);
        for (String lang : List.of("en", "es")) {
            List<String> exports = List.of(
                    anonymous()
                            .language(lang)
                            .get("api/v1/meetings/" + meeting + "/record.json")
                            .body(),
                    anonymous()
                            .language(lang)
                            .get("api/v1/meetings/" + meeting + "/record.csv")
                            .body(),
                    Pdfs.text(Pdfs.record(anonymous().language(lang), meeting).body()));
            for (String export : exports) {
                assertTrue(export.contains(numbers.get(2)), "the record lists the redacted comment");
                for (String secret : secrets) {
                    assertFalse(
                            export.contains(secret.replaceAll("\\s+", "")) || export.contains(secret),
                            "a record export (" + lang + ") shows " + secret);
                }
            }
        }
        // the redacted comment is public, with the marker where the personal data was
        assertTrue(
                anonymous()
                        .get("api/v1/items/" + item + "/comments")
                        .body()
                        .contains(
                                "Call the owner at [redacted: personal information] or visit [redacted: personal information]"));
    }
}
