package org.podium.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.CLERK;
import static org.podium.it.Deployments.DEMO_PASSWORD;
import static org.podium.it.Fixtures.addItem;
import static org.podium.it.Fixtures.assertProblem;
import static org.podium.it.Fixtures.createMeeting;
import static org.podium.it.Fixtures.json;
import static org.podium.it.Fixtures.publish;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.podium.it.DeployedTest;
import org.podium.it.Http;
import org.podium.it.Mailbox;
import org.podium.it.Pdfs;
import org.podium.it.SignUps;
import org.podium.it.TestInfrastructure;

/**
 * A resident owns their data: they download a copy of all Podium holds about them, and they delete their account,
 * which erases their address, name and password, anonymises their comments and withdraws their sign-ups to come.
 */
class MyDataIT extends DeployedTest {

    @Test
    void aResidentDownloadsTheirDataThenDeletesTheirAccountAndNothingOfThemIsLeftButTheirWords() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "owner-" + tag + "@example.org";
        String password = "a resident passphrase " + tag;
        HttpResponse<String> made = admin().post(
                        "api/v1/admin/users",
                        json(
                                "displayName",
                                "Rosa " + tag,
                                "email",
                                email,
                                "password",
                                password,
                                "roles",
                                List.of("RESIDENT")));
        assertEquals(201, made.statusCode(), made.body());
        long accountId = Http.object(made).getJsonNumber("id").longValue();
        Http clerk = new Http(base.toString()).basic(CLERK, DEMO_PASSWORD);
        // six weeks ahead: these meetings sort after the ones the browser tests look for on the first page of lists
        long meeting = createMeeting(clerk, "My data " + tag, Instant.now().plus(43, ChronoUnit.DAYS));
        long item = addItem(clerk, meeting, "1", "Ordinance: library hours");
        publish(clerk, meeting);

        Http rosa = new Http(base.toString()).basic(email, password);
        HttpResponse<String> filed = rosa.post(
                "api/v1/items/" + item + "/comments",
                json(
                        "position",
                        "SUPPORT",
                        "text",
                        "Keep the library open on Sundays " + tag + ".",
                        "name",
                        "Rosa " + tag,
                        "email",
                        email,
                        "ward",
                        "Ward 3"));
        assertEquals(201, filed.statusCode(), filed.body());
        String tracking = Http.object(filed).getString("trackingNumber");
        HttpResponse<String> signUp = rosa.postBytes(
                "api/v1/items/" + item + "/speakers",
                SignUps.body("Rosa " + tag, email, "IN_PERSON").getBytes(StandardCharsets.UTF_8),
                "X-Forwarded-For",
                SignUps.network());
        assertEquals(201, signUp.statusCode(), signUp.body());
        String confirmation = Http.object(signUp).getString("confirmationNumber");

        // the copy: the account, the comment with its history, the sign-up; as a download, never cached
        HttpResponse<String> export = rosa.get("api/v1/account/export");
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertEquals("no-store", export.headers().firstValue("Cache-Control").orElse(""));
        JsonObject copy = Http.object(export);
        assertEquals(email, copy.getJsonObject("account").getString("email"));
        JsonObject comment = copy.getJsonArray("comments").getJsonObject(0);
        assertEquals(tracking, comment.getString("trackingNumber"));
        assertEquals("Ward 3", comment.getString("ward"));
        assertTrue(comment.getString("text").contains("Sundays " + tag));
        assertEquals(
                "RECEIVED", comment.getJsonArray("history").getJsonObject(0).getString("status"));
        assertEquals(confirmation, copy.getJsonArray("signUps").getJsonObject(0).getString("confirmationNumber"));
        assertEquals(401, new Http(base.toString()).get("api/v1/account/export").statusCode(), "only one's own");

        // deletion: the password first; staff accounts are closed by an administrator instead
        assertProblem(rosa.send("POST", "api/v1/account/deletion", json("password", "not it")), 400, "deletePassword");
        assertProblem(clerk.send("POST", "api/v1/account/deletion", json("password", DEMO_PASSWORD)), 409, null);
        HttpResponse<String> deleted = rosa.send("POST", "api/v1/account/deletion", json("password", password));
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(1, Http.object(deleted).getInt("comments"));
        assertEquals(1, Http.object(deleted).getInt("signUps"));
        assertNotNull(Mailbox.await(email, "Your Podium account is deleted"));

