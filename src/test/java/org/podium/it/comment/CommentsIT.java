package org.podium.it.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.CLERK;
import static org.podium.it.Deployments.DEMO_PASSWORD;
import static org.podium.it.Deployments.RESIDENT;
import static org.podium.it.Fixtures.addItem;
import static org.podium.it.Fixtures.assertProblem;
import static org.podium.it.Fixtures.createMeeting;
import static org.podium.it.Fixtures.json;
import static org.podium.it.Fixtures.publish;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.it.DeployedTest;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.Mailbox;
import org.podium.it.TestInfrastructure;

/** Written comments over the API, on the real stack: receipts, idempotency under concurrency, windows, bad input, access. */
class CommentsIT extends DeployedTest {

    long meeting;
    long openItem;
    long closedItem;
    long draftItem;

    @BeforeEach
    void agenda() {
        Http clerk = new Http(base.toString()).basic(CLERK, DEMO_PASSWORD);
        meeting = createMeeting(
                clerk, "Comments " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
        openItem = addItem(clerk, meeting, "1", "Ordinance: property tax levy");
        HttpResponse<String> closed = clerk.post(
                "api/v1/clerk/meetings/" + meeting + "/items",
                json(
                        "number",
                        "2",
                        "title",
                        "Closed early",
                        "acceptsComment",
                        true,
                        "commentOpensAt",
                        Instant.now().minus(3, ChronoUnit.DAYS),
                        "commentClosesAt",
                        Instant.now().minus(1, ChronoUnit.DAYS)));
        assertEquals(201, closed.statusCode(), closed.body());
        closedItem = Http.object(closed).getJsonNumber("id").longValue();
        publish(clerk, meeting);
        long draft =
                createMeeting(clerk, "Draft " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
        draftItem = addItem(clerk, draft, "1", "Not yet public");
    }

    static String comment(String position, String text, String email) {
        return json("position", position, "text", text, "email", email, "name", "Rosa Martínez", "ward", "25");
    }

    static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    @Test
    void aReceiptFollowsByTrackingNumberAndOnlyTheAuthorAndStaffSeeTheText() throws Exception {
        String email = Fixtures.uniqueEmail("rosa");
        HttpResponse<String> r = anonymous()
                .post(
                        "api/v1/items/" + openItem + "/comments",
                        comment(
                                "OPPOSE",
                                "<script>alert(1)</script> Seniors on fixed incomes cannot pay this.",
                                email));
        assertEquals(201, r.statusCode(), r.body());
        String tracking = Http.object(r).getString("trackingNumber");
        assertTrue(tracking.matches("PDM-\\d{2}-\\d{6,}-[A-Z]"), tracking);
        assertEquals("RECEIVED", Http.object(r).getString("status"));

        JsonObject pub = Http.object(anonymous().get("api/v1/comments/" + tracking));
        assertEquals("RECEIVED", pub.getString("status"));
        assertEquals(1, pub.getJsonArray("history").size());
        assertTrue(absent(pub, "text") && absent(pub, "name"), "no text or personal data for the public: " + pub);
        assertFalse(pub.toString().contains(email));
        assertProblem(anonymous().get("api/v1/comments/PDM-26-000001-Q"), 404, null);
        assertProblem(anonymous().get("api/v1/comments/not-a-number"), 404, null);

        MimeMessage mail = Mailbox.await(email);
        assertTrue(mail.getSubject().contains(tracking));
        Matcher key = Pattern.compile("comment\\.xhtml\\?t=" + tracking + "&k=([A-Za-z0-9_-]+)")
                .matcher((String) mail.getContent());
        assertTrue(key.find(), (String) mail.getContent());

        JsonObject mine = Http.object(anonymous().getWith("api/v1/comments/" + tracking, "X-Author-Key", key.group(1)));
        assertEquals("<script>alert(1)</script> Seniors on fixed incomes cannot pay this.", mine.getString("text"));
        assertFalse(mine.getBoolean("emailVerified"), "a guest's address is unverified until confirmed");
        JsonObject staff = Http.object(
                new Http(base.toString()).basic(CLERK, DEMO_PASSWORD).get("api/v1/comments/" + tracking));
        assertEquals("OPPOSE", staff.getString("position"));
        JsonObject other = Http.object(
                new Http(base.toString()).basic(RESIDENT, DEMO_PASSWORD).get("api/v1/comments/" + tracking));
        assertTrue(absent(other, "text"), "another resident never sees it");
        JsonObject wrongKey = Http.object(anonymous().getWith("api/v1/comments/" + tracking, "X-Author-Key", "guess"));
        assertTrue(absent(wrongKey, "text"));

        String edit = json("position", "NEUTRAL", "text", "On reflection: exempt seniors, then fine.");
        assertProblem(anonymous().send("PUT", "api/v1/comments/" + tracking, edit), 403, null);
        assertProblem(
                anonymous().sendWith("PUT", "api/v1/comments/" + tracking, edit, "X-Author-Key", "guess"), 403, null);
        HttpResponse<String> changed =
                anonymous().sendWith("PUT", "api/v1/comments/" + tracking, edit, "X-Author-Key", key.group(1));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("NEUTRAL", Http.object(changed).getString("position"));
        assertEquals(2, Http.object(changed).getInt("versions"), "the received text stays as version 1");
        assertProblem(
                anonymous()
                        .sendWith(
                                "PUT",
                                "api/v1/comments/" + tracking,
                                json("position", "NEUTRAL", "text", " "),
                                "X-Author-Key",
                                key.group(1)),
                400,
                "text");
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps =
                        c.prepareStatement("select v.body from comment_version v join comment c on c.id = v.comment_id"
                                + " where c.tracking_number = ? order by v.number")) {
            ps.setString(1, tracking);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("<script>"), "version 1 is what was received");
                assertTrue(rs.next());
                assertEquals("On reflection: exempt seniors, then fine.", rs.getString(1));
                assertFalse(rs.next());
            }
        }
        assertEquals(
                200,
                anonymous()
                        .sendWith(
                                "PUT",
                                "api/v1/comments/" + tracking,
                                json("position", "OPPOSE", "text", "<script>alert(1)</script> again"),
                                "X-Author-Key",
                                key.group(1))
                        .statusCode());

