package org.podium.it.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.ADMIN;
import static org.podium.it.Deployments.RESIDENT;
import static org.podium.it.Fixtures.addItem;
import static org.podium.it.Fixtures.assertProblem;
import static org.podium.it.Fixtures.createMeeting;
import static org.podium.it.Fixtures.json;
import static org.podium.it.Fixtures.publish;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.it.DeployedTest;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.Mailbox;
import org.podium.it.Pdfs;
import org.podium.it.TestInfrastructure;

/**
 * The official record on the real stack: the finalization rules (adjourned, every comment decided, clerks only,
 * idempotent), what the record holds and leaves out, the JSON, CSV and PDF exports (the PDF read back), the chain
 * recomputed here independently, the tracking page's "in the record", and tampering found at the entry it touched.
 */
class RecordIT extends DeployedTest {

    long meeting;
    long item;
    long other;
    String title;

    @BeforeEach
    void agenda() {
        title = "Record " + UUID.randomUUID();
        meeting = createMeeting(clerk(), title, Instant.now().plus(5, ChronoUnit.DAYS));
        item = addItem(clerk(), meeting, "1", "Ordinance: 2027 property tax levy increase of $60 million");
        other = addItem(clerk(), meeting, "2", "Resolution: protected bike lanes on Elm Street");
        publish(clerk(), meeting);
    }

    /** A letter a clerk enters (a clerk-entered comment can be published without an e-mail confirmation). */
    String letter(long on, String position, String text, String name) {
        HttpResponse<String> r = clerk().post(
                        "api/v1/clerk/items/" + on + "/comments",
                        json(
                                "channel",
                                "LETTER",
                                "receivedAt",
                                Instant.now().minusSeconds(600),
                                "position",
                                position,
                                "text",
                                text,
                                "nameWithheld",
                                name == null ? true : null,
                                "name",
                                name));
        assertEquals(201, r.statusCode(), r.body());
        return Http.object(r).getString("trackingNumber");
    }

    String web(String text, String email) {
        HttpResponse<String> r = anonymous()
                .post(
                        "api/v1/items/" + item + "/comments",
                        json("position", "OPPOSE", "text", text, "email", email, "name", "Web Resident", "ward", "25"));
        assertEquals(201, r.statusCode(), r.body());
        return Http.object(r).getString("trackingNumber");
    }

    void decide(String t, String body) {
        HttpResponse<String> r = clerk().post("api/v1/clerk/comments/" + t + "/decision", body);
        assertEquals(200, r.statusCode(), r.body());
    }

    void status(String s) {
        assertEquals(
                200,
                clerk().post("api/v1/clerk/meetings/" + meeting + "/status", json("status", s))
                        .statusCode());
    }

    HttpResponse<String> finalizeAs(Http who) {
        return who.post("api/v1/clerk/meetings/" + meeting + "/record", "{}");
    }

    String windowOf(long itemId) {
        for (var i : Http.object(anonymous().get("api/v1/meetings/" + meeting)).getJsonArray("items")) {
            if (i.asJsonObject().getJsonNumber("id").longValue() == itemId) {
                return i.asJsonObject().getJsonObject("comment").getString("state");
            }
        }
        throw new AssertionError("item " + itemId + " is not on the agenda");
    }

    void acceptLate(boolean late) {
        Http admin = as(ADMIN);
        JsonObject now = Http.object(admin.get("api/v1/admin/settings"));
        HttpResponse<String> r = admin.send(
                "PUT",
                "api/v1/admin/settings",
                json(
                        "commentMaxLength",
                        now.getInt("commentMaxLength"),
                        "acceptLate",
                        late,
                        "unverifiedComments",
                        now.getString("unverifiedComments"),
                        "version",
                        now.getJsonNumber("version")));
        assertEquals(200, r.statusCode(), r.body());
    }

