package org.podium.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.ADMIN;
import static org.podium.it.Deployments.CLERK;
import static org.podium.it.Deployments.COUNCIL;
import static org.podium.it.Deployments.DEMO_PASSWORD;
import static org.podium.it.Deployments.RESIDENT;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.podium.it.DeployedTest;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.TestInfrastructure;

/**
 * The real WAR on Payara Micro against the real MariaDB server: the REST API (public and staff), the boundaries
 * behind it, the access-control matrix of every staff page and endpoint, headers, sessions, error pages, throttling.
 */
class ServerIT extends DeployedTest {

    @Test
    void runsOnTheRealMariaDbServerWithTheMigrationsApplied() throws Exception {
        JsonObject info = Http.object(as(ADMIN).get("api/v1/admin/system"));
        assertEquals(TestInfrastructure.jdbcUrl(), info.getString("jdbcUrl"));
        assertTrue(info.getString("databaseVersion").contains("MariaDB"), info.toString());
        assertFalse(info.getBoolean("embeddedDatabase"));
        try (Connection c = TestInfrastructure.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("select version, success from flyway_schema_history where version = '1'")) {
            assertTrue(rs.next());
            assertTrue(rs.getBoolean("success"));
        }
    }

    /**
     * Every column that names another row (…_id, created_by) has a foreign key, except the ones whose reason is written
     * in V35__missing_foreign_keys.sql.
     */
    @Test
    void everyColumnThatNamesARowHasAForeignKeyOrAWrittenReason() throws Exception {
        Set<String> withoutOnPurpose =
                Set.of("audit_event.target_id", "record_entry.ref_id", "comment.suggested_item_id");
        Set<String> missing = new TreeSet<>();
        try (Connection c = TestInfrastructure.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("select col.table_name, col.column_name from information_schema.columns col"
                                + " where col.table_schema = database() and col.table_name <> 'flyway_schema_history'"
                                + " and (col.column_name like '%\\_id' or col.column_name = 'created_by')"
                                + " and not exists (select 1 from information_schema.key_column_usage k"
                                + " where k.table_schema = col.table_schema and k.table_name = col.table_name"
                                + " and k.column_name = col.column_name and k.referenced_table_name is not null)")) {
            while (rs.next()) {
                missing.add(rs.getString(1).toLowerCase(Locale.ROOT) + "."
                        + rs.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        missing.removeAll(withoutOnPurpose);
        assertEquals(Set.of(), missing, "columns that name a row without a foreign key");
    }

    @Test
    void aClerkDraftsAndPublishesAndThePublicSeesOnlyWhatIsPublished() throws Exception {
        Http clerk = as(CLERK);
        Http pub = anonymous();
        Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String title = Fixtures.uniqueName("Budget hearing");
        long id = Fixtures.createMeeting(clerk, title, start);

        Fixtures.assertProblem(pub.get("api/v1/meetings/" + id), 404, null);
        Fixtures.assertProblem(clerk.post("api/v1/clerk/meetings/" + id + "/publish", null), 409, null);

        long first = Fixtures.addItem(clerk, id, "4.a", "Ordinance: property tax levy");
        Fixtures.addItem(clerk, id, "4.b", "Appropriation: shelters");
        Fixtures.assertProblem(
                clerk.post("api/v1/clerk/meetings/" + id + "/items", Fixtures.itemJson(" 4.A ", "Again")),
                409,
                "number");
        Fixtures.assertProblem(
                clerk.post(
                        "api/v1/clerk/meetings/" + id + "/items",
                        Fixtures.json(
                                "number",
                                "5",
                                "title",
                                "t",
                                "commentOpensAt",
                                "2026-12-02T10:00:00Z",
                                "commentClosesAt",
                                "2026-12-01T10:00:00Z")),
                400,
                "commentClosesAt");
        Fixtures.assertProblem(
                clerk.post(
                        "api/v1/clerk/meetings/" + id + "/items",
                        Fixtures.json("number", "6", "title", "t", "links", "javascript:alert(1)")),
                400,
                "links");
        Fixtures.assertProblem(
                clerk.post("api/v1/clerk/meetings/" + id + "/items", Fixtures.json("number", "", "title", "")),
                400,
                "title");

        HttpResponse<String> draft = clerk.get("api/v1/clerk/meetings/" + id);
        assertEquals(2, Http.object(draft).getJsonArray("items").size(), "the refused items were not stored");
        assertEquals(
                "NOT_PUBLISHED",
                Http.object(draft)
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonObject("comment")
                        .getString("state"));

        Fixtures.publish(clerk, id);
        JsonObject m = Http.object(pub.get("api/v1/meetings/" + id));
        assertEquals(title, m.getString("title"));
        assertTrue(m.getBoolean("agendaPublished"));
        assertEquals(
                List.of("4.a", "4.b"),
                m.getJsonArray("items").stream()
                        .map(v -> v.asJsonObject().getString("number"))
                        .toList());
        JsonObject item = Http.object(pub.get("api/v1/items/" + first));
        assertEquals("OPEN", item.getJsonObject("comment").getString("state"));
        assertEquals(
                start,
                OffsetDateTime.parse(item.getJsonObject("comment").getString("closesAt"))
                        .toInstant());
        assertEquals("<b>markup</b> stays text", item.getString("description"));

        assertEquals(
                200,
                clerk.post("api/v1/clerk/meetings/" + id + "/status", Fixtures.json("status", "IN_PROGRESS"))
                        .statusCode());
        assertEquals(
                "STARTED",
                Http.object(pub.get("api/v1/items/" + first))
                        .getJsonObject("comment")
                        .getString("state"),
                "started before its time: comment closed with it");
        Fixtures.assertProblem(
                clerk.post("api/v1/clerk/meetings/" + id + "/status", Fixtures.json("status", "SCHEDULED")),
                409,
                "status");
        Fixtures.assertProblem(
                clerk.post("api/v1/clerk/meetings/" + id + "/status", Fixtures.json("status", "PARTY")), 400, "status");
        assertEquals(
                200,
                clerk.post("api/v1/clerk/meetings/" + id + "/status", Fixtures.json("status", "CANCELLED"))
                        .statusCode());
        assertEquals(
                "CANCELLED",
                Http.object(pub.get("api/v1/items/" + first))
                        .getJsonObject("comment")
                        .getString("state"));

        List<String> actions = new ArrayList<>();
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement(
                        "select action, actor from audit_event where (target_type = 'meeting' and target_id = ?)"
                                + " or (target_type = 'agenda_item' and target_id = ?) order by id")) {
            ps.setLong(1, id);
            ps.setLong(2, first);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                    assertTrue(rs.getString(2).matches("\\d+"), "the actor is the clerk's account id");
                }
            }
        }
        assertEquals(
                List.of("meeting.create", "item.create", "meeting.publish", "meeting.status", "meeting.status"),
                actions);
    }

