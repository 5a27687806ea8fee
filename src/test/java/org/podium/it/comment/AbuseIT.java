package org.podium.it.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.it.DeployedTest;
import org.podium.it.Http;
import org.podium.it.SignUps;
import org.podium.it.TestInfrastructure;

/**
 * Issue 21's findings, each tried as the outsider did (on loopback; the tests' trusted proxy lets a test speak from
 * another network with X-Forwarded-For): each of these passed on the code before the fix.
 */
class AbuseIT extends DeployedTest {

    long item;
    long otherItem;

    /** A network of its own for one test, so that limits of others do not count. */
    static String network() {
        return SignUps.network();
    }

    static String comment(String position, String text, String email) {
        return json("position", position, "text", text, "email", email);
    }

    @BeforeEach
    void agenda() {
        Http clerk = as(CLERK);
        // six weeks ahead: these meetings sort after the ones the browser tests look for on the first page of lists
        long meeting =
                createMeeting(clerk, "Abuse " + UUID.randomUUID(), Instant.now().plus(42, ChronoUnit.DAYS));
        item = addItem(clerk, meeting, "1", "Ordinance: property tax levy");
        otherItem = addItem(clerk, meeting, "2", "Resolution: bike lanes");
        publish(clerk, meeting);
    }

    /** #7: a page number past any list is a 400 naming it, never a 500 with a stack trace in the log. */
    @Test
    void aHugePageNumberIsRefusedByName() {
        assertProblem(anonymous().get("api/v1/meetings?page=21474837&size=100"), 400, "page");
        assertProblem(anonymous().get("api/v1/items/" + item + "/comments?page=2147483647&size=100"), 400, "page");
        assertProblem(as(CLERK).get("api/v1/clerk/queue?page=21474837&size=100"), 400, "page");
        assertEquals(
                200, anonymous().get("api/v1/meetings?page=100000&size=100").statusCode(), "the last page allowed");
    }

    /** #12: a staff endpoint asked anonymously is a 401 before its body is looked at. */
    @Test
    void anAnonymousImportIsA401NotAParseOfTheFile() {
        HttpResponse<String> r = anonymous()
                .postBytes(
                        "api/v1/clerk/items/" + item + "/comments/import",
                        "no,channel,column\n1,2,3\n".getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "text/csv");
        assertProblem(r, 401, null);
        assertFalse(r.body().contains("channel"), r.body());
    }

    /** #8: ten withdrawals at once with the right credentials: one succeeds, the others are told 409, none 500. */
    @Test
    void simultaneousWithdrawalsAreOneSuccessAndConflicts() throws Exception {
        for (int round = 0; round < 3; round++) {
            String t = Http.object(as(RESIDENT)
                            .post(
                                    "api/v1/items/" + item + "/comments",
                                    comment("SUPPORT", "Withdrawn in a race " + round, "resident@podium.example")))
                    .getString("trackingNumber");
            ExecutorService pool = Executors.newFixedThreadPool(10);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            try {
                for (int i = 0; i < 10; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return as(RESIDENT).post("api/v1/comments/" + t + "/withdraw", "");
                    }));
                }
                start.countDown();
                int ok = 0;
                for (Future<HttpResponse<String>> f : answers) {
                    HttpResponse<String> r = f.get();
                    if (r.statusCode() == 200) {
                        ok++;
                    } else {
                        assertProblem(r, 409, null);
                    }
                }
                assertEquals(1, ok, "exactly one withdrawal");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** #6: a key is the caller's, for one item and one content; sent again with other content it is a 422. */
    @Test
    void anIdempotencyKeyNamesOneSubmissionOfOneCaller() {
        String key = "k-" + UUID.randomUUID();
        String items = "api/v1/items/" + item + "/comments";
        byte[] first = comment("SUPPORT", "Fund the library branch.", "idem@example.org")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> created = anonymous().postBytes(items, first, "Idempotency-Key", key);
        assertEquals(201, created.statusCode(), created.body());
        String tracking = Http.object(created).getString("trackingNumber");
        HttpResponse<String> again = anonymous().postBytes(items, first, "Idempotency-Key", key);
        assertEquals(200, again.statusCode());
        assertEquals(tracking, Http.object(again).getString("trackingNumber"), "a retry gets its own receipt");

        assertProblem(
                anonymous()
                        .postBytes(
                                items,
                                comment("OPPOSE", "Something else entirely.", "idem@example.org")
                                        .getBytes(StandardCharsets.UTF_8),
                                "Idempotency-Key",
                                key),
                422,
                "Idempotency-Key");
        HttpResponse<String> elsewhere = anonymous()
                .postBytes(
                        "api/v1/items/" + otherItem + "/comments",
                        comment("OPPOSE", "On the bike lanes.", "idem@example.org")
                                .getBytes(StandardCharsets.UTF_8),
                        "Idempotency-Key",
                        key);
        assertEquals(201, elsewhere.statusCode(), "the key on another item is another submission: " + elsewhere.body());
        assertNotEquals(tracking, Http.object(elsewhere).getString("trackingNumber"));
        HttpResponse<String> stranger =
                anonymous().postBytes(items, first, "Idempotency-Key", key, "X-Forwarded-For", network());
        assertEquals(201, stranger.statusCode(), "another caller's key is not theirs to replay: " + stranger.body());
        assertNotEquals(tracking, Http.object(stranger).getString("trackingNumber"));
    }