        assertEquals(401, rosa.get("api/v1/account/export").statusCode(), "the password opens nothing any more");
        assertProblem(admin().post("api/v1/admin/users/" + accountId + "/enable", null), 409, null);
        assertProblem(
                admin().send("PUT", "api/v1/admin/users/" + accountId + "/roles", json("roles", List.of("RESIDENT"))),
                409,
                null);
        assertTrue(
                Http.object(admin().get("api/v1/admin/users?q=deleted-" + accountId + "@"))
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .toString()
                        .contains("\"enabled\":false"),
                "an administrator cannot bring it back");
        try (Connection c = TestInfrastructure.connect()) {
            try (PreparedStatement q =
                    c.prepareStatement("SELECT email, display_name, enabled FROM account WHERE id = ?")) {
                q.setLong(1, accountId);
                ResultSet rs = q.executeQuery();
                assertTrue(rs.next());
                assertEquals("deleted-" + accountId + "@deleted.invalid", rs.getString(1));
                assertFalse(rs.getString(2).contains(tag));
                assertFalse(rs.getBoolean(3));
            }
            try (PreparedStatement q = c.prepareStatement("SELECT email, display_name, name_withheld, ward, author_id,"
                    + " client_address, body FROM comment WHERE tracking_number = ?")) {
                q.setString(1, tracking);
                ResultSet rs = q.executeQuery();
                assertTrue(rs.next());
                assertEquals(null, rs.getString(1));
                assertEquals(null, rs.getString(2));
                assertTrue(rs.getBoolean(3));
                assertEquals(null, rs.getString(4));
                assertEquals(null, rs.getObject(5));
                assertEquals(null, rs.getString(6));
                assertTrue(rs.getString(7).contains("Sundays " + tag), "the words stay, as the posting policy says");
            }
            try (PreparedStatement q = c.prepareStatement("SELECT status, email, active_email, display_name, account_id"
                    + " FROM speaker WHERE confirmation_number = ?")) {
                q.setString(1, confirmation);
                ResultSet rs = q.executeQuery();
                assertTrue(rs.next());
                assertEquals("WITHDRAWN", rs.getString(1), "a sign-up for a meeting to come is withdrawn");
                assertEquals(null, rs.getString(2));
                assertEquals(null, rs.getString(3));
                assertEquals(null, rs.getString(4));
                assertEquals(null, rs.getObject(5));
            }
            try (PreparedStatement q =
                    c.prepareStatement("SELECT COUNT(*) FROM comment WHERE email = ? OR display_name" + " LIKE ?")) {
                q.setString(1, email);
                q.setString(2, "%Rosa " + tag + "%");
                ResultSet rs = q.executeQuery();
                rs.next();
                assertEquals(0, rs.getInt(1), "nowhere in the comments");
            }
        }
        String clerkView = clerk.get("api/v1/clerk/queue?item=" + item).body();
        assertFalse(clerkView.contains(email) || clerkView.contains("Rosa " + tag), clerkView);
    }

    @Test
    void aNameInAFinalizedRecordIsErasedAndTheRecordStillVerifies() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "recorded-" + tag + "@example.org";
        String password = "a resident passphrase " + tag;
        String name = "Tomasz " + tag;
        assertEquals(
                201,
                admin().post(
                                "api/v1/admin/users",
                                json(
                                        "displayName",
                                        name,
                                        "email",
                                        email,
                                        "password",
                                        password,
                                        "roles",
                                        List.of("RESIDENT")))
                        .statusCode());
        Http clerk = new Http(base.toString()).basic(CLERK, DEMO_PASSWORD);
        long meeting = createMeeting(clerk, "Recorded " + tag, Instant.now().plus(43, ChronoUnit.DAYS));
        long item = addItem(clerk, meeting, "1", "Ordinance: street trees");
        publish(clerk, meeting);
        Http tomasz = new Http(base.toString()).basic(email, password);
        HttpResponse<String> filed = tomasz.post(
                "api/v1/items/" + item + "/comments",
                json(
                        "position",
                        "OPPOSE",
                        "text",
                        "Do not cut the oaks on Elm " + tag + ".",
                        "name",
                        name,
                        "email",
                        email));
        assertEquals(201, filed.statusCode(), filed.body());
        String tracking = Http.object(filed).getString("trackingNumber");
        assertEquals(
                200,
                clerk.post("api/v1/clerk/comments/" + tracking + "/decision", json("decision", "PUBLISH"))
                        .statusCode());
        for (String status : new String[] {"IN_PROGRESS", "ADJOURNED"}) {
            assertEquals(
                    200,
                    clerk.post("api/v1/clerk/meetings/" + meeting + "/status", json("status", status))
                            .statusCode());
        }
        HttpResponse<String> finalized = clerk.post("api/v1/clerk/meetings/" + meeting + "/record", "{}");
        assertEquals(200, finalized.statusCode(), finalized.body());
        String finalHash = Http.object(finalized).getString("finalHash");
        Http anyone = new Http(base.toString());
        assertTrue(
                Pdfs.text(Pdfs.record(anyone, meeting).body()).contains(name.replace(" ", "")),
                "the name is in the record as published");

        HttpResponse<String> deleted = tomasz.send("POST", "api/v1/account/deletion", json("password", password));
        assertEquals(200, deleted.statusCode(), deleted.body());

        // the chain and the final hash are unchanged, and it still verifies; the name is gone from every form of it
        JsonObject verify = Http.object(anyone.get("api/v1/meetings/" + meeting + "/record/verify"));
        assertTrue(verify.getBoolean("valid"), verify.toString());
        assertEquals(finalHash, verify.getString("finalHash"));
        String json = anyone.get("api/v1/meetings/" + meeting + "/record.json").body();
        assertFalse(json.contains(name), "no name in record.json: " + json);
        JsonObject entry =
                Http.object(anyone.get("api/v1/meetings/" + meeting + "/record.json")).getJsonArray("entries").stream()
                        .map(v -> v.asJsonObject())
                        .filter(e -> e.getString("kind").equals("comment"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(entry.getJsonObject("personal").getBoolean("erased"), entry.toString());
        assertEquals(64, entry.getJsonObject("data").getString("nameCommitment").length(), "the commitment stays");
        assertTrue(entry.getJsonObject("data").getString("text").contains("oaks on Elm " + tag), "the words stay");
        String csv = anyone.get("api/v1/meetings/" + meeting + "/record.csv").body();
        assertFalse(csv.contains(name), csv);
        String pdf = Pdfs.text(Pdfs.record(anyone, meeting).body());
        assertFalse(pdf.contains(name.replace(" ", "")), "the PDF is written again without the name");
        assertTrue(pdf.contains(finalHash), "with the same final hash");
    }

    @Test
    void theRetentionScheduleErasesWhatWasNeverPublishedOnceARecordIsFinal() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Http clerk = new Http(base.toString()).basic(CLERK, DEMO_PASSWORD);
        long meeting = createMeeting(clerk, "Retention " + tag, Instant.now().plus(44, ChronoUnit.DAYS));
        long item = addItem(clerk, meeting, "1", "Ordinance: parking meters");
        publish(clerk, meeting);
        long open = createMeeting(clerk, "Not final " + tag, Instant.now().plus(44, ChronoUnit.DAYS));
        long openItem = addItem(clerk, open, "1", "Ordinance: bus shelters");
        publish(clerk, open);
        Http resident = new Http(base.toString());
        String email = "kept-" + tag + "@example.org";
        String recorded = Http.object(resident.postBytes(
                        "api/v1/items/" + item + "/comments",
                        json(
                                        "position",
                                        "OPPOSE",
                                        "text",
                                        "Meters hurt the shops " + tag + ".",
                                        "name",
                                        "Lia " + tag,
                                        "email",
                                        email,
                                        "ward",
                                        "Ward 7")
                                .getBytes(StandardCharsets.UTF_8),
                        "X-Forwarded-For",
                        SignUps.network()))
                .getString("trackingNumber");
        String pending = Http.object(resident.postBytes(
                        "api/v1/items/" + openItem + "/comments",
                        json("position", "SUPPORT", "text", "Shelters now " + tag + ".", "email", email)
                                .getBytes(StandardCharsets.UTF_8),
                        "X-Forwarded-For",
                        SignUps.network()))
                .getString("trackingNumber");
        String speakerEmail = "speaker-" + tag + "@example.org";
        String confirmation = SignUps.confirmed(
                        resident, item, SignUps.body("Lia " + tag, speakerEmail, "IN_PERSON"), speakerEmail)
                .getString("confirmationNumber");
        // its address was never confirmed: the record keeps it without publishing it (the council's setting)
        HttpResponse<String> decided =
                clerk.post("api/v1/clerk/comments/" + recorded + "/decision", json("decision", "RECORD_ONLY"));
        assertEquals(200, decided.statusCode(), decided.body());
        for (String status : new String[] {"IN_PROGRESS", "ADJOURNED"}) {
            assertEquals(
                    200,
                    clerk.post("api/v1/clerk/meetings/" + meeting + "/status", json("status", status))
                            .statusCode());
        }
        assertEquals(
                200,
                clerk.post("api/v1/clerk/meetings/" + meeting + "/record", "{}").statusCode());

        assertProblem(admin().send("PUT", "api/v1/admin/retention", json("days", -1)), 400, "days");
        assertEquals(
                403,
                clerk.send("PUT", "api/v1/admin/retention", json("days", 0)).statusCode());
        try {
            assertEquals(
                    200,
                    admin().send("PUT", "api/v1/admin/retention", json("days", 30))
                            .statusCode());
            assertEquals(
                    0,
                    Http.object(admin().post("api/v1/admin/retention/run", null))
                            .getInt("meetings"),
                    "a record final today is not due in 30 days");
            assertEquals(
                    200,
                    admin().send("PUT", "api/v1/admin/retention", json("days", 0))
                            .statusCode());
            JsonObject run = Http.object(admin().post("api/v1/admin/retention/run", null));
            assertTrue(
                    run.getInt("meetings") >= 1 && run.getInt("comments") >= 1 && run.getInt("signUps") >= 1,
                    run.toString());
            assertEquals(
                    0,
                    Http.object(admin().post("api/v1/admin/retention/run", null))
                            .getInt("meetings"),
                    "a meeting is purged once");
        } finally {
            assertEquals(
                    200,
                    admin().send("PUT", "api/v1/admin/retention", json("days", JsonValue.NULL))
                            .statusCode());
        }
        JsonValue days = Http.object(admin().get("api/v1/admin/retention")).get("days");
        assertTrue(days == null || days == JsonValue.NULL, "kept again: no number of days, " + days);
        try (Connection c = TestInfrastructure.connect()) {
            try (PreparedStatement q = c.prepareStatement("SELECT email, ward, client_address, display_name, body FROM"
                    + " comment WHERE tracking_number = ?")) {
                q.setString(1, recorded);
                ResultSet rs = q.executeQuery();
                assertTrue(rs.next());
                assertEquals(null, rs.getString(1));
                assertEquals(null, rs.getString(2));
                assertEquals(null, rs.getString(3));
                assertEquals("Lia " + tag, rs.getString(4), "the name stays as the record published it");
                assertTrue(rs.getString(5).contains("Meters hurt"));
                q.setString(1, pending);
                rs = q.executeQuery();
                assertTrue(rs.next());
                assertEquals(email, rs.getString(1), "a meeting whose record is not final keeps its data");
            }
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT email, client_network FROM speaker WHERE" + " confirmation_number = ?")) {
                q.setString(1, confirmation);
                ResultSet rs = q.executeQuery();
                assertTrue(rs.next());
                assertEquals(null, rs.getString(1));
                assertEquals(null, rs.getString(2));
            }
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT COUNT(*) FROM audit_event WHERE action =" + " 'retention.purge' AND target_id = ?")) {
                q.setLong(1, meeting);
                ResultSet rs = q.executeQuery();
                rs.next();
                assertEquals(1, rs.getInt(1), "each purge is logged");
            }
        }
        JsonObject verify = Http.object(new Http(base.toString()).get("api/v1/meetings/" + meeting + "/record/verify"));
        assertTrue(verify.getBoolean("valid"), "the record still verifies: " + verify);
    }

    @Test
    void aResidentDeletesTheAccountFromMyAccountAndTheHomePageSaysSo() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "page-" + tag + "@example.org";
        String password = "a resident passphrase " + tag;
        assertEquals(
                201,
                admin().post(
                                "api/v1/admin/users",
                                json(
                                        "displayName",
                                        "Page " + tag,
                                        "email",
                                        email,
                                        "password",
                                        password,
                                        "roles",
                                        List.of("RESIDENT")))
                        .statusCode());
        Http web = new Http(base.toString());
        assertEquals(302, web.login(email, password).statusCode());
        String page = web.get("account/index.xhtml").body();
        assertTrue(page.contains("id=\"exportLink\""), "the download is offered");
        HttpResponse<String> wrong = web.submit(
                "account/index.xhtml", page, "deleteAccount", "delete", Map.of("deletePassword", "not my password"));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("This is not your present password"), "said beside the field");
        HttpResponse<String> done = web.submit(
                "account/index.xhtml", wrong.body(), "deleteAccount", "delete", Map.of("deletePassword", password));
        assertEquals(302, done.statusCode(), done.body());
        String to = done.headers().firstValue("Location").orElse("");
        assertTrue(to.contains("accountDeleted=true"), to);
        assertTrue(web.get(to.substring(to.indexOf("index.xhtml"))).body().contains("Your account is deleted"));
        assertEquals(302, web.get("account/index.xhtml").statusCode(), "signed out");
        assertEquals(200, new Http(base.toString()).login(email, password).statusCode(), "the password opens nothing");
    }
}