    @Test
    void aClerkEditsReordersRemovesAndReopensItems() {
        Http clerk = as(CLERK);
        Http pub = anonymous();
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        long id = Fixtures.createMeeting(clerk, Fixtures.uniqueName("Agenda work"), start);
        long a = Fixtures.addItem(clerk, id, "1", "First");
        long b = Fixtures.addItem(clerk, id, "2", "Second");
        long c = Fixtures.addItem(clerk, id, "3", "Third");
        Fixtures.publish(clerk, id);

        HttpResponse<String> edited = clerk.send(
                "PUT",
                "api/v1/clerk/items/" + b,
                Fixtures.json("number", "2.a", "title", "Second, amended", "acceptsComment", false));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals(
                "NOT_ACCEPTED", Http.object(edited).getJsonObject("comment").getString("state"));
        Fixtures.assertProblem(
                clerk.send("PUT", "api/v1/clerk/items/" + c, Fixtures.json("number", "2.A", "title", "x")),
                409,
                "number");
        assertEquals(
                200,
                clerk.send("PUT", "api/v1/clerk/items/" + c, Fixtures.json("number", "3", "title", "Third"))
                        .statusCode(),
                "an item keeps its own number");

        assertEquals(
                200,
                clerk.post("api/v1/clerk/items/" + c + "/move", Fixtures.json("direction", "UP"))
                        .statusCode());
        assertEquals(
                200,
                clerk.post("api/v1/clerk/items/" + a + "/move", Fixtures.json("direction", "up"))
                        .statusCode(),
                "the first item stays first");
        Fixtures.assertProblem(
                clerk.post("api/v1/clerk/items/" + a + "/move", Fixtures.json("direction", "SIDEWAYS")),
                400,
                "direction");
        assertEquals(List.of("1", "3", "2.a"), numbers(pub, id));

        assertEquals(204, clerk.send("DELETE", "api/v1/clerk/items/" + a, null).statusCode());
        assertEquals(List.of("3", "2.a"), numbers(pub, id));
        Fixtures.assertProblem(pub.get("api/v1/items/" + a), 404, null);
        Fixtures.assertProblem(clerk.send("DELETE", "api/v1/clerk/items/" + a, null), 404, null);
        // an item residents commented on is part of the record: refused with the reason, not a 500 (found by sqlmap)
        long withComment = Fixtures.addItem(clerk, id, "9", "Item with a comment");
        HttpResponse<String> filed = pub.post(
                "api/v1/items/" + withComment + "/comments",
                Fixtures.json(
                        "position", "OPPOSE", "text", "Keep this item.", "email", UUID.randomUUID() + "@example.org"));
        assertEquals(201, filed.statusCode(), filed.body());
        HttpResponse<String> inUse = clerk.send("DELETE", "api/v1/clerk/items/" + withComment, null);
        Fixtures.assertProblem(inUse, 409, null);
        assertTrue(
                Http.object(inUse).getString("detail").contains("one comment and no requests to speak"), inUse.body());
        assertEquals(200, pub.get("api/v1/items/" + withComment).statusCode(), "the item stays");

        Instant until = start.plus(1, ChronoUnit.DAYS);
        Fixtures.assertProblem(
                clerk.post("api/v1/clerk/items/" + b + "/reopen", Fixtures.json("until", "2020-01-01T00:00:00Z")),
                400,
                "until");
        HttpResponse<String> reopened =
                clerk.post("api/v1/clerk/items/" + b + "/reopen", Fixtures.json("until", until));
        assertEquals(200, reopened.statusCode(), reopened.body());
        JsonObject comment = Http.object(pub.get("api/v1/items/" + b)).getJsonObject("comment");
        assertEquals("OPEN", comment.getString("state"));
        assertEquals(until, OffsetDateTime.parse(comment.getString("closesAt")).toInstant());
    }