    /** #5: a request that names another host gets no mail with a link to it (and is told why). */
    @Test
    void aForeignHostHeaderNeverBecomesALinkInAMail() throws Exception {
        String email = "host-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String body = comment("SUPPORT", "Host header test.", email);
        String answer = raw("POST " + base.getPath() + "api/v1/items/" + item + "/comments HTTP/1.1\r\n"
                + "Host: evil.example\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.contains("problem.host"), answer);
        assertEquals(0, count("select count(*) from mail_outbox where recipient = ?", email));
        assertEquals(0, count("select count(*) from comment where email = ?", email), "nothing stored");
    }

    /** #10: text is a JSON string and a well-formed one; names lose the characters that reverse their direction. */
    @Test
    void stringsAreStringsAndNamesCannotBeSpoofed() {
        String items = "api/v1/items/" + item + "/comments";
        assertProblem(
                anonymous().post(items, "{\"position\":\"SUPPORT\",\"text\":true,\"email\":\"s@example.org\"}"),
                400,
                "text");
        assertProblem(
                anonymous()
                        .post(
                                items,
                                "{\"position\":\"SUPPORT\",\"text\":\"x \\ud800 y\"," + "\"email\":\"s@example.org\"}"),
                400,
                "text");
        assertProblem(
                anonymous()
                        .post(
                                items,
                                "{\"position\":\"SUPPORT\",\"text\":\"fine\",\"name\":12,"
                                        + "\"email\":\"s@example.org\"}"),
                400,
                "name");
        HttpResponse<String> r = anonymous()
                .post(
                        items,
                        "{\"position\":\"SUPPORT\",\"text\":\"fine\",\"name\":"
                                + "\"\\u202eAna Ruiz\\u2069\",\"email\":\"s@example.org\"}");
        assertEquals(201, r.statusCode(), r.body());
        JsonObject c =
                Http.object(as(CLERK).get("api/v1/comments/" + Http.object(r).getString("trackingNumber")));
        assertEquals("Ana Ruiz", c.getString("name"));
    }

    /** #11: tagged addresses are their mailbox: the 11th receipt to one mailbox in an hour is refused. */
    @Test
    void taggedAddressesCountAsTheirMailbox() {
        String box = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        String from = network();
        String items = "api/v1/items/" + item + "/comments";
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> r = anonymous()
                    .postBytes(
                            items,
                            comment("SUPPORT", "Comment number " + i, (i == 0 ? box : box + "+" + i) + "@example.org")
                                    .getBytes(StandardCharsets.UTF_8),
                            "X-Forwarded-For",
                            from);
            assertEquals(201, r.statusCode(), r.body());
        }
        HttpResponse<String> eleventh = anonymous()
                .postBytes(
                        items,
                        comment("SUPPORT", "One more", box + "+11@example.org").getBytes(StandardCharsets.UTF_8),
                        "X-Forwarded-For",
                        network());
        assertProblem(eleventh, 429, null);
        assertTrue(eleventh.headers().firstValue("Retry-After").isPresent());
    }