        HttpResponse<String> page = anonymous().get("comment.xhtml?t=" + tracking + "&k=" + key.group(1));
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "markup is shown as text");
        assertFalse(page.body().contains("<script>alert(1)</script>"));
    }

    @Test
    void twentyConcurrentPostsOfOneKeyStoreOneComment() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        String email = Fixtures.uniqueEmail("twenty");
        byte[] body = comment("SUPPORT", "Fund the libraries.", email).getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Callable<HttpResponse<String>> post = () -> {
                    start.await();
                    return anonymous()
                            .postBytes("api/v1/items/" + openItem + "/comments", body, "Idempotency-Key", key);
                };
                answers.add(pool.submit(post));
            }
            start.countDown();
            Set<String> receipts = new HashSet<>();
            int created = 0;
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
                created += r.statusCode() == 201 ? 1 : 0;
                receipts.add(Http.object(r).getString("trackingNumber"));
            }
            assertEquals(1, receipts.size(), "one receipt for all: " + receipts);
            assertEquals(1, created, "one of the twenty created it");
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement("select count(*) from comment where email = ?")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
        HttpResponse<String> again =
                anonymous().postBytes("api/v1/items/" + openItem + "/comments", body, "Idempotency-Key", key);
        assertEquals(200, again.statusCode());
    }

    @Test
    void badInputGetsASpecificAnswerAndStoresNothing() throws Exception {
        String email = Fixtures.uniqueEmail("bad");
        String items = "api/v1/items/" + openItem + "/comments";
        Http h = anonymous();
        assertProblem(h.post(items, json("text", "x", "email", email)), 400, "position");
        assertProblem(h.post(items, comment("MAYBE", "x", email)), 400, "position");
        assertProblem(h.post(items, comment("SUPPORT", "   ", email)), 400, "text");
        assertProblem(h.post(items, comment("SUPPORT", "x".repeat(5001), email)), 400, "text");
        assertProblem(h.post(items, comment("SUPPORT", "fine", "not-an-address")), 400, "email");
        assertProblem(h.post(items, comment("SUPPORT", "fine", "")), 400, "email");
        assertProblem(h.post(items, "{\"position\":"), 400, null);
        byte[] invalidUtf8 = ("{\"position\":\"SUPPORT\",\"text\":\"caf\u00e9 ").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[invalidUtf8.length + 4];
        System.arraycopy(invalidUtf8, 0, broken, 0, invalidUtf8.length);
        broken[invalidUtf8.length] = (byte) 0xC3;
        broken[invalidUtf8.length + 1] = (byte) 0x28;
        broken[invalidUtf8.length + 2] = '"';
        broken[invalidUtf8.length + 3] = '}';
        assertProblem(h.postBytes(items, broken), 400, null);
        assertProblem(h.post("api/v1/items/" + closedItem + "/comments", comment("SUPPORT", "late", email)), 409, null);
        String closedOn = Http.object(
                        h.post("api/v1/items/" + closedItem + "/comments", comment("SUPPORT", "late", email)))
                .getString("detail");
        assertTrue(
                closedOn.matches("Public comment on this item closed on [A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} \\d{4}, "
                        + "\\d{1,2}:\\d{2} (AM|PM)\\."),
                closedOn);
        String cerrado = Http.object(anonymous()
                        .language("es")
                        .post("api/v1/items/" + closedItem + "/comments", comment("SUPPORT", "tarde", email)))
                .getString("detail");
        assertTrue(
                cerrado.matches("Los comentarios .* se cerraron el \\p{L}+\\.? \\d{1,2} de \\p{L}+\\.? de \\d{4}, "
                        + "\\d{1,2}:\\d{2}\\."),
                cerrado);
        assertProblem(h.post("api/v1/items/" + draftItem + "/comments", comment("SUPPORT", "x", email)), 404, null);
        assertProblem(h.post("api/v1/items/99999999/comments", comment("SUPPORT", "x", email)), 404, null);
        assertProblem(
                h.postBytes(
                        items,
                        comment("SUPPORT", "x", email).getBytes(StandardCharsets.UTF_8),
                        "Idempotency-Key",
                        "k".repeat(101)),
                400,
                "Idempotency-Key");
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement("select count(*) from comment where email = ?")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "nothing partial was stored");
            }
        }
    }

    @Test
    void oneAddressCannotFloodAnItem() {
        String email = Fixtures.uniqueEmail("flood");
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    201,
                    anonymous()
                            .post(
                                    "api/v1/items/" + openItem + "/comments",
                                    comment("NEUTRAL", "Comment number " + i, email))
                            .statusCode());
        }
        HttpResponse<String> eleventh =
                anonymous().post("api/v1/items/" + openItem + "/comments", comment("NEUTRAL", "One more", email));
        assertProblem(eleventh, 429, null);
        assertTrue(Integer.parseInt(eleventh.headers().firstValue("Retry-After").orElse("0")) > 0);
    }

    @Test
    void clerksEnterOtherChannelsAndOnlyClerksMay() {
        String path = "api/v1/clerk/items/" + openItem + "/comments";
        String letter = json(
                "channel",
                "LETTER",
                "receivedAt",
                Instant.now().minus(2, ChronoUnit.DAYS),
                "position",
                "OPPOSE",
                "text",
                "Letter from Mrs. Díaz, scanned.",
                "name",
                "Elena Díaz");
        Http clerk = new Http(base.toString()).basic(CLERK, DEMO_PASSWORD);
        HttpResponse<String> r = clerk.post(path, letter);
        assertEquals(201, r.statusCode(), r.body());
        String tracking = Http.object(r).getString("trackingNumber");
        assertEquals(
                "Letter from Mrs. Díaz, scanned.",
                Http.object(clerk.get("api/v1/comments/" + tracking)).getString("text"));
        assertProblem(clerk.post(path, letter.replace("LETTER", "WEB")), 400, "channel");
        assertProblem(clerk.post(path, letter.replace("LETTER", "PIGEON")), 400, "channel");
        assertProblem(
                clerk.post(
                        path,
                        json("channel", "CARD", "receivedAt", Instant.now().plus(2, ChronoUnit.DAYS), "text", "x")),
                400,
                "receivedAt");
        assertProblem(clerk.post(path, json("channel", "CARD", "text", "x")), 400, "receivedAt");
        assertProblem(anonymous().post(path, letter), 401, null);
        assertProblem(new Http(base.toString()).basic(RESIDENT, DEMO_PASSWORD).post(path, letter), 403, null);
    }

    @Test
    void aScannedLetterIsStoredWithItsFileAndASpoofedOneIsRefusedWhole() throws Exception {
        String path = "api/v1/clerk/items/" + openItem + "/comments";
        Http clerk = new Http(base.toString()).basic(CLERK, DEMO_PASSWORD);
        String pdf = Base64.getEncoder()
                .encodeToString(
                        "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String exe = Base64.getEncoder().encodeToString(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        String name = "Letter " + UUID.randomUUID();
        Instant receivedAt = Instant.now().minus(1, ChronoUnit.DAYS);
        Function<String, String> letter = content -> json(
                "channel",
                "LETTER",
                "receivedAt",
                receivedAt,
                "text",
                name,
                "attachments",
                List.of(Fixtures.object("fileName", "scan.pdf", "contentBase64", content)));
        long filesBefore = storedFiles();
        assertProblem(clerk.post(path, letter.apply(exe)), 400, "attachments");
        assertTrue(Http.object(clerk.post(path, letter.apply(exe)))
                .getString("detail")
                .contains("scan.pdf"));
        assertProblem(clerk.post(path, letter.apply("not base64 at all!")), 400, "attachments");
        String four = json(
                "channel",
                "LETTER",
                "receivedAt",
                Instant.now().minus(1, ChronoUnit.DAYS),
                "text",
                name,
                "attachments",
                Collections.nCopies(4, Fixtures.object("fileName", "page.pdf", "contentBase64", pdf)));
        HttpResponse<String> tooMany = clerk.post(path, four);
        assertProblem(tooMany, 400, "attachments");
        assertTrue(Http.object(tooMany).getString("detail").contains("at most 3 files"), tooMany.body());
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement("select count(*) from comment where body = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no comment without its files");
            }
        }
        assertEquals(filesBefore, storedFiles(), "no file without its comment");
        HttpResponse<String> stored = clerk.post(path, letter.apply(pdf));
        assertEquals(201, stored.statusCode(), stored.body());
        assertEquals(filesBefore + 1, storedFiles());
        String tracking = Http.object(stored).getString("trackingNumber");
        JsonObject detail = Http.object(clerk.get("api/v1/comments/" + tracking));
        assertEquals(
                "application/pdf",
                detail.getJsonArray("attachments").getJsonObject(0).getString("mediaType"));
        HttpResponse<String> file = clerk.get("api/v1/comments/" + tracking + "/attachments/1");
        assertEquals(200, file.statusCode());
        assertTrue(file.body().startsWith("%PDF-1.4"));
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals(
                "nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertProblem(anonymous().get("api/v1/comments/" + tracking + "/attachments/1"), 403, null);
        assertProblem(clerk.get("api/v1/comments/" + tracking + "/attachments/2"), 404, null);
    }

    @Test
    void aCsvImportStoresValidRowsReportsBadOnesAndAddsNothingTheSecondTime() throws Exception {
        String path = "api/v1/clerk/items/" + openItem + "/comments/import";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "channel,received_at,position,name,email,ward,text\n"
                + "EMAIL,2026-11-20 09:15,OPPOSE,Ana López,ana@example.org,25,\"Dear Council, \"\"no\"\" to the levy "
                + tag + "\"\n"
                + "LETTER,2026-11-21T10:00:00-06:00,,,,,\"Two lines\nfrom a letter " + tag + "\"\n"
                + "PIGEON,2026-11-21 10:00,SUPPORT,,,,Bad channel " + tag + "\n"
                + "CARD,yesterday,SUPPORT,,,,Bad date " + tag + "\n"
                + "VOICEMAIL,2026-11-22 08:00,MAYBE,,,,Bad position " + tag + "\n"
                + "CARD,2026-11-22 08:00,SUPPORT,,not-an-address,,Bad e-mail " + tag + "\n"
                + "CARD,2026-11-22 08:00,SUPPORT,,,,\n";
        Http clerk = new Http(base.toString()).basic(CLERK, DEMO_PASSWORD);
        HttpResponse<String> first =
                clerk.postBytes(path, csv.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/csv");
        assertEquals(200, first.statusCode(), first.body());
        JsonObject report = Http.object(first);
        assertEquals(7, report.getInt("rows"));
        assertEquals(2, report.getInt("imported"));
        assertEquals(0, report.getInt("duplicates"));
        var errors = report.getJsonArray("errors");
        assertEquals(
                List.of(5, 6, 7, 8, 9),
                errors.stream().map(e -> e.asJsonObject().getInt("line")).toList(),
                "each bad row with the line it starts on (the letter spans two lines)");
        assertEquals(
                List.of("channel", "received_at", "position", "email", "text"),
                errors.stream().map(e -> e.asJsonObject().getString("field")).toList());
        assertTrue(errors.stream()
                .allMatch(e -> !e.asJsonObject().getString("message").isBlank()));
        String letter = report.getJsonArray("trackingNumbers").getString(1);
        assertEquals(
                "Two lines\nfrom a letter " + tag,
                Http.object(clerk.get("api/v1/comments/" + letter)).getString("text"));

        JsonObject again =
                Http.object(clerk.postBytes(path, csv.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/csv"));
        assertEquals(0, again.getInt("imported"));
        assertEquals(2, again.getInt("duplicates"));
        assertEquals(report.getJsonArray("trackingNumbers"), again.getJsonArray("trackingNumbers"));

        assertProblem(
                clerk.postBytes(
                        path,
                        "channel,text\nLETTER,\"open".getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "text/csv"),
                400,
                "file");
        assertProblem(
                clerk.postBytes(path, "name,text\nx,y".getBytes(StandardCharsets.UTF_8), "Content-Type", "text/csv"),
                400,
                "file");
        assertProblem(
                clerk.postBytes(path, new byte[] {'c', 'h', (byte) 0xC3, 0x28}, "Content-Type", "text/csv"),
                400,
                "file");
        assertProblem(
                new Http(base.toString())
                        .basic(RESIDENT, DEMO_PASSWORD)
                        .postBytes(path, csv.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/csv"),
                403,
                null);
    }

    @Test
    void theItemListsOnlyPublishedCommentsWithoutPersonalData() throws Exception {
        String email = Fixtures.uniqueEmail("shown");
        String shown = Http.object(anonymous()
                        .post("api/v1/items/" + openItem + "/comments", comment("SUPPORT", "Publish me", email)))
                .getString("trackingNumber");
        String hidden = Http.object(anonymous()
                        .post(
                                "api/v1/items/" + openItem + "/comments",
                                json(
                                        "position",
                                        "OPPOSE",
                                        "text",
                                        "Withheld name",
                                        "email",
                                        email,
                                        "name",
                                        "Secret Person",
                                        "nameWithheld",
                                        true)))
                .getString("trackingNumber");
        anonymous().post("api/v1/items/" + openItem + "/comments", comment("OPPOSE", "Not yet reviewed", email));
        assertEquals(
                0,
                Http.object(anonymous().get("api/v1/items/" + openItem + "/comments"))
                        .getInt("total"),
                "received comments are not public");
        withSettings(5000, false, "PUBLISH", () -> {
            for (String t : List.of(shown, hidden)) {
                assertEquals(
                        200,
                        clerk().post("api/v1/clerk/comments/" + t + "/decision", json("decision", "PUBLISH"))
                                .statusCode());
            }
        });
        JsonObject list = Http.object(anonymous().get("api/v1/items/" + openItem + "/comments"));
        assertEquals(2, list.getInt("total"));
        String json = list.toString();
        assertFalse(json.contains(email) || json.contains("Secret Person") || json.contains("\"ward\""), json);
        assertTrue(json.contains("Rosa Martínez") && json.contains("Publish me") && !json.contains("Not yet reviewed"));
        JsonObject counts = Http.object(anonymous().get("api/v1/items/" + openItem + "/comments/counts"));
        assertEquals(1, counts.getInt("support"));
        assertEquals(1, counts.getInt("oppose"));
        assertEquals(2, counts.getInt("total"));
        assertEquals(
                1,
                Http.object(anonymous().get("api/v1/items/" + openItem + "/comments?position=oppose"))
                        .getInt("total"));
        assertProblem(anonymous().get("api/v1/items/" + openItem + "/comments?position=LOUD"), 400, "position");
        assertProblem(anonymous().get("api/v1/items/" + openItem + "/comments?size=500"), 400, "size");
        assertProblem(anonymous().get("api/v1/items/" + draftItem + "/comments"), 404, null);
        String page = anonymous().get("item.xhtml?id=" + openItem).body();
        assertTrue(page.contains("Publish me")
                && page.contains("Name withheld")
                && !page.contains("Secret Person")
                && !page.contains(email)
                && !page.contains("Not yet reviewed"));
    }

    String settingsJson(int maxLength, boolean late, String unverified, long version) {
        return json(
                "commentMaxLength",
                maxLength,
                "acceptLate",
                late,
                "unverifiedComments",
                unverified,
                "version",
                version);
    }

    /** Runs {@code work} under the given council settings and puts the defaults back afterwards, whatever happens. */
    void withSettings(int maxLength, boolean late, String unverified, Runnable work) {
        JsonObject now = Http.object(admin().get("api/v1/admin/settings"));
        HttpResponse<String> changed = admin().send(
                        "PUT",
                        "api/v1/admin/settings",
                        settingsJson(
                                maxLength,
                                late,
                                unverified,
                                now.getJsonNumber("version").longValue()));
        assertEquals(200, changed.statusCode(), changed.body());
        try {
            work.run();
        } finally {
            JsonObject after = Http.object(admin().get("api/v1/admin/settings"));
            assertEquals(
                    200,
                    admin().send(
                                    "PUT",
                                    "api/v1/admin/settings",
                                    settingsJson(
                                            5000,
                                            false,
                                            "RECORD_ONLY",
                                            after.getJsonNumber("version").longValue()))
                            .statusCode());
        }
    }

    @Test
    void administratorsSetTheCouncilsRulesForWrittenComments() {
        JsonObject defaults = Http.object(admin().get("api/v1/admin/settings"));
        assertEquals(5000, defaults.getInt("commentMaxLength"));
        assertFalse(defaults.getBoolean("acceptLate"));
        assertEquals("RECORD_ONLY", defaults.getString("unverifiedComments"));
        long version = defaults.getJsonNumber("version").longValue();
        assertProblem(
                admin().send("PUT", "api/v1/admin/settings", settingsJson(50, false, "PUBLISH", version)),
                400,
                "commentMaxLength");
        assertProblem(
                admin().send("PUT", "api/v1/admin/settings", settingsJson(20_001, false, "PUBLISH", version)),
                400,
                "commentMaxLength");
        assertProblem(
                admin().send("PUT", "api/v1/admin/settings", settingsJson(5000, false, "SOMETIMES", version)),
                400,
                "unverifiedComments");
        assertProblem(
                admin().send("PUT", "api/v1/admin/settings", settingsJson(5000, false, "PUBLISH", version - 1)),
                409,
                null);
        assertEquals(
                version,
                Http.object(admin().get("api/v1/admin/settings"))
                        .getJsonNumber("version")
                        .longValue(),
                "a refused change changes nothing");

        withSettings(200, true, "RECORD_ONLY", () -> {
            HttpResponse<String> tooLong = anonymous()
                    .post(
                            "api/v1/items/" + openItem + "/comments",
                            comment("OPPOSE", "x".repeat(201), Fixtures.uniqueEmail("long")));
            assertProblem(tooLong, 400, "text");
            assertTrue(Http.object(tooLong).getString("detail").contains("200"), tooLong.body());
            assertEquals(
                    201,
                    anonymous()
                            .post(
                                    "api/v1/items/" + openItem + "/comments",
                                    comment("OPPOSE", "x".repeat(200), Fixtures.uniqueEmail("long")))
                            .statusCode());
            HttpResponse<String> late = anonymous()
                    .post(
                            "api/v1/items/" + closedItem + "/comments",
                            comment("SUPPORT", "After the window, for the record", Fixtures.uniqueEmail("late")));
            assertEquals(201, late.statusCode(), late.body());
            assertEquals("RECORD_ONLY", Http.object(late).getString("status"));
        });
        assertProblem(
                anonymous()
                        .post(
                                "api/v1/items/" + closedItem + "/comments",
                                comment("SUPPORT", "After the window again", Fixtures.uniqueEmail("late"))),
                409,
                null);
    }

    @Test
    void aClerkDecidesOnAComment_AndTheCouncilDecidesWhetherUnverifiedOnesMayBePublished() throws Exception {
        String email = Fixtures.uniqueEmail("decide");
        String t = Http.object(anonymous()
                        .post(
                                "api/v1/items/" + openItem + "/comments",
                                comment("OPPOSE", "Please reject the levy", email)))
                .getString("trackingNumber");
        String path = "api/v1/clerk/comments/" + t + "/decision";
        assertEquals(401, anonymous().post(path, json("decision", "PUBLISH")).statusCode());
        assertEquals(
                403,
                new Http(base.toString())
                        .basic(RESIDENT, DEMO_PASSWORD)
                        .post(path, json("decision", "PUBLISH"))
                        .statusCode());
        assertProblem(clerk().post(path, json("decision", "PUBLISH")), 409, "decision");
        assertProblem(clerk().post(path, json("decision", "WITHDRAW")), 400, "decision");
        assertProblem(clerk().post(path, json("decision", "REJECT")), 400, "reason");
        assertProblem(clerk().post(path, json("decision", "REJECT", "reason", "not-in-the-policy")), 400, "reason");
        assertProblem(
                clerk().post("api/v1/clerk/comments/PDM-26-000001-Q/decision", json("decision", "PUBLISH")), 404, null);

        JsonObject kept = Http.object(clerk().post(path, json("decision", "RECORD_ONLY")));
        assertEquals("RECORD_ONLY", kept.getString("status"));
        long version = kept.getJsonNumber("version").longValue();
        assertProblem(
                clerk().post(path, json("decision", "REJECT", "reason", "late", "version", version - 1)), 409, null);
        assertEquals(
                "RECORD_ONLY",
                Http.object(anonymous().get("api/v1/comments/" + t)).getString("status"),
                "the stale decision changed nothing");

        withSettings(5000, false, "PUBLISH", () -> {
            JsonObject published = Http.object(clerk().post(path, json("decision", "PUBLISH", "version", version)));
            assertEquals("PUBLISHED", published.getString("status"));
            assertEquals(
                    1,
                    Http.object(anonymous().get("api/v1/items/" + openItem + "/comments"))
                            .getInt("total"));
            JsonObject rejected =
                    Http.object(clerk().post(path, json("decision", "REJECT", "reason", "personal-information")));
            assertEquals("REJECTED", rejected.getString("status"));
        });
        JsonObject pub = Http.object(anonymous().get("api/v1/comments/" + t));
        var history = pub.getJsonArray("history");
        assertEquals(
                List.of("RECEIVED", "RECORD_ONLY", "PUBLISHED", "REJECTED"),
                history.stream().map(v -> v.asJsonObject().getString("status")).toList());
        assertEquals("personal-information", history.getJsonObject(3).getString("note"));
        assertTrue(history.getJsonObject(3).getString("reason").startsWith("Personal information about someone else"));
        assertTrue(Http.object(anonymous().language("es").get("api/v1/comments/" + t))
                .getJsonArray("history")
                .getJsonObject(3)
                .getString("reason")
                .startsWith("Información personal de otra persona"));
        MimeMessage told = Mailbox.await(email);
        assertTrue(told.getSubject().contains(t) && told.getSubject().contains("not published"), told.getSubject());
        String letter = (String) told.getContent();
        assertTrue(
                letter.contains("personal information about someone else") && letter.contains("policy.xhtml"), letter);
        assertEquals(
                0,
                Http.object(anonymous().get("api/v1/items/" + openItem + "/comments"))
                        .getInt("total"));
        assertEquals(3, TestInfrastructure.auditCount("comment.decision", t), "every decision is audited");
    }

    @Test
    void everyMailIsWrittenToTheOutboxWithWhatItReportsAndMarkedSentOnceSent() throws Exception {
        String email = Fixtures.uniqueEmail("outbox");
        String t = Http.object(anonymous()
                        .post("api/v1/items/" + openItem + "/comments", comment("NEUTRAL", "A receipt, please", email)))
                .getString("trackingNumber");
        assertTrue(((MimeMessage) Mailbox.await(email)).getSubject().contains(t));
        long deadline = System.currentTimeMillis() + 10_000;
        boolean sent = false;
        while (!sent && System.currentTimeMillis() < deadline) {
            try (Connection c = TestInfrastructure.connect();
                    PreparedStatement ps = c.prepareStatement(
                            "select count(*), sum(sent_at is not null) from mail_outbox where recipient = ?")) {
                ps.setString(1, email);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "one outbox row per mail");
                    sent = rs.getInt(2) == 1;
                }
            }
            if (!sent) {
                TestInfrastructure.mail().waitForIncomingEmail(200, Integer.MAX_VALUE);
            }
        }
        assertTrue(sent, "the row is marked sent after the SMTP server took the mail");
        HttpResponse<String> refused = anonymous()
                .post(
                        "api/v1/items/" + openItem + "/comments",
                        comment("NEUTRAL", "", Fixtures.uniqueEmail("nothing")));
        assertEquals(400, refused.statusCode());
        try (Connection c = TestInfrastructure.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("select count(*) from mail_outbox where recipient like 'nothing-%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "a refused comment writes no mail");
        }
    }

    /** The files in the attachments folder the test run gives Podium (PODIUM_FILES_DIR in the pom). */
    static long storedFiles() throws IOException {
        Path dir = Path.of(System.getProperty("podium.it.target", "target"), "it-files");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aFormPostBeyondTheUploadBoundsGetsAPageThatSaysSoAndStoresNothing() throws Exception {
        String boundary = "----podium" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"comment:text\"\r\n\r\nHuge\r\n--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"comment:files\"; filename=\"big.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[16 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        long before = storedFiles();
        HttpResponse<String> r = anonymous()
                .postBytes(
                        "item.xhtml?id=" + openItem,
                        body.toByteArray(),
                        "Content-Type",
                        "multipart/form-data; boundary=" + boundary);
        assertEquals(303, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/too-large.xhtml"));
        String page = anonymous().get("too-large.xhtml").body();
        assertTrue(page.contains("at most 3 files") && !page.contains(".java:") && !page.contains("\tat "), page);
        assertEquals(before, storedFiles());
    }

    @Test
    void thePostingPolicyIsPublicAndAdministratorsKeepIt() throws Exception {
        var reasons = Http.array(anonymous().get("api/v1/policy"));
        assertTrue(reasons.size() >= 6, reasons.toString());
        assertTrue(
                reasons.stream()
                        .map(v -> v.asJsonObject())
                        .anyMatch(r -> r.getString("code").equals("threat")
                                && r.getString("text").equals("A threat of violence or harm.")),
                reasons.toString());
        assertTrue(Http.array(anonymous().language("es").get("api/v1/policy"))
                .toString()
                .contains("Una amenaza de violencia o daño."));
        assertEquals(403, clerk().get("api/v1/admin/policy/reasons").statusCode());

        String code = "attack-"
                + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
        BiFunction<String, String, String> body = (c, publicTextEs) -> json(
                "code",
                c,
                "publicTextEn",
                "A personal attack.",
                "publicTextEs",
                publicTextEs,
                "authorTextEn",
                "Your comment attacks a person.",
                "authorTextEs",
                "Su comentario ataca a una persona.");
        assertProblem(admin().post("api/v1/admin/policy/reasons", body.apply("Bad Code", "Un ataque.")), 400, "code");
        assertProblem(admin().post("api/v1/admin/policy/reasons", body.apply(code, " ")), 400, "publicTextEs");
        HttpResponse<String> added = admin().post("api/v1/admin/policy/reasons", body.apply(code, "Un ataque."));
        assertEquals(201, added.statusCode(), added.body());
        assertProblem(admin().post("api/v1/admin/policy/reasons", body.apply(code, "Un ataque.")), 409, "code");
        assertTrue(Http.array(anonymous().get("api/v1/policy")).toString().contains("A personal attack."));

        long version = Http.object(added).getJsonNumber("version").longValue();
        BiFunction<Boolean, Long, String> change = (active, v) -> json(
                "publicTextEn",
                "An attack on a person.",
                "publicTextEs",
                "Un ataque a una persona.",
                "authorTextEn",
                "Your comment attacks a person.",
                "authorTextEs",
                "Su comentario ataca a una persona.",
                "active",
                active,
                "version",
                v);
        assertProblem(
                admin().send("PUT", "api/v1/admin/policy/reasons/" + code, change.apply(true, version + 7)), 409, null);
        JsonObject changed =
                Http.object(admin().send("PUT", "api/v1/admin/policy/reasons/" + code, change.apply(true, version)));
        assertEquals("An attack on a person.", changed.getString("publicTextEn"));

        String t = Http.object(anonymous()
                        .post(
                                "api/v1/items/" + openItem + "/comments",
                                comment("OPPOSE", "Rude words about a neighbour", Fixtures.uniqueEmail("rude"))))
                .getString("trackingNumber");
        assertEquals(
                "REJECTED",
                Http.object(clerk().post(
                                        "api/v1/clerk/comments/" + t + "/decision",
                                        json("decision", "REJECT", "reason", code)))
                        .getString("status"));
        assertEquals(
                200,
                admin().send(
                                "PUT",
                                "api/v1/admin/policy/reasons/" + code,
                                change.apply(
                                        false, changed.getJsonNumber("version").longValue()))
                        .statusCode());
        assertFalse(
                Http.array(anonymous().get("api/v1/policy")).toString().contains(code),
                "a retired reason is not offered");
        assertEquals(
                "An attack on a person.",
                Http.object(anonymous().get("api/v1/comments/" + t))
                        .getJsonArray("history")
                        .getJsonObject(1)
                        .getString("reason"),
                "a past decision keeps its wording");
        String other = Http.object(anonymous()
                        .post(
                                "api/v1/items/" + openItem + "/comments",
                                comment("OPPOSE", "More rude words", Fixtures.uniqueEmail("rude"))))
                .getString("trackingNumber");
        assertProblem(
                clerk().post(
                                "api/v1/clerk/comments/" + other + "/decision",
                                json("decision", "REJECT", "reason", code)),
                400,
                "reason");
        assertProblem(
                admin().send("PUT", "api/v1/admin/policy/reasons/no-such-reason", change.apply(true, 0L)), 404, null);
    }

    @Test
    void theMeetingsModerationLogSaysHowManyWereRejectedAndWhyButNeverWhat() throws Exception {
        JsonObject empty = Http.object(anonymous().get("api/v1/meetings/" + meeting + "/moderation-log"));
        assertEquals(0, empty.getInt("rejected"));
        String secret = "Secret text " + UUID.randomUUID();
        String email = Fixtures.uniqueEmail("logged");
        List<String> rejected = new ArrayList<>();
        for (String reason : List.of("threat", "threat", "off-topic")) {
            String t = Http.object(anonymous()
                            .post("api/v1/items/" + openItem + "/comments", comment("OPPOSE", secret, email)))
                    .getString("trackingNumber");
            assertEquals(
                    200,
                    clerk().post(
                                    "api/v1/clerk/comments/" + t + "/decision",
                                    json("decision", "REJECT", "reason", reason))
                            .statusCode());
            rejected.add(t);
        }
        // a clerk's second thought: published after all, so no longer in the log
        assertEquals(
                200,
                clerk().post("api/v1/clerk/comments/" + rejected.get(2) + "/decision", json("decision", "RECORD_ONLY"))
                        .statusCode());
        HttpResponse<String> r = anonymous().get("api/v1/meetings/" + meeting + "/moderation-log");
        JsonObject log = Http.object(r);
        assertEquals(2, log.getInt("rejected"), r.body());
        assertEquals(1, log.getJsonArray("byReason").size());
        assertEquals("threat", log.getJsonArray("byReason").getJsonObject(0).getString("reasonCode"));
        assertEquals(2, log.getJsonArray("byReason").getJsonObject(0).getInt("count"));
        assertEquals("1", log.getJsonArray("entries").getJsonObject(0).getString("item"));
        assertEquals(
                "A threat of violence or harm.",
                log.getJsonArray("entries").getJsonObject(0).getString("reason"));
        for (String leak : new String[] {secret, email, "Rosa", rejected.get(0)}) {
            assertFalse(r.body().contains(leak), leak + " leaked: " + r.body());
        }
        String page = anonymous().get("meeting.xhtml?id=" + meeting).body();
        assertTrue(
                page.contains("2 comments on this meeting are not published.")
                        && page.contains("<strong class=\"count\">2</strong> A threat of violence or harm."),
                page);
        assertFalse(page.contains(secret) || page.contains(email), "the page shows no rejected text or address");
        assertTrue(anonymous()
                .language("es")
                .get("meeting.xhtml?id=" + meeting)
                .body()
                .contains("2 comentarios de esta sesión no se publicaron."));
        assertProblem(anonymous().get("api/v1/meetings/999999/moderation-log"), 404, null);
        long draft = createMeeting(
                clerk(), "Draft " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
        assertProblem(anonymous().get("api/v1/meetings/" + draft + "/moderation-log"), 404, null);
    }

    @Test
    void theQueueListsWhatWaitsForAClerkAcrossChannelsWithFilters() throws Exception {
        String base = "api/v1/clerk/queue?meeting=" + meeting;
        assertEquals(0, Http.object(clerk().get(base)).getInt("total"));
        String web = Http.object(anonymous()
                        .post(
                                "api/v1/items/" + openItem + "/comments",
                                comment("OPPOSE", "Too expensive", Fixtures.uniqueEmail("queue"))))
                .getString("trackingNumber");
        String support = Http.object(anonymous()
                        .post(
                                "api/v1/items/" + openItem + "/comments",
                                comment("SUPPORT", "Worth it", Fixtures.uniqueEmail("queue"))))
                .getString("trackingNumber");
        String letter = Http.object(clerk().post(
                                "api/v1/clerk/items/" + openItem + "/comments",
                                json(
                                        "channel",
                                        "LETTER",
                                        "receivedAt",
                                        Instant.now().minus(2, ChronoUnit.DAYS),
                                        "text",
                                        "By post, against",
                                        "position",
                                        "OPPOSE")))
                .getString("trackingNumber");
        String decided = Http.object(anonymous()
                        .post(
                                "api/v1/items/" + openItem + "/comments",
                                comment("NEUTRAL", "Already handled", Fixtures.uniqueEmail("queue"))))
                .getString("trackingNumber");
        clerk().post("api/v1/clerk/comments/" + decided + "/decision", json("decision", "RECORD_ONLY"));

        JsonObject all = Http.object(clerk().get(base));
        assertEquals(3, all.getInt("total"), "what waits: received comments of every channel, not decided ones");
        var rows = all.getJsonArray("items");
        assertEquals(
                letter, rows.getJsonObject(0).getString("trackingNumber"), "oldest first: the letter came 2 days ago");
        assertEquals(
                List.of(letter, web, support),
                rows.stream()
                        .map(v -> v.asJsonObject().getString("trackingNumber"))
                        .toList());
        assertEquals(
                support,
                Http.object(clerk().get(base + "&sort=newest"))
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("trackingNumber"));
        assertEquals(2, Http.object(clerk().get(base + "&position=oppose")).getInt("total"));
        assertEquals(1, Http.object(clerk().get(base + "&channel=LETTER")).getInt("total"));
        assertEquals(
                2, Http.object(clerk().get(base + "&verified=false")).getInt("total"), "guests who did not confirm");
        assertEquals(
                1, Http.object(clerk().get(base + "&verified=true")).getInt("total"), "a clerk vouches for a letter");
        assertEquals(1, Http.object(clerk().get(base + "&status=RECORD_ONLY")).getInt("total"));
        assertEquals(0, Http.object(clerk().get(base + "&flag=disowned")).getInt("total"));
        JsonObject second = Http.object(clerk().get(base + "&size=1&page=1"));
        assertEquals(web, second.getJsonArray("items").getJsonObject(0).getString("trackingNumber"));
        assertEquals(3, second.getInt("total"));
        JsonObject row = rows.getJsonObject(1);
        assertFalse(row.getBoolean("verified"));
        assertEquals("Too expensive", row.getString("excerpt"));
        assertEquals(meeting, row.getJsonNumber("meetingId").longValue());
        assertProblem(clerk().get(base + "&position=LOUD"), 400, "position");
        assertProblem(clerk().get(base + "&flag=angry"), 400, "flag");
        assertProblem(clerk().get(base + "&verified=maybe"), 400, "verified");
        assertProblem(clerk().get(base + "&sort=random"), 400, "sort");
        assertProblem(clerk().get(base + "&size=1000"), 400, "size");
        assertEquals(
                403,
                new Http(this.base.toString())
                        .basic(RESIDENT, DEMO_PASSWORD)
                        .get(base)
                        .statusCode());
        String page = clerkSession().get("clerk/queue.xhtml?meeting=" + meeting).body();
        assertTrue(
                page.contains(letter)
                        && page.contains(web)
                        && page.contains("3 comments in this view.")
                        && !page.contains(decided),
                page);
    }

    Http clerkSession() {
        Http h = anonymous();
        assertEquals(302, h.login(CLERK, DEMO_PASSWORD).statusCode());
        return h;
    }
    /** A multipart post of the item page's comment form, as a browser sends it (the file field may be empty). */
    static HttpResponse<String> postCommentForm(
            Http browser, String page, Map<String, String> fields, String fileName, byte[] file) throws Exception {
        String boundary = "----podium" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"comment:files\"; filename=\""
                        + (fileName == null ? "" : fileName) + "\"\r\nContent-Type: "
                        + (file == null ? "application/octet-stream" : "application/pdf") + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        if (file != null) {
            body.write(file);
        }
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.postBytes(page, body.toByteArray(), "Content-Type", "multipart/form-data; boundary=" + boundary);
    }

    @Test
    void theStatelessFormKeepsItsFilesThroughChangeItAndSendingItAgainStoresNothingTwice() throws Exception {
        Http browser = anonymous();
        String page = "item.xhtml?id=" + openItem;
        String form = browser.get(page).body();
        assertEquals(List.of(), browser.get(page).headers().allValues("Set-Cookie"), "reading opens no session");
        Map<String, String> fields = Http.hiddenFields(form, "comment");
        assertEquals("", fields.get("comment:formKey"), "the page many readers share carries no form key");
        fields.put("comment:position", "OPPOSE");
        fields.put("comment:text", "Seniors on fixed incomes cannot absorb it. " + UUID.randomUUID());
        fields.put("comment:ward", "Ward 25");
        fields.put("comment:email", Fixtures.uniqueEmail("files"));
        fields.put("comment:preview", "Preview");
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        // refused (no position): the file cannot come back with the form, and the form says so
        Map<String, String> noPosition = new LinkedHashMap<>(fields);
        noPosition.remove("comment:position");
        HttpResponse<String> refused = postCommentForm(browser, page, noPosition, "minutes.pdf", pdf);
        assertTrue(
                refused.body().contains("Choose support, oppose or neutral.")
                        && refused.body().contains("Attach your files again"),
                refused.body());
        HttpResponse<String> preview = postCommentForm(browser, page, fields, "minutes.pdf", pdf);
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(
                preview.body().contains("minutes.pdf") && preview.body().contains("id=\"previewWard\">Ward 25<"),
                "the preview shows the file and the ward");

        // "Change it": the form comes back with the entries and says the file is kept
        Map<String, String> confirm = Http.hiddenFields(preview.body(), "confirm");
        confirm.put("confirm:edit", "Change it");
        HttpResponse<String> edit = browser.postForm(page, confirm);
        assertTrue(edit.body().contains("id=\"filesKept\"") && edit.body().contains("minutes.pdf"), edit.body());
        Map<String, String> again = Http.hiddenFields(edit.body(), "comment");
        assertEquals(confirm.get("confirm:formKey"), again.get("comment:formKey"));
        again.put("comment:position", "OPPOSE");
        again.put("comment:text", fields.get("comment:text"));
        again.put("comment:ward", "Ward 25");
        again.put("comment:email", fields.get("comment:email"));
        again.put("comment:preview", "Preview");
        HttpResponse<String> second = postCommentForm(browser, page, again, null, null);
        assertTrue(second.body().contains("minutes.pdf"), "previewed again without choosing the file again");

        Map<String, String> submit = Http.hiddenFields(second.body(), "confirm");
        submit.put("confirm:submit", "Submit comment");
        HttpResponse<String> done = browser.postForm(page, submit);
        assertEquals(302, done.statusCode(), done.body());
        String tracking =
                done.headers().firstValue("Location").orElseThrow().replaceAll(".*[?&]t=([A-Z0-9-]+).*", "$1");
        JsonObject stored = Http.object(clerk().get("api/v1/comments/" + tracking));
        assertEquals(1, stored.getJsonArray("attachments").size(), stored.toString());

        // Back, then Submit once more: the same receipt, nothing stored twice, no "attach your files again"
        HttpResponse<String> resent = browser.postForm(page, submit);
        assertEquals(302, resent.statusCode(), resent.body());
        assertTrue(resent.headers().firstValue("Location").orElseThrow().contains("t=" + tracking));
    }

    /** The page a post sent the browser to: a redirect to {@code path}, followed. */
    static HttpResponse<String> afterRedirect(Http browser, HttpResponse<String> posted, String path) {
        assertEquals(302, posted.statusCode(), posted.body());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertEquals(path, location.substring(location.indexOf("comment.xhtml")), "back to the same address");
        return browser.get(path);
    }

    @Test
    void aResidentFilesThroughTheWebFormAndActsOnTheReceiptWithoutASession() throws Exception {
        Http resident = anonymous();
        String page = "item.xhtml?id=" + openItem;
        Map<String, String> fields = Http.hiddenFields(resident.get(page).body(), "comment");
        fields.put("comment:position", "OPPOSE");
        fields.put("comment:text", "A crowd files through the web form. " + UUID.randomUUID());
        fields.put("comment:email", Fixtures.uniqueEmail("receipt"));
        fields.put("comment:preview", "Preview");
        HttpResponse<String> preview = postCommentForm(resident, page, fields, null, null);
        assertEquals(200, preview.statusCode(), preview.body());
        Map<String, String> submit = Http.hiddenFields(preview.body(), "confirm");
        submit.put("confirm:submit", "Submit comment");
        HttpResponse<String> done = resident.postForm(page, submit);
        assertEquals(302, done.statusCode(), done.body());
        String location = done.headers().firstValue("Location").orElseThrow();
        String receiptPath = location.substring(location.indexOf("comment.xhtml"));
        assertTrue(receiptPath.contains("&k="), "the receipt's address carries the author's key: " + receiptPath);

        // the receipt every filer lands on keeps nothing on the server and is for this person only
        HttpResponse<String> receipt = resident.get(receiptPath);
        assertEquals(200, receipt.statusCode(), receipt.body());
        assertTrue(receipt.body().contains("id=\"receiptLead\""), "the receipt says the comment is stored");
        assertTrue(receipt.body().contains(fields.get("comment:text")), "the author reads what was sent");
        assertEquals("stateless", Http.viewState(receipt.body()), "no view kept on the server");
        assertEquals(
                "private, no-store",
                receipt.headers().firstValue("Cache-Control").orElse(""));

        // the author's actions work from it: change the comment (the edit form says it was open), confirm the address
        Map<String, String> author = Http.hiddenFields(receipt.body(), "author");
        author.put("author:edit", "Change my comment");
        HttpResponse<String> editing = resident.postForm(receiptPath, author);
        assertEquals(200, editing.statusCode(), editing.body());
        Map<String, String> edit = Http.hiddenFields(editing.body(), "edit");
        assertEquals("true", edit.get("editing"), editing.body());
        edit.put("edit:position", "SUPPORT");
        edit.put("edit:text", "");
        edit.put("edit:save", "Save the change");
        HttpResponse<String> empty = resident.postForm(receiptPath, edit);
        assertTrue(
                empty.body().contains("Write your comment.") && empty.body().contains("id=\"edit\""),
                "an empty text is refused and the form stays open: " + empty.body());
        assertTrue(
                Pattern.compile("<textarea id=\"edit:text\"[^>]*aria-invalid=\"true\"")
                        .matcher(empty.body())
                        .find(),
                "the refused field says so to a screen reader: " + empty.body());
        edit.put("edit:text", "On reflection I support it, if seniors are exempt.");
        // a change that went through sends the browser back to the receipt (a reload posts nothing again)
        HttpResponse<String> saved = afterRedirect(resident, resident.postForm(receiptPath, edit), receiptPath);
        assertTrue(saved.body().contains("Your comment is changed."), saved.body());
        assertFalse(saved.body().contains("id=\"edit\""), "the edit form closes once saved");
        String tracking = receiptPath.replaceAll(".*[?&]t=([A-Z0-9-]+).*", "$1");
        JsonObject stored = Http.object(clerk().get("api/v1/comments/" + tracking));
        assertEquals("On reflection I support it, if seniors are exempt.", stored.getString("text"), stored.toString());
        assertEquals("SUPPORT", stored.getString("position"));
        // the key the web form handed over proves no mailbox: the address is confirmed from the receipt mail's link
        assertFalse(saved.body().contains("author:confirmEmail"), "no confirmation without the mail's token");
        assertTrue(saved.body().contains("id=\"confirmByMail\""), saved.body());
        Map<String, String> forged = Http.hiddenFields(saved.body(), "author");
        forged.put("author:confirmEmail", "Confirm my e-mail address");
        resident.postForm(receiptPath, forged);
        assertFalse(
                Http.object(clerk().get("api/v1/comments/" + tracking)).getBoolean("emailVerified"),
                "a forged confirmation with the author's key alone confirms nothing");
        String mailLink = receiptPath + "&c=" + Mailbox.confirmToken(tracking);
        HttpResponse<String> fromMail = resident.get(mailLink);
        assertEquals(List.of(), fromMail.headers().allValues("Set-Cookie"));
        Map<String, String> confirm = Http.hiddenFields(fromMail.body(), "author");
        confirm.put("author:confirmEmail", "Confirm my e-mail address");
        HttpResponse<String> confirmed = afterRedirect(resident, resident.postForm(mailLink, confirm), mailLink);
        assertTrue(confirmed.body().contains("Your e-mail address is confirmed."), confirmed.body());
        assertTrue(Http.object(clerk().get("api/v1/comments/" + tracking)).getBoolean("emailVerified"));

        // another site cannot post the author's form; a wrong key opens the public's view, not the author's
        Map<String, String> withdraw = Http.hiddenFields(confirmed.body(), "author");
        withdraw.put("author:withdraw", "Withdraw my comment");
        assertEquals(
                403,
                resident.postFormWith(receiptPath, withdraw, "Origin", "http://evil.example")
                        .statusCode());
        HttpResponse<String> stranger = anonymous().get("comment.xhtml?t=" + tracking + "&k=not-the-key");
        assertEquals(200, stranger.statusCode());
        assertFalse(stranger.body().contains("id=\"author\"") || stranger.body().contains("On reflection"));
        assertTrue(stranger.body().contains("The key in this address does not open this comment"), stranger.body());
        assertEquals(
                "RECEIVED",
                Http.object(clerk().get("api/v1/comments/" + tracking)).getString("status"));

        for (HttpResponse<String> r : List.of(preview, done, receipt, editing, empty, saved, fromMail, confirmed)) {
            assertTrue(
                    r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    "filing and acting on the receipt opens no session: " + r.uri() + " "
                            + r.headers().map());
        }
        assertNull(resident.cookie("JSESSIONID"));
    }
}