    HttpResponse<String> comment(String text) {
        return anonymous()
                .post(
                        "api/v1/items/" + item + "/comments",
                        json(
                                "position",
                                "OPPOSE",
                                "text",
                                text,
                                "email",
                                "late-" + UUID.randomUUID() + "@example.org"));
    }

    /**
     * Issue 19, bug 1: a meeting started days before its scheduled time, then adjourned, still said "open until" its
     * scheduled start and took comments into the record unmarked; after finalization the form was still offered.
     */
    @Test
    void theMeetingsStateClosesItsItemsComment_LateCommentsAreMarked_AndAFinalRecordTakesNoMore() {
        assertEquals("OPEN", windowOf(item));
        status("IN_PROGRESS");
        assertEquals("STARTED", windowOf(item), "the meeting began five days early: comment closed with it");
        assertProblem(comment("Started already"), 409, null);
        String page = anonymous().get("item.xhtml?id=" + item).body();
        assertTrue(page.contains("Public comment closed when the meeting began."), page);
        assertFalse(page.contains("comment:text"), "no form once comment has closed");

        status("ADJOURNED");
        assertEquals("ADJOURNED", windowOf(item));
        String home = "";
        for (int n = 0; n < 50 && !home.contains(title); n++) {
            home = anonymous().get("index.xhtml?page=" + n).body();
        }
        int pastStart = home.indexOf("id=\"past\"");
        assertTrue(
                pastStart > 0 && home.indexOf(title) > pastStart,
                "an adjourned meeting is listed with the past ones, whatever its scheduled date");
        HttpResponse<String> refused = comment("After the gavel");
        assertProblem(refused, 409, null);
        assertTrue(Http.object(refused).getString("detail").contains("adjourned"), refused.body());
        acceptLate(true);
        try {
            HttpResponse<String> late = comment("After the gavel, for the record");
            assertEquals(201, late.statusCode(), late.body());
            assertEquals("RECORD_ONLY", Http.object(late).getString("status"), "kept, marked late, never published");
            page = anonymous().get("item.xhtml?id=" + item).body();
            assertTrue(
                    page.contains("comment:text")
                            && page.contains("id=\"lateNotice\"")
                            && page.contains("The council still takes late comments"),
                    "the form is offered, saying what happens to it");
            assertTrue(page.contains("Public comment closed: the meeting has adjourned."), page);

            assertEquals(200, finalizeAs(clerk()).statusCode());
            assertEquals("FINAL", windowOf(item));
            HttpResponse<String> afterFinal = comment("After the record is final");
            assertProblem(afterFinal, 409, null);
            assertTrue(Http.object(afterFinal).getString("detail").contains("final"), afterFinal.body());
            HttpResponse<String> itemPage = anonymous().get("item.xhtml?id=" + item);
            assertEquals(200, itemPage.statusCode());
            assertTrue(itemPage.body().contains("the official record of this meeting is final"), itemPage.body());
            assertFalse(itemPage.body().contains("comment:text"), "the form is gone, late comments or not");
        } finally {
            acceptLate(false);
        }
    }