    /** #9: the API's errors are problem+json with a standard status line, also those the server makes itself. */
    @Test
    void everyErrorIsProblemJsonWithAStandardStatusLine() throws Exception {
        HttpResponse<String> doubled = anonymous()
                .postBytes(
                        "api/v1/items/" + item + "/comments",
                        "{}".getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "application/json",
                        "Content-Type",
                        "text/plain");
        assertProblem(doubled, doubled.statusCode() == 415 ? 415 : 400, null);
        assertProblem(anonymous().get("api/v1/no-such-thing"), 404, null);
        // a read with a Content-Type (some clients send one with every GET) is a read, not a 415
        assertEquals(
                200,
                anonymous()
                        .getWith("api/v1/meetings", "Content-Type", "text/html")
                        .statusCode());
        assertEquals(
                200,
                as(CLERK)
                        .getWith("api/v1/clerk/meetings", "Content-Type", "text/plain")
                        .statusCode());
        // the 11th comment from one mailbox: 429 with its words (was "429 CUSTOM")
        String box = "line-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (int i = 0; i < 10; i++) {
            anonymous()
                    .postBytes(
                            "api/v1/items/" + item + "/comments",
                            comment("SUPPORT", "Line " + i, box).getBytes(StandardCharsets.UTF_8),
                            "X-Forwarded-For",
                            network());
        }
        String body = comment("SUPPORT", "Line 11", box);
        String answer = raw("POST " + base.getPath() + "api/v1/items/" + item + "/comments HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(
                answer.startsWith("HTTP/1.1 429 Too Many Requests\r\n"),
                answer.lines().findFirst().orElse(""));
        assertTrue(answer.contains("application/problem+json"), answer);
    }

    /** #4: the browser's session cookie does not let another site's page change anything through the API. */
    @Test
    void aSessionCookieIsNoCrossSiteKeyToTheApi() {
        String t = Http.object(as(RESIDENT)
                        .post(
                                "api/v1/items/" + item + "/comments",
                                comment("OPPOSE", "Mine to withdraw, nobody else's.", "resident@podium.example")))
                .getString("trackingNumber");
        Http browser = anonymous();
        assertEquals(302, browser.login(RESIDENT, DEMO_PASSWORD).statusCode());
        assertProblem(
                browser.postBytes(
                        "api/v1/comments/" + t + "/withdraw",
                        "a=1".getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Origin",
                        "http://evil.example"),
                403,
                null);
        assertProblem(
                browser.sendWith(
                        "POST",
                        "api/v1/comments/" + t + "/withdraw",
                        "",
                        "X-Podium-Request",
                        "1",
                        "Sec-Fetch-Site",
                        "cross-site"),
                403,
                null);
        assertProblem(
                browser.postBytes(
                        "api/v1/clerk/items/" + item + "/comments/import",
                        "channel\n".getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "text/plain",
                        "Origin",
                        "http://evil.example"),
                403,
                null);
        assertEquals(
                "RECEIVED",
                Http.object(anonymous().get("api/v1/comments/" + t)).getString("status"),
                "nothing withdrawn");
        // reading with the cookie stays possible, and Podium's own page may act with its header
        assertEquals(200, browser.get("api/v1/comments/" + t).statusCode());
        HttpResponse<String> own = browser.sendWith(
                "POST",
                "api/v1/comments/" + t + "/withdraw",
                "",
                "X-Podium-Request",
                "1",
                "Origin",
                base.getProtocol() + "://" + base.getHost() + ":" + base.getPort());
        assertEquals(200, own.statusCode(), own.body());
    }

    /**
     * #1: one client with made-up addresses cannot take the speaking places: a sign-up holds a place only once its
     * address is confirmed from its mail, and one network may have only a few unconfirmed sign-ups on an item.
     */
    @Test
    void oneClientCannotTakeTheSpeakingPlaces() throws Exception {
        HttpResponse<String> rules = as(CLERK)
                .send(
                        "PUT",
                        "api/v1/clerk/meetings/"
                                + Http.object(as(CLERK).get("api/v1/items/" + item))
                                        .getJsonNumber("meetingId") + "/speakers/rules",
                        json("maxPerItem", 5));
        assertEquals(200, rules.statusCode(), rules.body());
        String path = "api/v1/items/" + item + "/speakers";
        String attacker = network();
        int refused = 0;
        List<String> fake = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> r = anonymous()
                    .postBytes(
                            path,
                            SignUps.body(
                                            "Fake " + i,
                                            "fake-" + i + "-" + UUID.randomUUID() + "@example.org",
                                            "IN_PERSON")
                                    .getBytes(StandardCharsets.UTF_8),
                            "X-Forwarded-For",
                            attacker);
            if (r.statusCode() == 429) {
                refused++;
                assertProblem(r, 429, null);
            } else {
                assertEquals(201, r.statusCode(), r.body());
                assertEquals("UNCONFIRMED", Http.object(r).getString("status"));
                fake.add(Http.object(r).getString("confirmationNumber"));
            }
        }
        assertEquals(3, fake.size(), "three unconfirmed sign-ups from one network on an item");
        assertEquals(22, refused);
        // from many networks too, the made-up addresses hold nothing: nobody reads their mail
        for (int i = 0; i < 10; i++) {
            SignUps.signUp(
                    anonymous(),
                    item,
                    SignUps.body("Fake elsewhere " + i, "far-" + UUID.randomUUID() + "@example.org", "IN_PERSON"));
        }
        long meeting = Http.object(as(CLERK).get("api/v1/items/" + item))
                .getJsonNumber("meetingId")
                .longValue();
        assertEquals(
                0,
                Http.object(anonymous().get("api/v1/meetings/" + meeting + "/speakers"))
                        .getJsonArray("speakers")
                        .size(),
                "no place is held by an unconfirmed sign-up");
        assertProblem(
                anonymous().post("api/v1/speakers/" + fake.get(0) + "/confirm", json("token", "guessed")), 403, null);

        // a resident who reads the mail takes the first place
        String rosa = "rosa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String number = SignUps.signUp(anonymous(), item, SignUps.body("Rosa", rosa, "IN_PERSON"));
        String token = SignUps.token(rosa);
        JsonObject confirmed = SignUps.confirm(anonymous(), number, token);
        assertEquals("CONFIRMED", confirmed.getString("status"));
        assertEquals(1, confirmed.getInt("position"));
        assertEquals("CONFIRMED", SignUps.confirm(anonymous(), number, token).getString("status"), "again: unchanged");
        // one mailbox, one place: a tagged spelling of the same inbox is the same person
        assertProblem(
                anonymous()
                        .postBytes(
                                path,
                                SignUps.body("Rosa again", rosa.replace("@", "+2@"), "IN_PERSON")
                                        .getBytes(StandardCharsets.UTF_8),
                                "X-Forwarded-For",
                                network()),
                409,
                "email");

        // a link older than a day no longer confirms
        String late = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String lateNumber = SignUps.signUp(anonymous(), item, SignUps.body("Late", late, "IN_PERSON"));
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement(
                        "update speaker set created_at = created_at - interval 25 hour where confirmation_number = ?")) {
            ps.setString(1, lateNumber);
            assertEquals(1, ps.executeUpdate());
        }
        assertProblem(
                anonymous().post("api/v1/speakers/" + lateNumber + "/confirm", json("token", SignUps.token(late))),
                409,
                null);
    }

    /** #3: the register form typed with someone's address a hundred times mails them three times in the hour. */
    @Test
    void theRegisterFormIsNoMailCannon() throws Exception {
        String victim = "mailbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        int answered = 0;
        for (int i = 0; i < 12; i++) {
            String to = i % 2 == 0 ? victim : victim.replace("@", "+" + i + "@");
            if (register(to, network()).statusCode() == 302) {
                answered++;
            }
        }
        assertEquals(12, answered, "each is answered alike: the form reveals nothing");
        String local = victim.substring(0, victim.indexOf('@'));
        assertEquals(
                3,
                count(
                        "select count(*) from mail_outbox where recipient = ? or recipient like ?",
                        victim,
                        local + "+%@example.org"),
                "three mails, not twelve");

        // and one network's sign-ups are limited whatever addresses they give
        String from = network();
        int refused = 0;
        for (int i = 0; i < 21; i++) {
            HttpResponse<String> r =
                    register("n" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org", from);
            if (r.statusCode() == 200 && r.body().contains("Too many requests from your network")) {
                refused++;
            }
        }
        assertEquals(1, refused, "the 21st from one network within the hour");
    }

    private HttpResponse<String> register(String email, String from) {
        Http h = anonymous();
        Map<String, String> form = Http.hiddenFields(h.get("register.xhtml").body(), "register");
        form.put("register:displayName", "Someone");
        form.put("register:email", email);
        form.put("register:password", "a long passphrase for tests");
        form.put("register:submit", "Create account");
        return h.postFormWith("register.xhtml", form, "X-Forwarded-For", from);
    }

    /** A request written by hand (a Host of its own, or to read the status line's words); the whole answer. */
    private String raw(String request) throws Exception {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String sql, String... params) throws Exception {
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