    static List<String> numbers(Http http, long meetingId) {
        return Http.object(http.get("api/v1/meetings/" + meetingId)).getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("number"))
                .toList();
    }

    @Test
    void theListShowsUpcomingMeetingsFirstThenPastOnesAndFiltersAndPages() {
        Http clerk = as(CLERK);
        Instant now = Instant.now();
        String tag = Fixtures.uniqueName("Order");
        long later = Fixtures.createMeeting(clerk, tag + " later", now.plus(40, ChronoUnit.DAYS));
        long soon = Fixtures.createMeeting(clerk, tag + " soon", now.plus(3, ChronoUnit.DAYS));
        long recent = Fixtures.createMeeting(clerk, tag + " recent", now.minus(3, ChronoUnit.DAYS));
        long old = Fixtures.createMeeting(clerk, tag + " old", now.minus(40, ChronoUnit.DAYS));
        long unpublished = Fixtures.createMeeting(clerk, tag + " draft", now.plus(5, ChronoUnit.DAYS));
        for (long id : new long[] {later, soon, recent, old, unpublished}) {
            Fixtures.addItem(clerk, id, "1", "Item");
        }
        for (long id : new long[] {later, soon, recent, old}) {
            Fixtures.publish(clerk, id);
        }
        Http pub = anonymous();
        JsonObject page = Http.object(pub.get("api/v1/meetings?size=100"));
        List<Long> ids = page.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
        List<Long> mine = ids.stream()
                .filter(i -> List.of(later, soon, recent, old, unpublished).contains(i))
                .toList();
        assertEquals(List.of(soon, later, recent, old), mine);
        Instant previous = null;
        boolean past = false;
        for (JsonValue v : page.getJsonArray("items")) {
            Instant at =
                    OffsetDateTime.parse(v.asJsonObject().getString("startsAt")).toInstant();
            if (at.isBefore(now.minusSeconds(60))) {
                past = true;
            } else {
                assertFalse(past, "an upcoming meeting after a past one");
            }
            previous = at;
        }
        assertNotNull(previous);

        LocalDate soonDay = LocalDate.ofInstant(now.plus(3, ChronoUnit.DAYS), ZoneId.of("America/Chicago"));
        JsonObject day = Http.object(pub.get("api/v1/meetings?from=" + soonDay + "&to=" + soonDay.plusDays(1)));
        assertTrue(day.getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == soon));
        assertTrue(day.getJsonArray("items").stream()
                .noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == later));

        JsonObject p0 = Http.object(pub.get("api/v1/meetings?size=1&page=0"));
        JsonObject p1 = Http.object(pub.get("api/v1/meetings?size=1&page=1"));
        assertEquals(1, p0.getJsonArray("items").size());
        assertNotEquals(
                p0.getJsonArray("items").get(0), p1.getJsonArray("items").get(0));
        assertEquals(p0.getJsonNumber("total"), p1.getJsonNumber("total"));
        assertTrue(p0.getJsonNumber("total").longValue() >= 4);

        Fixtures.assertProblem(pub.get("api/v1/meetings?from=yesterday"), 400, "from");
        Fixtures.assertProblem(pub.get("api/v1/meetings?to=2026-13-01"), 400, "to");
        Fixtures.assertProblem(pub.get("api/v1/meetings?from=2026-12-01&to=2026-11-01"), 400, "to");
        Fixtures.assertProblem(pub.get("api/v1/meetings?size=0"), 400, "size");
        Fixtures.assertProblem(pub.get("api/v1/meetings?size=101"), 400, "size");
        Fixtures.assertProblem(pub.get("api/v1/meetings?page=-1"), 400, "page");
        Fixtures.assertProblem(pub.get("api/v1/meetings?page=x"), 400, "page");
    }

    @Test
    void unknownIdsAndMalformedRequestsGetProblemsNotStackTraces() {
        Http pub = anonymous();
        Fixtures.assertProblem(pub.get("api/v1/meetings/999999999"), 404, null);
        Fixtures.assertProblem(pub.get("api/v1/meetings/abc"), 404, null);
        Fixtures.assertProblem(pub.get("api/v1/items/999999999"), 404, null);
        Fixtures.assertProblem(pub.get("api/v1/items/-1"), 404, null);
        Fixtures.assertProblem(pub.get("api/v1/no-such-thing"), 404, null);
        Http clerk = as(CLERK);
        Fixtures.assertProblem(clerk.post("api/v1/clerk/meetings", "{not json"), 400, null);
        Fixtures.assertProblem(clerk.post("api/v1/clerk/meetings", null), 400, null);
        HttpResponse<String> empty = clerk.post("api/v1/clerk/meetings", "{}");
        Fixtures.assertProblem(empty, 400, "title");
        for (String field : List.of("body", "startsAt", "location")) {
            Fixtures.assertProblem(empty, 400, field);
        }
        Fixtures.assertProblem(
                clerk.post("api/v1/clerk/meetings", Fixtures.meetingJson("x".repeat(201), Instant.now())),
                400,
                "title");
        Fixtures.assertProblem(clerk.send("DELETE", "api/v1/meetings", null), 405, null);
        HttpResponse<String> spanish = anonymous().language("es").get("api/v1/meetings/999999999");
        assertEquals("No existe esa sesión.", Http.object(spanish).getString("detail"));
    }

    /** page or endpoint, then the status expected for anonymous, resident, council member, clerk, administrator. */
    record Rule(String method, String path, int anon, int resident, int council, int clerk, int admin) {}

    @Test
    void everyStaffPageAndEndpointAnswersEachRoleAsItShould() {
        String body = Fixtures.meetingJson(
                Fixtures.uniqueName("Matrix"), Instant.now().plus(9, ChronoUnit.DAYS));
        List<Rule> api = List.of(
                new Rule("GET", "api/v1/clerk/meetings", 401, 403, 403, 200, 403),
                new Rule("GET", "api/v1/clerk/meetings/1", 401, 403, 403, 200, 403),
                new Rule("POST", "api/v1/clerk/meetings", 401, 403, 403, 201, 403),
                new Rule("PUT", "api/v1/clerk/meetings/999999", 401, 403, 403, 404, 403),
                new Rule("POST", "api/v1/clerk/meetings/999999/items", 401, 403, 403, 404, 403),
                new Rule("POST", "api/v1/clerk/meetings/999999/publish", 401, 403, 403, 404, 403),
                new Rule("POST", "api/v1/clerk/meetings/999999/status", 401, 403, 403, 404, 403),
                new Rule("PUT", "api/v1/clerk/items/999999", 401, 403, 403, 404, 403),
                new Rule("DELETE", "api/v1/clerk/items/999999", 401, 403, 403, 404, 403),
                new Rule("POST", "api/v1/clerk/items/999999/move", 401, 403, 403, 404, 403),
                new Rule("POST", "api/v1/clerk/items/999999/reopen", 401, 403, 403, 404, 403),
                new Rule("GET", "api/v1/council/meetings", 401, 403, 200, 200, 200),
                new Rule("GET", "api/v1/admin/users", 401, 403, 403, 403, 200),
                new Rule("GET", "api/v1/admin/system", 401, 403, 403, 403, 200),
                new Rule("PUT", "api/v1/admin/users/999999/roles", 401, 403, 403, 403, 404),
                new Rule("GET", "api/v1/admin/settings", 401, 403, 403, 403, 200),
                new Rule("GET", "api/v1/admin/policy/reasons", 401, 403, 403, 403, 200),
                new Rule("PUT", "api/v1/admin/policy/reasons/threat", 401, 403, 403, 403, 409),
                new Rule("GET", "api/v1/policy", 200, 200, 200, 200, 200),
                new Rule("GET", "api/v1/clerk/queue", 401, 403, 403, 200, 403),
                new Rule("PUT", "api/v1/admin/settings", 401, 403, 403, 403, 400),
                new Rule("POST", "api/v1/clerk/comments/PDM-26-000001-Q/decision", 401, 403, 403, 404, 403),
                new Rule("POST", "api/v1/clerk/items/999999/comments", 401, 403, 403, 404, 403),
                new Rule("GET", "api/v1/clerk/decisions", 401, 403, 403, 200, 200),
                new Rule("GET", "api/v1/clerk/meetings/999999/speakers/rules", 401, 403, 403, 404, 403),
                new Rule("PUT", "api/v1/clerk/meetings/999999/speakers/rules", 401, 403, 403, 404, 403),
                new Rule("POST", "api/v1/clerk/meetings/999999/speakers/draw", 401, 403, 403, 404, 403),
                new Rule("GET", "api/v1/meetings/999999/speakers", 404, 404, 404, 404, 404),
                new Rule("GET", "api/v1/meetings/999999/live", 404, 404, 404, 404, 404),
                new Rule("POST", "api/v1/clerk/meetings/999999/live", 401, 403, 403, 400, 403),
                new Rule("GET", "api/v1/clerk/decisions/export.csv", 401, 403, 403, 200, 200),
                new Rule("POST", "api/v1/comments/PDM-26-000001-Q/reports", 404, 404, 404, 404, 404),
                new Rule("POST", "api/v1/comments/PDM-26-000001-Q/appeal", 404, 404, 404, 404, 404),
                new Rule("POST", "api/v1/comments/PDM-26-000001-Q/withdraw", 404, 404, 404, 404, 404),
                new Rule("GET", "api/v1/items/999999/campaigns", 401, 403, 404, 404, 404),
                new Rule("GET", "api/v1/items/999999/analysis", 401, 403, 404, 404, 404),
                new Rule("POST", "api/v1/items/999999/analysis", 401, 403, 404, 404, 404),
                new Rule("POST", "api/v1/clerk/comments/PDM-26-000001-Q/stance", 401, 403, 403, 400, 403),
                new Rule("GET", "api/v1/clerk/topics", 401, 403, 403, 200, 200),
                new Rule("PUT", "api/v1/clerk/comments/PDM-26-000001-Q/topics", 401, 403, 403, 404, 403),
                new Rule("PUT", "api/v1/clerk/topics", 401, 403, 403, 400, 403),
                new Rule("POST", "api/v1/clerk/meetings/999999/record", 401, 403, 403, 404, 403),
                new Rule("GET", "api/v1/clerk/meetings/999999/record", 401, 403, 403, 404, 403),
                new Rule("GET", "api/v1/meetings/999999/record.json", 404, 404, 404, 404, 404),
                new Rule("GET", "api/v1/meetings/999999/record.csv", 404, 404, 404, 404, 404),
                new Rule("GET", "api/v1/meetings/999999/record.pdf", 404, 404, 404, 404, 404),
                new Rule("GET", "api/v1/meetings/999999/record/verify", 404, 404, 404, 404, 404),
                new Rule("GET", "api/v1/items/999999/summary", 404, 404, 404, 404, 404),
                new Rule("GET", "api/v1/items/999999/brief.pdf", 401, 403, 404, 404, 404),
                new Rule("GET", "api/v1/meetings/999999/summary", 404, 404, 404, 404, 404),
                new Rule("GET", "api/v1/meetings", 200, 200, 200, 200, 200));
        String[] users = {null, RESIDENT, COUNCIL, CLERK, ADMIN};
        List<String> wrong = new ArrayList<>();
        for (Rule r : api) {
            int[] expected = {r.anon, r.resident, r.council, r.clerk, r.admin};
            for (int u = 0; u < users.length; u++) {
                Http http = users[u] == null ? anonymous() : as(users[u]);
                String json = r.method.equals("GET") || r.method.equals("DELETE")
                        ? null
                        : r.path.endsWith("status")
                                ? Fixtures.json("status", "CANCELLED")
                                : r.path.endsWith("move")
                                        ? Fixtures.json("direction", "UP")
                                        : r.path.endsWith("reopen")
                                                ? Fixtures.json("until", "2099-01-01T00:00:00Z")
                                                : r.path.endsWith("comments")
                                                        ? Fixtures.json(
                                                                "channel",
                                                                "LETTER",
                                                                "receivedAt",
                                                                "2026-01-05T10:00:00Z",
                                                                "text",
                                                                "By post")
                                                        : r.path.startsWith("api/v1/clerk/items/")
                                                                ? Fixtures.itemJson("9", "x")
                                                                : r.path.endsWith("roles")
                                                                        ? Fixtures.json("roles", List.of("CLERK"))
                                                                        : r.path.endsWith("decision")
                                                                                ? Fixtures.json(
                                                                                        "decision", "RECORD_ONLY")
                                                                                : r.path.endsWith("settings")
                                                                                        ? Fixtures.json(
                                                                                                "commentMaxLength", 1)
                                                                                        : r.path.endsWith("threat")
                                                                                                ? Fixtures.json(
                                                                                                        "publicTextEn",
                                                                                                        "x",
                                                                                                        "publicTextEs",
                                                                                                        "x",
                                                                                                        "authorTextEn",
                                                                                                        "x",
                                                                                                        "authorTextEs",
                                                                                                        "x",
                                                                                                        "version",
                                                                                                        -1)
                                                                                                : r.path.endsWith(
                                                                                                                "items")
                                                                                                        ? Fixtures
                                                                                                                .itemJson(
                                                                                                                        "1",
                                                                                                                        "x")
                                                                                                        : body;
                HttpResponse<String> resp =
                        r.method.equals("GET") ? http.get(r.path) : http.send(r.method, r.path, json);
                if (resp.statusCode() != expected[u]) {
                    wrong.add(r.method + " " + r.path + " as " + users[u] + ": " + resp.statusCode() + " not "
                            + expected[u]);
                }
                if (resp.statusCode() == 401) {
                    assertTrue(
                            resp.headers()
                                    .firstValue("WWW-Authenticate")
                                    .orElse("")
                                    .startsWith("Basic"),
                            r.path);
                }
            }
        }

        List<Rule> pages = List.of(
                new Rule("GET", "clerk/index.xhtml", 302, 403, 403, 200, 403),
                new Rule("GET", "clerk/meeting.xhtml?id=1", 302, 403, 403, 200, 403),
                new Rule("GET", "clerk/meeting.xhtml?id=999999", 302, 403, 403, 404, 403),
                new Rule("GET", "clerk/intake.xhtml?item=999999", 302, 403, 403, 404, 403),
                new Rule("GET", "clerk/intake.xhtml?item=abc", 302, 403, 403, 404, 403),
                new Rule("GET", "council/index.xhtml", 302, 403, 200, 200, 200),
                new Rule("GET", "council/live.xhtml?meeting=999999", 302, 403, 404, 404, 404),
                new Rule("GET", "council/summary.xhtml?item=999999", 302, 403, 404, 404, 404),
                new Rule("GET", "clerk/keypoints.xhtml?item=999999", 302, 403, 403, 404, 403),
                new Rule("GET", "clerk/keypoints.xhtml?item=abc", 302, 403, 403, 404, 403),
                new Rule("GET", "council/meeting.xhtml?meeting=999999", 302, 403, 404, 404, 404),
                new Rule("GET", "admin/users.xhtml", 302, 403, 403, 403, 200),
                new Rule("GET", "admin/settings.xhtml", 302, 403, 403, 403, 200),
                new Rule("GET", "admin/policy.xhtml", 302, 403, 403, 403, 200),
                new Rule("GET", "policy.xhtml", 200, 200, 200, 200, 200),
                new Rule("GET", "clerk/queue.xhtml", 302, 403, 403, 200, 403),
                new Rule("GET", "clerk/speakers.xhtml?meeting=999999", 302, 403, 403, 200, 403),
                new Rule("GET", "speak.xhtml?item=999999", 200, 200, 200, 200, 200),
                new Rule("GET", "clerk/live.xhtml?meeting=999999", 302, 403, 403, 200, 403),
                new Rule("GET", "clerk/campaigns.xhtml?item=999999", 302, 403, 403, 200, 403),
                new Rule("GET", "clerk/topics.xhtml", 302, 403, 403, 200, 403),
                new Rule("GET", "display.xhtml?meeting=999999", 404, 404, 404, 404, 404),
                new Rule("GET", "speak.xhtml?item=abc", 200, 200, 200, 200, 200),
                new Rule("GET", "speaker.xhtml?c=SPK-26-000001-A&k=x", 200, 200, 200, 200, 200),
                new Rule("GET", "account/index.xhtml", 302, 200, 200, 200, 200),
                new Rule("GET", "index.xhtml", 200, 200, 200, 200, 200));
        Map<String, Http> sessions = new LinkedHashMap<>();
        sessions.put(null, anonymous());
        for (String u : new String[] {RESIDENT, COUNCIL, CLERK, ADMIN}) {
            Http h = anonymous();
            HttpResponse<String> login = h.login(u, DEMO_PASSWORD);
            assertEquals(302, login.statusCode(), "login of " + u + ": " + login.body());
            sessions.put(u, h);
        }
        for (Rule r : pages) {
            int[] expected = {r.anon, r.resident, r.council, r.clerk, r.admin};
            for (int u = 0; u < users.length; u++) {
                HttpResponse<String> resp = sessions.get(users[u]).get(r.path);
                if (resp.statusCode() != expected[u]) {
                    wrong.add("page " + r.path + " as " + users[u] + ": " + resp.statusCode() + " not " + expected[u]);
                }
                if (expected[u] == 302) {
                    assertTrue(
                            resp.headers().firstValue("Location").orElse("").contains("/login.xhtml?continue="),
                            r.path + " redirects to the login page");
                }
                if (expected[u] == 403) {
                    assertTrue(resp.body().contains("Not allowed"), "a friendly 403 page for " + r.path);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndLoginRenewsTheSession() {
        Http h = anonymous();
        HttpResponse<String> login = h.get("login.xhtml");
        assertEquals(200, login.statusCode());
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertEquals(1, login.headers().allValues("Content-Security-Policy").size(), "exactly one policy");
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals(
                "nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(login.headers().firstValue("Server").isEmpty(), "no Server banner");
        assertTrue(login.headers().firstValue("X-Powered-By").isEmpty(), "no X-Powered-By banner");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the login form has a session"));
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(login.body().contains("jsessionid"), "cookie-only session tracking");

        HttpResponse<String> done = h.postForm("login.xhtml", Http.loginForm(login.body(), CLERK, DEMO_PASSWORD));
        assertEquals(302, done.statusCode());
        String renewed = done.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a new session id at login"));
        assertNotEquals(cookie.split(";")[0], renewed.split(";")[0]);
        assertEquals(200, h.get("clerk/index.xhtml").statusCode());

        HttpResponse<String> api = anonymous().get("api/v1/meetings");
        assertEquals(
                "default-src 'none'; frame-ancestors 'none'",
                api.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void aCommentsPublicPageOpensNoSession_ItsAuthorAndStaffStillGetTheirs_AndAReportFromItCounts() {
        Http clerk = as(CLERK);
        long meeting = Fixtures.createMeeting(
                clerk, Fixtures.uniqueName("Tracked"), Instant.now().plus(3, ChronoUnit.DAYS));
        long item = Fixtures.addItem(clerk, meeting, "T-1", Fixtures.uniqueName("Followed by a crowd"));
        Fixtures.publish(clerk, meeting);
        HttpResponse<String> filed = clerk.post(
                "api/v1/clerk/items/" + item + "/comments",
                Fixtures.json(
                        "channel",
                        "LETTER",
                        "receivedAt",
                        Instant.now().minusSeconds(600),
                        "position",
                        "OPPOSE",
                        "text",
                        "The tracking page of this comment was linked from a news story."));
        assertEquals(201, filed.statusCode(), filed.body());
        String t = Http.object(filed).getString("trackingNumber");
        assertEquals(
                200,
                clerk.post("api/v1/clerk/comments/" + t + "/decision", Fixtures.json("decision", "PUBLISH"))
                        .statusCode());

        Http reader = anonymous();
        HttpResponse<String> page = reader.get("comment.xhtml?t=" + t.toLowerCase(Locale.ROOT));
        assertEquals(200, page.statusCode());
        assertEquals(List.of(), page.headers().allValues("Set-Cookie"), "a reader of a comment's page gets no session");
        assertTrue(
                page.body().contains("The tracking page of this comment was linked from a news story."), page.body());
        assertTrue(page.body().contains("id=\"commentStatus\">Published"), page.body());
        assertEquals("stateless", Http.viewState(page.body()), "no view kept on the server");
        assertTrue(
                page.headers().firstValue("Cache-Control").orElse("").startsWith("public, max-age="),
                "a crowd on it is served from the micro-cache: "
                        + page.headers().map());
        String unknown = reader.get("comment.xhtml?t=PDM-26-000000-X").body();
        assertTrue(
                unknown.contains("There is no comment") || unknown.contains("This is not a tracking number"), unknown);

        // the report form of the public page counts a report, still without a session
        Map<String, String> form = Http.hiddenFields(page.body(), "reportForm");
        form.put("reportForm:reason", "off-topic");
        form.put("reportForm:send", "Report");
        HttpResponse<String> reported = reader.postForm("track.xhtml", form);
        assertEquals(200, reported.statusCode(), reported.body());
        assertTrue(reported.body().contains("Thank you"), reported.body());
        assertEquals(List.of(), reported.headers().allValues("Set-Cookie"));
        assertEquals(
                1,
                Http.object(clerk.get("api/v1/comments/" + t))
                        .getJsonObject("moderation")
                        .getInt("reports"));
        HttpResponse<String> crossSite = reader.postFormWith("track.xhtml", form, "Origin", "http://evil.example");
        assertEquals(403, crossSite.statusCode(), "a stateless form refuses another site's post");

        // staff get the full page (the clerk's panel)
        Http web = anonymous();
        assertEquals(302, web.login(CLERK, DEMO_PASSWORD).statusCode());
        assertTrue(web.get("comment.xhtml?t=" + t).body().contains("id=\"clerkHeading\""), "the clerk's page");
    }

    @Test
    void readersOpenNoSession_TheCachedPagesCarryNoOnesData_AndEachHasItsOwnNonce() {
        Http clerk = as(CLERK);
        long meeting = Fixtures.createMeeting(
                clerk, Fixtures.uniqueName("Readers"), Instant.now().plus(3, ChronoUnit.DAYS));
        long item = Fixtures.addItem(clerk, meeting, "R-1", Fixtures.uniqueName("Read by a crowd"));
        Fixtures.publish(clerk, meeting);
        for (String page : List.of(
                "",
                "index.xhtml",
                "meeting.xhtml?id=" + meeting,
                "item.xhtml?id=" + item,
                "policy.xhtml",
                "display.xhtml?meeting=" + meeting,
                "item.xhtml?id=999999999")) {
            HttpResponse<String> r = anonymous().get(page);
            assertEquals(page.endsWith("999999999") ? 404 : 200, r.statusCode(), page);
            assertEquals(List.of(), r.headers().allValues("Set-Cookie"), "a reader of /" + page + " gets no session");
        }

        String path = "item.xhtml?id=" + item;
        HttpResponse<String> first = anonymous().get(path);
        HttpResponse<String> second = anonymous().get(path);
        String nonce1 = nonceOf(first);
        String nonce2 = nonceOf(second);
        assertNotEquals(nonce1, nonce2, "every response has a script nonce of its own");
        assertTrue(first.body().contains("nonce=\"" + nonce1 + "\"")
                && !first.body().contains(nonce2));
        assertTrue(second.body().contains("nonce=\"" + nonce2 + "\"")
                && !second.body().contains(nonce1));
        assertEquals(first.body().replace(nonce1, "N"), second.body().replace(nonce2, "N"));
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").startsWith("public, max-age="));
        assertTrue(first.headers().firstValue("Vary").orElse("").contains("Cookie"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, second.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> unchanged = anonymous().getWith(path, "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        assertTrue(
                unchanged.headers().firstValue("Content-Security-Policy").isEmpty(),
                "a 304 keeps the policy of the copy the browser holds");

        Http resident = anonymous();
        assertEquals(302, resident.login(RESIDENT, DEMO_PASSWORD).statusCode());
        HttpResponse<String> mine = resident.get(path);
        assertTrue(mine.body().contains("id=\"accountLink\""), "the resident's own page shows the account");
        assertEquals(
                "private, no-store", mine.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(mine.headers().firstValue("Vary").orElse("").contains("Cookie"));
        HttpResponse<String> theirs = anonymous().get(path);
        assertFalse(
                theirs.body().contains("accountLink") || theirs.body().contains("logoutForm"),
                "a reader never gets the page rendered for someone signed in");
        assertTrue(theirs.body().contains("id=\"loginLink\""));

        // a change through the site shows at once to readers
        String changed = Fixtures.uniqueName("Renamed for readers");
        assertTrue(anonymous().get(path).body().contains("Read by a crowd"));
        HttpResponse<String> put = clerk.send("PUT", "api/v1/clerk/items/" + item, Fixtures.itemJson("R-1", changed));
        assertEquals(200, put.statusCode(), put.body());
        assertTrue(anonymous().get(path).body().contains(changed), "the change shows at once");

        // a stateless form has no view state to prove where it came from: another site's post is refused
        HttpResponse<String> crossSite = anonymous()
                .postBytes(
                        path,
                        ("id=" + item + "&comment=comment&jakarta.faces.ViewState=stateless").getBytes(),
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Origin",
                        "http://evil.example");
        assertEquals(403, crossSite.statusCode());
    }

    @Test
    void slowBodiesFromOneAddressTakeNoThreadFromOthers_AndATrickleIsCutOff() throws Exception {
        long item = publishedItem("Slow bodies");
        String head = "POST " + base.getPath() + "api/v1/items/" + item + "/comments HTTP/1.1\r\nHost: "
                + base.getHost() + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
        List<Socket> slow = new ArrayList<>();
        try {
            // as many trickling bodies as the server has request threads (Payara's default: 200)
            for (int i = 0; i < 200; i++) {
                Socket s = new Socket(base.getHost(), base.getPort());
                s.setSoTimeout(15_000);
                s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> others = client.send(
                    HttpRequest.newBuilder(new Http(base.toString()).uri("api/v1/meetings"))
                            .timeout(Duration.ofSeconds(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, others.statusCode(), "everyone else is still answered at once");
            // all but a few (32 per address) are refused before their bodies are read
            List<Socket> answered = new ArrayList<>();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (answered.size() < 168 && System.nanoTime() < deadline) {
                answered.clear();
                for (Socket s : slow) {
                    if (s.getInputStream().available() > 0) {
                        answered.add(s);
                    }
                }
                if (answered.size() < 168) {
                    Thread.sleep(50); // polling for the answers to arrive
                }
            }
            assertEquals(168, answered.size(), "refused at once: all but the 32 let in");
            for (Socket s : answered) {
                String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                assertTrue(status.startsWith("HTTP/1.1 429"), status);
            }
            // one that was let in and keeps trickling a byte a second is cut off
            Socket first =
                    slow.stream().filter(s -> !answered.contains(s)).findFirst().orElseThrow();
            String status = null;
            InputStream in = first.getInputStream();
            for (int second = 0; second < 15 && status == null; second++) {
                first.getOutputStream().write(' ');
                first.getOutputStream().flush();
                if (in.available() > 0 || second == 14) {
                    status = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
                } else {
                    Thread.sleep(1000); // the pace of the trickle, not a wait for an assertion
                }
            }
            assertTrue(status != null && status.startsWith("HTTP/1.1 408"), "a trickle is cut off: " + status);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aCommentSentWithAnUpgradeOfferIsStored() throws Exception {
        // Java's HTTP client offers h2c on every plain request, and nginx passes "Upgrade: h2c" on with its own
        // "Connection: upgrade" (podium-proxy.conf): the body has no end of stream then, and must be read to its
        // Content-Length. This is the request as nginx sends it.
        long item = publishedItem("Upgrade");
        String json = Fixtures.json(
                "position",
                "OPPOSE",
                "text",
                "Sent with an upgrade offer.",
                "email",
                UUID.randomUUID() + "@example.org");
        String head =
                "POST " + base.getPath() + "api/v1/items/" + item + "/comments HTTP/1.1\r\nHost: " + base.getHost()
                        + "\r\nConnection: upgrade\r\nUpgrade: h2c\r\nContent-Type: application/json\r\nContent-Length: "
                        + json.getBytes(StandardCharsets.UTF_8).length
                        + "\r\n\r\n";
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(15_000);
            s.getOutputStream().write((head + json).getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            String status =
                    new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 201 Created", status);
        }
    }

    /** An item open for comment on a meeting of its own, published three days ahead. */
    private long publishedItem(String what) {
        Http clerk = as(CLERK);
        long meeting = Fixtures.createMeeting(
                clerk, Fixtures.uniqueName(what), Instant.now().plus(3, ChronoUnit.DAYS));
        long item = Fixtures.addItem(clerk, meeting, "1", Fixtures.uniqueName(what + " item"));
        Fixtures.publish(clerk, meeting);
        return item;
    }

    private static String nonceOf(HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher m = Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertTrue(m.find(), csp);
        return m.group(1);
    }

    @Test
    void errorPagesAreFriendlyAndBilingual() {
        HttpResponse<String> missing = anonymous().get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
        HttpResponse<String> draft = anonymous().get("meeting.xhtml?id=abc");
        assertEquals(404, draft.statusCode());
        HttpResponse<String> es = anonymous().language("es").get("item.xhtml?id=999999999");
        assertEquals(404, es.statusCode());
        assertTrue(es.body().contains("Página no encontrada"), es.body());
        for (HttpResponse<String> r : List.of(missing, draft, es)) {
            assertFalse(
                    r.body().contains("Caused by")
                            || r.body().contains(".java:")
                            || r.body().contains("\tat "),
                    r.body());
            // one policy, the page's: a second one (default-src 'none') would keep the style sheet from loading
            List<String> policies = r.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), policies.toString());
            assertTrue(policies.get(0).contains("default-src 'self'"), policies.toString());
        }
        Http user = anonymous();
        Map<String, String> stale =
                Http.loginForm(user.get("login.xhtml").body(), "x@example.org", "whatever whatever");
        stale.put("jakarta.faces.ViewState", "-123:456");
        HttpResponse<String> expired = user.postForm("login.xhtml", stale);
        assertEquals(302, expired.statusCode(), "an expired form returns to its page: " + expired.body());
        assertTrue(expired.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        HttpResponse<String> again = user.get("login.xhtml");
        assertTrue(again.body().contains("This page has expired"), again.body());
        assertTrue(again.body().contains("name=\"login:email\""), "the form is there to try again");
        // a form replayed with another page's script nonce (sqlmap does this): refused as a bad request, not a 500
        Map<String, String> forged =
                Http.loginForm(user.get("login.xhtml").body(), "x@example.org", "whatever whatever");
        forged.put("primefaces.nonce", "bm90LXRoaXMtcGFnZXMtbm9uY2U=");
        HttpResponse<String> refused = user.postForm("login.xhtml", forged);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("was not right"), refused.body());
        assertFalse(refused.body().contains("Caused by") || refused.body().contains(".java:"), refused.body());
        // a multipart body cut short (sqlmap again): 400, not 500
        HttpResponse<String> cut = user.postBytes(
                "item.xhtml",
                ("--xyz\r\nContent-Disposition: form-data; name=\"comment\"" + "\r\n\r\ncomment\r\n--xy")
                        .getBytes(StandardCharsets.US_ASCII),
                "Content-Type",
                "multipart/form-data; boundary=xyz");
        assertEquals(400, cut.statusCode(), cut.body());
        assertTrue(cut.body().contains("was not right"), cut.body());
    }

    @Test
    void repeatedWrongPasswordsAreThrottled() {
        String email = "nobody-" + UUID.randomUUID() + "@example.org";
        Http h = new Http(base.toString()).basic(email, "wrong password here");
        for (int i = 0; i < 5; i++) {
            Fixtures.assertProblem(h.get("api/v1/clerk/meetings"), 401, null);
        }
        HttpResponse<String> throttled = h.get("api/v1/clerk/meetings");
        Fixtures.assertProblem(throttled, 429, null);
        assertTrue(
                Integer.parseInt(throttled.headers().firstValue("Retry-After").orElse("0")) > 0);

        Http web = anonymous();
        HttpResponse<String> page = web.get("login.xhtml");
        HttpResponse<String> refused =
                web.postForm("login.xhtml", Http.loginForm(page.body(), email, "wrong password here"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Too many failed attempts"), refused.body());
    }

    @Test
    void healthChecksTheDatabaseAndTheApiIsDocumented() {
        HttpResponse<String> health =
                new Http(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()).get("health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\"") && health.body().contains("UP"), health.body());
        HttpResponse<String> openapi =
                new Http(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()).get("openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(
                openapi.body().contains("api/v1/meetings/{id}")
                        && openapi.body().contains("api/v1/items/{id}"),
                openapi.body());
    }

    @Test
    void anAdministratorCreatesStaffAndAssignsRoles() {
        Http admin = as(ADMIN);
        String email = "clerk-" + UUID.randomUUID().toString().substring(0, 8) + "@city.example";
        Fixtures.assertProblem(
                admin.post(
                        "api/v1/admin/users",
                        Fixtures.json(
                                "displayName",
                                "New Clerk",
                                "email",
                                email,
                                "password",
                                "password1234",
                                "roles",
                                List.of("CLERK"))),
                400,
                "password");
        Fixtures.assertProblem(
                admin.post(
                        "api/v1/admin/users",
                        Fixtures.json(
                                "displayName",
                                "New Clerk",
                                "email",
                                email,
                                "password",
                                "a long clerk passphrase",
                                "roles",
                                List.of())),
                400,
                "roles");
        Fixtures.assertProblem(
                admin.post(
                        "api/v1/admin/users",
                        Fixtures.json(
                                "displayName",
                                "New Clerk",
                                "email",
                                email,
                                "password",
                                "a long clerk passphrase",
                                "roles",
                                List.of("KING"))),
                400,
                "roles");
        Fixtures.assertProblem(
                admin.post(
                        "api/v1/admin/users",
                        Fixtures.json(
                                "displayName",
                                "New Clerk",
                                "email",
                                "not an address",
                                "password",
                                "a long clerk passphrase",
                                "roles",
                                List.of("CLERK"))),
                400,
                "email");
        HttpResponse<String> created = admin.post(
                "api/v1/admin/users",
                Fixtures.json(
                        "displayName",
                        "New Clerk",
                        "email",
                        email.toUpperCase(),
                        "password",
                        "a long clerk passphrase",
                        "roles",
                        List.of("CLERK")));
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.object(created).getJsonNumber("id").longValue();
        assertEquals(email, Http.object(created).getString("email"), "addresses are stored in lower case");
        Fixtures.assertProblem(
                admin.post(
                        "api/v1/admin/users",
                        Fixtures.json(
                                "displayName",
                                "Twin",
                                "email",
                                email,
                                "password",
                                "a long clerk passphrase",
                                "roles",
                                List.of("CLERK"))),
                409,
                "email");

        Http newClerk = new Http(base.toString()).basic(email, "a long clerk passphrase");
        assertEquals(200, newClerk.get("api/v1/clerk/meetings").statusCode());
        assertEquals(
                200,
                admin.send("PUT", "api/v1/admin/users/" + id + "/roles", Fixtures.json("roles", List.of("COUNCIL")))
                        .statusCode());
        assertEquals(403, newClerk.get("api/v1/clerk/meetings").statusCode());
        assertEquals(200, newClerk.get("api/v1/council/meetings").statusCode());
        Fixtures.assertProblem(
                admin.send("PUT", "api/v1/admin/users/" + id + "/roles", Fixtures.json("roles", List.of())),
                400,
                "roles");
    }

    /**
     * A brute-force run: one attacker's address tries a wordlist against a real clerk account, the right password
     * among them, then sprays one password over many accounts. Neither gets in; the address is then refused for
     * every account while others still may try.
     */
    @Test
    void aBruteForceRunAgainstTheLoginIsThrottled() {
        Http admin = as(ADMIN);
        String email = "target-" + UUID.randomUUID().toString().substring(0, 8) + "@city.example";
        String password = "the clerk's real passphrase";
        assertEquals(
                201,
                admin.post(
                                "api/v1/admin/users",
                                Fixtures.json(
                                        "displayName",
                                        "Target Clerk",
                                        "email",
                                        email,
                                        "password",
                                        password,
                                        "roles",
                                        List.of("CLERK")))
                        .statusCode());
        String attacker = "203.0.113." + (10 + new Random().nextInt(200));
        Map<Integer, Integer> answers = new TreeMap<>();
        int in = 0;
        for (int i = 0; i < 40; i++) {
            String guess = i == 20 ? password : "guess number " + i + " of the wordlist";
            HttpResponse<String> r = new Http(base.toString())
                    .basic(email, guess)
                    .getWith("api/v1/clerk/meetings", "X-Forwarded-For", attacker);
            answers.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 200) {
                in++;
            }
        }
        assertEquals(0, in, "the right password, guessed after 20 wrong ones, does not get in: " + answers);
        assertEquals(5, answers.get(401), "five wrong guesses are answered: " + answers);
        assertEquals(35, answers.get(429), "then every try is refused without being checked: " + answers);

        // one password over many accounts from one address: after 50 failures the address is refused for all
        String sprayer = "198.51.100." + (10 + new Random().nextInt(200));
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            HttpResponse<String> r = new Http(base.toString())
                    .basic("spray-" + i + "-" + UUID.randomUUID() + "@example.org", "Summer2026!")
                    .getWith("api/v1/clerk/meetings", "X-Forwarded-For", sprayer);
            if (r.statusCode() == 429) {
                refused++;
            } else {
                assertEquals(401, r.statusCode(), r.body());
            }
        }
        assertEquals(10, refused, "failures 51 to 60 from the address are refused");
        HttpResponse<String> elsewhere = new Http(base.toString())
                .basic("someone-" + UUID.randomUUID() + "@example.org", "Summer2026!")
                .getWith("api/v1/clerk/meetings", "X-Forwarded-For", "192.0.2.44");
        assertEquals(401, elsewhere.statusCode(), "another address is not throttled for it");
        HttpResponse<String> forged = new Http(base.toString())
                .basic("someone-" + UUID.randomUUID() + "@example.org", "Summer2026!")
                .getWith("api/v1/clerk/meetings", "X-Forwarded-For", sprayer + ", 127.0.0.1");
        assertEquals(429, forged.statusCode(), "the address a trusted proxy names is the one counted");
    }
}