    /**
     * Issue 19, bug 8: the receipt of an edit says "the first version stays in the record"; the history showed
     * neither the change nor the e-mail confirmation, and the record held the edited text only.
     */
    @Test
    void anEditedCommentKeepsItsEarlierVersionInTheRecord_AndItsHistorySaysChangedAndConfirmed() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String first = "Call me at 773-555-0100: the levy " + mark + " is too much for us.";
        String t = web(first, "edit-" + mark + "@example.org");
        String key = Mailbox.authorKey(t);
        Http author = anonymous();
        // the receipt mail's link: the key, and the token that confirms the address
        String mine = "comment.xhtml?t=" + t + "&k=" + key + "&c=" + Mailbox.confirmToken(t);
        Map<String, String> form = Http.hiddenFields(author.get(mine).body(), "author");
        form.put("author:confirmEmail", "Confirm");
        assertEquals(302, author.postForm(mine, form).statusCode(), "confirmed, then back to the receipt");
        HttpResponse<String> edited = anonymous()
                .sendWith(
                        "PUT",
                        "api/v1/comments/" + t,
                        json("position", "OPPOSE", "text", "The levy " + mark + " is too much for us."),
                        "X-Author-Key",
                        key);
        assertEquals(200, edited.statusCode(), edited.body());
        List<String> notes = Http.object(clerk().get("api/v1/comments/" + t)).getJsonArray("history").stream()
                .map(v -> v.asJsonObject().containsKey("note")
                                && !v.asJsonObject().isNull("note")
                        ? v.asJsonObject().getString("note")
                        : "")
                .toList();
        assertTrue(notes.contains("email-confirmed") && notes.contains("changed"), notes.toString());
        String page = anonymous().get(mine).body();
        assertTrue(page.contains("E-mail address confirmed") && page.contains("Changed by its author"), page);
        assertFalse(
                page.contains("Received — ") && page.indexOf("Received — ") != page.lastIndexOf("Received — "),
                "a remark is said as what happened, not as the status again: " + page);
        decide(t, json("decision", "PUBLISH"));

        status("IN_PROGRESS");
        status("ADJOURNED");
        assertEquals(200, finalizeAs(clerk()).statusCode());
        JsonObject entry =
                Http.object(anonymous().get("api/v1/meetings/" + meeting + "/record.json"))
                        .getJsonArray("entries")
                        .stream()
                        .map(v -> v.asJsonObject().getJsonObject("data"))
                        .filter(d -> t.equals(d.getString("tracking", null)))
                        .findFirst()
                        .orElseThrow();
        assertEquals("The levy " + mark + " is too much for us.", entry.getString("text"));
        JsonObject v1 = entry.getJsonArray("earlierVersions").getJsonObject(0);
        assertEquals(1, v1.getInt("number"));
        assertEquals(
                "Call me at [redacted: personal information]: the levy " + mark + " is too much for us.",
                v1.getString("text"),
                "the first version is in the record, the phone number the screen finds is not");
        String csv =
                anonymous().get("api/v1/meetings/" + meeting + "/record.csv").body();
        assertTrue(
                csv.contains("v1 ")
                        && csv.contains("OPPOSE: Call me at [redacted: personal information]: the levy " + mark),
                csv);
        assertFalse(csv.contains("555-0100")
                || anonymous()
                        .get("api/v1/meetings/" + meeting + "/record.json")
                        .body()
                        .contains("555-0100"));
        assertTrue(
                Http.object(anonymous().get("api/v1/meetings/" + meeting + "/record/verify"))
                        .getBoolean("valid"),
                "the chain still verifies with the earlier versions in it");
    }

    @Test
    void theFinalizedRecordHoldsWhatItMustAndNothingItMustNot() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String supportText = "I support the levy " + mark + ". Our libraries need it.";
        String support = letter(item, "SUPPORT", supportText, "Ana Ruiz");
        decide(support, json("decision", "PUBLISH"));
        String phone = "(773) 555-0142";
        String redacted =
                letter(item, "OPPOSE", "Call me at " + phone + " about the levy, it is too much.", "Ben Okafor");
        decide(redacted, json("decision", "REDACT", "spans", List.of(Fixtures.object("start", 11, "end", 25))));
        decide(redacted, json("decision", "PUBLISH"));
        String recordOnlyText = "For the record only " + mark + ": the levy notice came late.";
        String recordOnly = letter(item, "NEUTRAL", recordOnlyText, null);
        decide(recordOnly, json("decision", "RECORD_ONLY"));
        String rejectedText = "REJECTED-" + mark + " you are all crooks";
        String rejected = letter(item, "OPPOSE", rejectedText, "Cy Jones");
        decide(rejected, json("decision", "REJECT", "reason", "obscenity"));
        String withdrawnText = "WITHDRAWN-" + mark + " I take it back";
        String email = "private-" + mark + "@example.org";
        String withdrawn = web(withdrawnText, email);
        assertEquals(
                200,
                anonymous()
                        .sendWith(
                                "POST",
                                "api/v1/comments/" + withdrawn + "/withdraw",
                                "{}",
                                "X-Author-Key",
                                Mailbox.authorKey(withdrawn))
                        .statusCode());
        String first = letter(item, "OPPOSE", Fixtures.FORM_LETTER, "Dee Lee");
        String copy = letter(item, "OPPOSE", Fixtures.FORM_LETTER + " Signed, Eve Park.", "Eve Park");
        Fixtures.grouped(clerk(), first);
        Fixtures.grouped(clerk(), copy);
        decide(first, json("decision", "PUBLISH"));
        decide(copy, json("decision", "PUBLISH"));
        String onOther =
                letter(other, "SUPPORT", "Bike lanes on Elm Street save lives. Żółć, Ελλάδα.", "Nguyễn Văn Bình");
        decide(onOther, json("decision", "PUBLISH"));
        String waiting = letter(item, "OPPOSE", "Still waiting " + mark, "Gus Hale");

        // the rules: not before adjournment, not while a comment awaits a decision, clerks only
        assertProblem(finalizeAs(clerk()), 409, "status");
        status("IN_PROGRESS");
        status("ADJOURNED");
        HttpResponse<String> undecided = finalizeAs(clerk());
        assertProblem(undecided, 409, "comments");
        assertTrue(
                undecided.body().contains("while one comment awaits a decision. Decide it in the queue"),
                undecided.body());
        decide(waiting, json("decision", "REJECT", "reason", "off-topic"));
        assertEquals(403, finalizeAs(as(RESIDENT)).statusCode());
        assertEquals(401, finalizeAs(anonymous()).statusCode());
        assertEquals(
                404,
                anonymous().get("api/v1/meetings/" + meeting + "/record.json").statusCode(),
                "not before");
        HttpResponse<String> done = finalizeAs(clerk());
        assertEquals(200, done.statusCode(), done.body());
        JsonObject summary = Http.object(done);
        String finalHash = summary.getString("finalHash");
        assertEquals(64, finalHash.length());
        // idempotent: the same record, unchanged
        assertEquals(finalHash, Http.object(finalizeAs(clerk())).getString("finalHash"));
        assertEquals(summary.getInt("entries"), Http.object(finalizeAs(clerk())).getInt("entries"));

        // JSON: the chain recomputed here, with a canonical JSON written for this test
        JsonObject record = Http.object(anonymous().get("api/v1/meetings/" + meeting + "/record.json"));
        assertEquals(finalHash, record.getString("finalHash"));
        JsonArray entries = record.getJsonArray("entries");
        assertEquals(summary.getInt("entries"), entries.size());
        String previous = "0".repeat(64);
        for (JsonValue v : entries) {
            JsonObject e = v.asJsonObject();
            assertEquals(previous, e.getString("previousHash"));
            String hash = sha256(previous + "\n" + canonical(e.get("data")));
            assertEquals(hash, e.getString("hash"), "entry " + e.getInt("seq"));
            previous = hash;
        }
        assertEquals(finalHash, previous);
        Map<String, JsonObject> byTracking = new TreeMap<>();
        int moderation = 0;
        for (JsonValue v : entries) {
            JsonObject d = v.asJsonObject().getJsonObject("data");
            if (d.getString("type").equals("comment")) {
                byTracking.put(d.getString("tracking"), d);
            }
            moderation += d.getString("type").equals("moderation") ? 1 : 0;
        }
        assertEquals("meeting", entries.getJsonObject(0).getString("kind"));
        assertEquals(
                List.of(support, redacted, recordOnly, rejected, withdrawn, first, copy, onOther, waiting).stream()
                        .sorted()
                        .toList(),
                new ArrayList<>(byTracking.keySet()),
                "every comment of the meeting, once");
        assertEquals(3, moderation, "two rejections and a redaction in the moderation log");
        assertEquals(supportText, byTracking.get(support).getString("text"));
        assertEquals("PUBLISHED", byTracking.get(support).getString("status"));
        assertEquals(
                "Call me at [redacted: personal information] about the levy, it is too much.",
                byTracking.get(redacted).getString("text"));
        assertEquals(1, byTracking.get(redacted).getInt("redactions"));
        assertEquals("RECORD_ONLY", byTracking.get(recordOnly).getString("status"));
        assertEquals(
                JsonValue.NULL,
                byTracking.get(recordOnly).get("nameCommitment"),
                "a withheld name stays withheld: nothing to commit to");
        assertFalse(byTracking.get(recordOnly).containsKey("name"), "names are outside what is hashed");
        // a name is kept beside its entry, and the hashed data commits to it with a salt of its own (format 2)
        for (JsonValue v : entries) {
            JsonObject e = v.asJsonObject();
            if (e.getJsonObject("data").getString("type").equals("comment")
                    && e.getJsonObject("data").getString("tracking").equals(onOther)) {
                JsonObject personal = e.getJsonObject("personal");
                assertEquals("Nguyễn Văn Bình", personal.getString("name"));
                assertEquals(32, personal.getString("salt").length());
                assertEquals(
                        sha256(personal.getString("salt") + "\n" + personal.getString("name")),
                        e.getJsonObject("data").getString("nameCommitment"));
            }
        }
        assertEquals(JsonValue.NULL, byTracking.get(rejected).get("text"));
        assertEquals("WITHDRAWN", byTracking.get(withdrawn).getString("status"));
        assertEquals(JsonValue.NULL, byTracking.get(withdrawn).get("text"));
        assertEquals(first, byTracking.get(first).getString("campaign"));
        assertEquals(first, byTracking.get(copy).getString("campaign"));
        assertEquals(JsonValue.NULL, byTracking.get(support).get("campaign"), "a comment alone is no campaign");
        assertEquals("2", byTracking.get(onOther).getString("item"));

        // CSV: one row per comment, status columns, no text where there must be none
        HttpResponse<String> csv = anonymous().get("api/v1/meetings/" + meeting + "/record.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(
                "seq,tracking_number,item,channel,received_at,name,position,status,text,redactions,campaign,"
                        + "topics,earlier_versions,hash",
                lines[0]);
        assertEquals(1 + 9, lines.length);
        String rejectedRow = Arrays.stream(lines)
                .filter(l -> l.contains(rejected))
                .findFirst()
                .orElseThrow();
        assertTrue(rejectedRow.contains(",REJECTED,,0,"), rejectedRow);

        // PDF: a real PDF, read back
        HttpResponse<byte[]> pdf = Pdfs.record(anonymous(), meeting);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String text = Pdfs.text(pdf.body());
        for (String must : List.of(
                title,
                "1 Ordinance: 2027 property tax levy",
                supportText,
                "Ana Ruiz",
                support,
                "[redacted: personal information]",
                recordOnlyText,
                "The same letter was sent by 2 people",
                "Dee Lee",
                "Eve Park",
                "Not published",
                rejected,
                withdrawn,
                "Moderation log",
                finalHash,
                "Bike lanes on Elm Street",
                "Nguyễn Văn Bình",
                "Żółć, Ελλάδα")) {
            assertTrue(text.contains(must.replaceAll("\\s+", "")), "the PDF has " + must);
        }
        for (String never : List.of(rejectedText, withdrawnText, phone, email, "Signed, Eve Park")) {
            assertFalse(text.contains(never.replaceAll("\\s+", "")), "the PDF never has " + never);
        }
        for (String export : List.of(record.toString(), csv.body())) {
            for (String never : List.of(rejectedText, withdrawnText, phone, email, "Ward", "\"25\"")) {
                assertFalse(export.contains(never), "an export never has " + never);
            }
        }

        // residents see it on the tracking page; nothing is decided any more
        assertTrue(Http.object(anonymous().get("api/v1/comments/" + support)).getJsonArray("history").stream()
                .anyMatch(h -> h.asJsonObject().getString("status").equals("IN_RECORD")));
        assertTrue(anonymous().get("comment.xhtml?t=" + support).body().contains("In the official record"));
        assertFalse(
                Http.object(anonymous().get("api/v1/comments/" + rejected)).getJsonArray("history").stream()
                        .anyMatch(h -> h.asJsonObject().getString("status").equals("IN_RECORD")),
                "rejected text is not in it");
        assertProblem(
                clerk().post(
                                "api/v1/clerk/comments/" + support + "/decision",
                                json("decision", "REJECT", "reason", "obscenity")),
                409,
                null);

        JsonObject verify = Http.object(anonymous().get("api/v1/meetings/" + meeting + "/record/verify"));
        assertTrue(verify.getBoolean("valid"), verify.toString());
        assertEquals(finalHash, verify.getString("finalHash"));
    }

    @Test
    void aRowChangedInTheDatabaseIsFoundAtExactlyItsEntry() throws Exception {
        List<String> comments = new ArrayList<>();
        for (String name : List.of("Ana", "Ben", "Cy")) {
            String t = letter(item, "SUPPORT", "Comment of " + name + " on the levy.", name);
            decide(t, json("decision", "PUBLISH"));
            comments.add(t);
        }
        status("IN_PROGRESS");
        status("ADJOURNED");
        assertEquals(200, finalizeAs(clerk()).statusCode());
        String verify = "api/v1/meetings/" + meeting + "/record/verify";
        assertTrue(Http.object(anonymous().get(verify)).getBoolean("valid"));
        String intact = anonymous().get("record-check.xhtml?meeting=" + meeting).body();
        assertTrue(
                intact.contains("The record is intact")
                        && intact.contains(Http.object(anonymous().get(verify)).getString("finalHash")),
                intact);
        assertTrue(
                anonymous().get("meeting.xhtml?id=" + meeting).body().contains("record-check.xhtml?meeting=" + meeting),
                "the meeting's page links to the readable check");
        assertTrue(anonymous().get("record-check.xhtml?meeting=abc").body().contains("has no finalized record"));
        JsonArray entries = Http.object(anonymous().get("api/v1/meetings/" + meeting + "/record.json"))
                .getJsonArray("entries");
        int seqOfBen = entries.stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("comment")
                        && e.getJsonObject("data").getString("tracking").equals(comments.get(1)))
                .findFirst()
                .orElseThrow()
                .getInt("seq");

        // the comment's text changed behind the application's back
        try (Connection db = TestInfrastructure.connect()) {
            sql(
                    db,
                    "update comment set body = 'Comment of Ben AGAINST the levy.' where tracking_number = ?",
                    comments.get(1));
            JsonObject v = Http.object(anonymous().get(verify));
            assertFalse(v.getBoolean("valid"));
            assertEquals(seqOfBen, v.getInt("firstMismatch"));
            assertEquals(comments.get(1), v.getString("mismatchRef"));
            assertTrue(v.getString("reason").contains("changed after the record was finalized"), v.toString());
            // the page the meeting links to says the same, in words (a cookie: rendered now, not from the micro-cache)
            String page = anonymous()
                    .getWith("record-check.xhtml?meeting=" + meeting, "Cookie", "probe=1")
                    .body();
            assertTrue(
                    page.contains("The record does not match from entry " + seqOfBen)
                            && page.contains(comments.get(1))
                            && page.contains("changed after the record was finalized"),
                    page);
            assertTrue(
                    anonymous()
                            .language("es")
                            .getWith("record-check.xhtml?meeting=" + meeting, "Cookie", "probe=1")
                            .body()
                            .contains("se modific"),
                    "in the reader's language");
            sql(
                    db,
                    "update comment set body = 'Comment of Ben on the levy.' where tracking_number = ?",
                    comments.get(1));
            assertTrue(Http.object(anonymous().get(verify)).getBoolean("valid"), "put back, it matches again");

            // a name changed in the comments table, or beside the entry: the commitment in the chain tells
            sql(db, "update comment set display_name = 'Benjamin' where tracking_number = ?", comments.get(1));
            JsonObject renamed = Http.object(anonymous().get(verify));
            assertFalse(renamed.getBoolean("valid"));
            assertEquals(seqOfBen, renamed.getInt("firstMismatch"));
            sql(db, "update comment set display_name = 'Ben' where tracking_number = ?", comments.get(1));
            try (PreparedStatement ps = db.prepareStatement("update record_entry set personal = replace(personal,"
                    + " '\"Ben\"', '\"Benjamin\"') where meeting_id = ? and seq = ?")) {
                ps.setLong(1, meeting);
                ps.setInt(2, seqOfBen);
                assertEquals(1, ps.executeUpdate());
            }
            JsonObject personal = Http.object(anonymous().get(verify));
            assertFalse(personal.getBoolean("valid"));
            assertEquals(seqOfBen, personal.getInt("firstMismatch"));
            assertTrue(personal.getString("reason").contains("no longer matches the commitment"), personal.toString());
            try (PreparedStatement ps = db.prepareStatement("update record_entry set personal = replace(personal,"
                    + " '\"Benjamin\"', '\"Ben\"') where meeting_id = ? and seq = ?")) {
                ps.setLong(1, meeting);
                ps.setInt(2, seqOfBen);
                assertEquals(1, ps.executeUpdate());
            }
            assertTrue(Http.object(anonymous().get(verify)).getBoolean("valid"), "put back, it matches again");

            // the record's own entry edited
            try (PreparedStatement ps = db.prepareStatement(
                    "update record_entry set content = replace(content, "
                            + "'Comment of Cy', 'Comment of Cyrus') where meeting_id = ? and content like '%Comment of Cy %'")) {
                ps.setLong(1, meeting);
                assertEquals(1, ps.executeUpdate());
            }
            JsonObject v2 = Http.object(anonymous().get(verify));
            assertFalse(v2.getBoolean("valid"));
            assertEquals(seqOfBen + 1, v2.getInt("firstMismatch"), v2.toString());
            assertTrue(v2.getString("reason").contains("no longer matches its hash"), v2.toString());
        }
        assertEquals(
                404, anonymous().get("api/v1/meetings/999999999/record/verify").statusCode());
    }

    static void sql(Connection db, String statement, String parameter) throws Exception {
        try (PreparedStatement ps = db.prepareStatement(statement)) {
            ps.setString(1, parameter);
            assertEquals(1, ps.executeUpdate());
        }
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** RFC 8785 for what a record holds (objects, arrays, strings, whole numbers, booleans, null), written apart. */
    static String canonical(JsonValue v) {
        switch (v.getValueType()) {
            case OBJECT -> {
                TreeMap<String, JsonValue> sorted = new TreeMap<>(v.asJsonObject());
                StringBuilder b = new StringBuilder("{");
                sorted.forEach((k, x) -> b.append(b.length() > 1 ? "," : "")
                        .append(quote(k))
                        .append(':')
                        .append(canonical(x)));
                return b.append('}').toString();
            }
            case ARRAY -> {
                StringBuilder b = new StringBuilder("[");
                for (JsonValue x : v.asJsonArray()) {
                    b.append(b.length() > 1 ? "," : "").append(canonical(x));
                }
                return b.append(']').toString();
            }
            case STRING -> {
                return quote(((JsonString) v).getString());
            }
            case NUMBER -> {
                return String.valueOf(((JsonNumber) v).longValueExact());
            }
            default -> {
                return v.toString();
            }
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\b') {
                b.append("\\b");
            } else if (c == '\f') {
                b.append("\\f");
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
