package org.podium.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.ADMIN;
import static org.podium.it.Deployments.CLERK;
import static org.podium.it.Deployments.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.podium.it.DeployedTest;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.Mailbox;
import org.podium.it.TestInfrastructure;

/**
 * Accounts as administrators and residents live them: finding an account among many, disabling one (its open sessions
 * end at once), sending it a password link; "forgot password" by e-mail (one-time, expiring, telling no one which
 * addresses have accounts, a few mails per hour at most).
 */
class AccountsIT extends DeployedTest {

    private static final Pattern RESET_LINK = Pattern.compile("(https?://\\S+/reset\\.xhtml\\?token=([A-Za-z0-9_-]+))");

    /** A new staff account (clerk) with a name and address no other test uses; returns its id. */
    private long newClerk(String tag, String email, String password) {
        HttpResponse<String> r = admin().post(
                        "api/v1/admin/users",
                        Fixtures.json(
                                "displayName",
                                "Clerk " + tag,
                                "email",
                                email,
                                "password",
                                password,
                                "roles",
                                List.of("CLERK")));
        assertEquals(201, r.statusCode(), r.body());
        return Http.object(r).getJsonNumber("id").longValue();
    }

    private Http webSession(String email, String password) {
        Http h = new Http(base.toString());
        HttpResponse<String> r = h.login(email, password);
        assertEquals(302, r.statusCode(), "the login succeeds and redirects: " + r.body());
        assertEquals(200, h.get("clerk/index.xhtml").statusCode(), "the session is signed in");
        return h;
    }

    @Test
    void administratorsFindAccountsAPageAtATime() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "find-" + tag + "@city.example";
        newClerk(tag, email, "a long clerk passphrase");
        Http admin = admin();

        JsonObject byName = Http.object(admin.get("api/v1/admin/users?q=" + tag.toUpperCase()));
        assertEquals(1, byName.getInt("total"), byName.toString());
        assertEquals(email, byName.getJsonArray("items").getJsonObject(0).getString("email"));
        assertEquals(
                1, Http.object(admin.get("api/v1/admin/users?q=find-" + tag)).getInt("total"), "by address too");
        JsonObject wildcard =
                Http.object(admin.get("api/v1/admin/users?q=" + URLEncoder.encode("%_", StandardCharsets.UTF_8)));
        assertEquals(
                0, wildcard.getInt("total"), "% and _ are searched for as characters, not as wildcards: " + wildcard);

        JsonObject all = Http.object(admin.get("api/v1/admin/users?size=2&page=0"));
        assertTrue(all.getInt("total") >= 5, all.toString());
        assertEquals(2, all.getJsonArray("items").size());
        JsonObject second = Http.object(admin.get("api/v1/admin/users?size=2&page=1"));
        assertFalse(
                second.getJsonArray("items")
                        .getJsonObject(0)
                        .getString("email")
                        .equals(all.getJsonArray("items").getJsonObject(0).getString("email")),
                "page 1 is not page 0 again");
        assertEquals(
                0,
                Http.object(admin.get("api/v1/admin/users?page=100000"))
                        .getJsonArray("items")
                        .size(),
                "a page past the end is empty");
        Fixtures.assertProblem(admin.get("api/v1/admin/users?page=2147483647"), 400, "page");
        Fixtures.assertProblem(admin.get("api/v1/admin/users?page=-1"), 400, "page");
        Fixtures.assertProblem(admin.get("api/v1/admin/users?size=0"), 400, "size");
        Fixtures.assertProblem(admin.get("api/v1/admin/users?size=abc"), 400, "size");
        assertEquals(
                403,
                new Http(base.toString())
                        .basic(CLERK, DEMO_PASSWORD)
                        .get("api/v1/admin/users")
                        .statusCode());
        assertEquals(401, new Http(base.toString()).get("api/v1/admin/users").statusCode());
    }

    @Test
    void aDisabledAccountIsSignedOutEverywhereAtOnceAndCannotLogIn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "leaving-" + tag + "@city.example";
        String password = "a long clerk passphrase";
        long id = newClerk(tag, email, password);
        Http desk = webSession(email, password);
        Http laptop = webSession(email, password);
        Http api = new Http(base.toString()).basic(email, password);
        assertEquals(200, api.get("api/v1/clerk/meetings").statusCode());

        Http admin = admin();
        // a role taken away is gone at once: the session that had it ends
        Http demoted = webSession(email, password);
        assertEquals(
                200,
                admin.send("PUT", "api/v1/admin/users/" + id + "/roles", Fixtures.json("roles", List.of("COUNCIL")))
                        .statusCode());
        assertEquals(302, demoted.get("clerk/index.xhtml").statusCode(), "the demoted session has ended");
        assertEquals(
                200,
                admin.send("PUT", "api/v1/admin/users/" + id + "/roles", Fixtures.json("roles", List.of("CLERK")))
                        .statusCode());
        // a role given ends the sessions too: the next login carries it (with a second factor, when staff need one)
        Http promoted = webSession(email, password);
        assertEquals(
                200,
                admin.send(
                                "PUT",
                                "api/v1/admin/users/" + id + "/roles",
                                Fixtures.json("roles", List.of("CLERK", "COUNCIL")))
                        .statusCode());
        assertEquals(302, promoted.get("clerk/index.xhtml").statusCode(), "the session from before the new role ended");
        desk = webSession(email, password);
        laptop = webSession(email, password);
        // a password link sent before the account is disabled does not open it once it is enabled again
        assertEquals(
                200,
                admin.post("api/v1/admin/users/" + id + "/password-reset", null).statusCode());
        Matcher before = RESET_LINK.matcher(
                (String) Mailbox.await(email, "Choose a new password").getContent());
        assertTrue(before.find());

        HttpResponse<String> off = admin.post("api/v1/admin/users/" + id + "/disable", null);
        assertEquals(200, off.statusCode(), off.body());
        assertFalse(Http.object(off).getBoolean("enabled"));
        for (Http session : new Http[] {desk, laptop}) {
            HttpResponse<String> r = session.get("clerk/index.xhtml");
            assertEquals(302, r.statusCode(), "the session has ended: " + r.body());
            assertTrue(r.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        }
        assertEquals(401, api.get("api/v1/clerk/meetings").statusCode(), "the API refuses it too");
        HttpResponse<String> again = new Http(base.toString()).login(email, password);
        assertEquals(200, again.statusCode());
        assertTrue(
                again.body()
                        .replace("&#39;", "'")
                        .contains(
                                "This account is disabled. Contact the clerk's office: clerk@it.podium.test, 312-555-0100."),
                again.body());
        assertEquals(1, audited("account.disable", id), "the trail records who disabled it");

        JsonObject me =
                Http.object(admin.get("api/v1/admin/users?q=" + URLEncoder.encode(ADMIN, StandardCharsets.UTF_8)));
        long adminId =
                me.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Fixtures.assertProblem(admin.post("api/v1/admin/users/" + adminId + "/disable", null), 409, null);
        Fixtures.assertProblem(admin.post("api/v1/admin/users/999999999/disable", null), 404, null);
        Fixtures.assertProblem(admin.post("api/v1/admin/users/" + id + "/password-reset", null), 409, null);

        assertEquals(
                200, admin.post("api/v1/admin/users/" + id + "/enable", null).statusCode());
        assertTrue(
                new Http(base.toString())
                        .get(before.group(1).substring(before.group(1).indexOf("reset.xhtml")))
                        .body()
                        .contains("This link has already been used"),
                "disabling spent the link");
        webSession(email, password);
        assertEquals(200, api.get("api/v1/clerk/meetings").statusCode());
    }

    @Test
    void aPasswordLinkWorksOnceForAnHourAndEndsTheAccountsOtherSessions() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "forgetful-" + tag + "@city.example";
        String old = "a long clerk passphrase";
        long id = newClerk(tag, email, old);
        Http stillOpen = webSession(email, old);

        Http resident = new Http(base.toString());
        HttpResponse<String> known = forgot(resident, email);
        HttpResponse<String> unknown = forgot(new Http(base.toString()), "nobody-" + tag + "@city.example");
        assertEquals(200, known.statusCode());
        assertTrue(
                known.body()
                        .contains("If an account uses " + email + ", a link to choose a new password is on its way"),
                known.body());
        assertEquals(
                main(known.body()).replace(email, "X"),
                main(unknown.body()).replace("nobody-" + tag + "@city.example", "X"),
                "an address without an account gets the same answer");

        MimeMessage mail = Mailbox.await(email, "Choose a new password");
        Matcher link = RESET_LINK.matcher((String) mail.getContent());
        assertTrue(link.find(), (String) mail.getContent());
        String path = link.group(1).substring(link.group(1).indexOf("reset.xhtml"));

        HttpResponse<String> page = resident.get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("New password again"), page.body());
        HttpResponse<String> differ = reset(resident, page.body(), "a new long passphrase", "a new long passphrase!");
        assertTrue(differ.body().contains("The two passwords are not the same"), differ.body());
        HttpResponse<String> weak = reset(resident, resident.get(path).body(), "password1234", "password1234");
        assertTrue(weak.body().contains("too common"), weak.body());
        HttpResponse<String> done =
                reset(resident, resident.get(path).body(), "a new long passphrase", "a new long passphrase");
        assertEquals(302, done.statusCode(), done.body());
        assertTrue(done.headers().firstValue("Location").orElse("").contains("/login.xhtml"));

        assertEquals(
                401,
                new Http(base.toString())
                        .basic(email, old)
                        .get("api/v1/clerk/meetings")
                        .statusCode());
        assertEquals(
                200,
                new Http(base.toString())
                        .basic(email, "a new long passphrase")
                        .get("api/v1/clerk/meetings")
                        .statusCode());
        assertEquals(
                302, stillOpen.get("clerk/index.xhtml").statusCode(), "the session opened with the old password ended");
        assertTrue(resident.get(path).body().contains("This link has already been used"), "the link works once");
        assertTrue(Mailbox.await(email, "password was changed")
                .getContent()
                .toString()
                .contains("forgot.xhtml"));
        assertEquals(1, audited("account.passwordReset", id));
        assertTrue(resident.get("reset.xhtml?token=not-a-token")
                .body()
                .contains("This link is not a valid password link"));
        assertTrue(resident.get("reset.xhtml").body().contains("This link is not a valid password link"));

        // an hour later the next link no longer works
        forgot(resident, email);
        MimeMessage second = Mailbox.awaitNew(email, "Choose a new password", mail);
        Matcher late = RESET_LINK.matcher((String) second.getContent());
        assertTrue(late.find());
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement s =
                        c.prepareStatement("UPDATE email_token SET expires_at = NOW(6) - INTERVAL 1 MINUTE"
                                + " WHERE account_id = ? AND purpose = 'RESET_PASSWORD' AND used_at IS NULL")) {
            s.setLong(1, id);
            assertEquals(1, s.executeUpdate());
        }
        assertTrue(resident.get(late.group(1).substring(late.group(1).indexOf("reset.xhtml")))
                .body()
                .contains("This link has expired"));

        // three links an hour at most (two were sent): the third goes out, the fourth does not
        forgot(resident, email);
        HttpResponse<String> fourth = admin().post("api/v1/admin/users/" + id + "/password-reset", null);
        Fixtures.assertProblem(fourth, 409, null);
        assertEquals(3, countResetLinks(id));
        assertEquals(200, forgot(resident, email).statusCode(), "the form still answers the same");
        assertEquals(3, countResetLinks(id), "and sends nothing");
    }

    @Test
    void aSignedInPersonChangesTheirPasswordWithThePresentOne_AndEverySessionEnds() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "changer-" + tag + "@city.example";
        String old = "a long clerk passphrase";
        long id = newClerk(tag, email, old);
        Http elsewhere = webSession(email, old);
        Http here = webSession(email, old);
        String page = here.get("account/index.xhtml").body();
        assertTrue(page.contains(email), "My account shows the address mail goes to");

        HttpResponse<String> wrong =
                changePassword(here, "not my password", "a brand new passphrase", "a brand new passphrase");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("This is not your present password"), wrong.body());
        HttpResponse<String> differ = changePassword(here, old, "a brand new passphrase", "a brand new passphrase!");
        assertTrue(differ.body().contains("The two passwords are not the same"), differ.body());
        HttpResponse<String> weak = changePassword(here, old, "password1234", "password1234");
        assertTrue(weak.body().contains("too common"), weak.body());
        assertEquals(
                200,
                new Http(base.toString())
                        .basic(email, old)
                        .get("api/v1/clerk/meetings")
                        .statusCode(),
                "nothing changed yet");

        HttpResponse<String> done = changePassword(here, old, "a brand new passphrase", "a brand new passphrase");
        assertEquals(302, done.statusCode(), done.body());
        String login = done.headers().firstValue("Location").orElse("");
        assertTrue(login.contains("/login.xhtml"), login);
        assertTrue(
                here.get(login.substring(login.indexOf("login.xhtml"))).body().contains("Your new password is saved"));
        assertEquals(
                401,
                new Http(base.toString())
                        .basic(email, old)
                        .get("api/v1/clerk/meetings")
                        .statusCode());
        assertEquals(
                200,
                new Http(base.toString())
                        .basic(email, "a brand new passphrase")
                        .get("api/v1/clerk/meetings")
                        .statusCode());
        assertEquals(302, elsewhere.get("clerk/index.xhtml").statusCode(), "the other session ended");
        assertEquals(302, here.get("clerk/index.xhtml").statusCode(), "and this one");
        assertTrue(Mailbox.await(email, "password was changed")
                .getContent()
                .toString()
                .contains("forgot.xhtml"));
        assertEquals(1, audited("account.passwordChange", id));
    }

    private static HttpResponse<String> changePassword(Http h, String current, String password, String repeat) {
        Map<String, String> form =
                Http.hiddenFields(h.get("account/index.xhtml").body(), "changePassword");
        form.put("changePassword:current", current);
        form.put("changePassword:password", password);
        form.put("changePassword:repeat", repeat);
        form.put("changePassword:save", "Save the new password");
        return h.postForm("account/index.xhtml", form);
    }

    @Test
    void aResidentFindsWhatTheyFiledSignedInInMyAccount_AndTheConfirmationSaysWhenWhereAndHowToJoin() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "resident-" + tag + "@example.org";
        String password = "my own long passphrase";
        HttpResponse<String> created = admin().post(
                        "api/v1/admin/users",
                        Fixtures.json(
                                "displayName",
                                "Ana " + tag,
                                "email",
                                email,
                                "password",
                                password,
                                "roles",
                                List.of("RESIDENT")));
        assertEquals(201, created.statusCode(), created.body());
        Http clerk = new Http(base.toString()).basic(CLERK, DEMO_PASSWORD);
        long meeting =
                Fixtures.createMeeting(clerk, "My account " + tag, Instant.now().plus(6, ChronoUnit.DAYS));
        long item = Fixtures.addItem(clerk, meeting, "4.a", "Ordinance: levy " + tag);
        Fixtures.publish(clerk, meeting);

        Http web = new Http(base.toString());
        assertEquals(302, web.login(email, password).statusCode());
        String empty = web.get("account/index.xhtml").body();
        assertTrue(
                empty.contains("You have not filed a comment yet") && empty.contains("You have not signed up to speak"),
                empty);

        Http api = new Http(base.toString()).basic(email, password);
        HttpResponse<String> signUp = api.post(
                "api/v1/items/" + item + "/speakers",
                Fixtures.json("email", email, "mode", "REMOTE", "position", "OPPOSE"));
        assertEquals(201, signUp.statusCode(), signUp.body());
        String number = Http.object(signUp).getString("confirmationNumber");
        HttpResponse<String> filed = api.post(
                "api/v1/items/" + item + "/comments",
                Fixtures.json(
                        "position",
                        "OPPOSE",
                        "text",
                        "Seniors on fixed incomes cannot absorb this levy.",
                        "email",
                        email));
        assertEquals(201, filed.statusCode(), filed.body());
        String mine = Http.object(filed).getString("trackingNumber");
        // filed as a guest from the same address and marked confirmed: not listed (an address can be confirmed on
        // the guest's own receipt page, without the mailbox; a guest's comment stays reachable with its key)
        HttpResponse<String> guest = new Http(base.toString())
                .post(
                        "api/v1/items/" + item + "/comments",
                        Fixtures.json(
                                "position",
                                "SUPPORT",
                                "text",
                                "Earlier, as a guest: fund the pensions.",
                                "email",
                                email));
        assertEquals(201, guest.statusCode(), guest.body());
        String asGuest = Http.object(guest).getString("trackingNumber");
        HttpResponse<String> stranger = new Http(base.toString())
                .post(
                        "api/v1/items/" + item + "/comments",
                        Fixtures.json(
                                "position", "SUPPORT", "text", "Someone else typed this address.", "email", email));
        String unconfirmed = Http.object(stranger).getString("trackingNumber");
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement s =
                        c.prepareStatement("UPDATE comment SET email_verified_at = NOW(6) WHERE tracking_number = ?")) {
            s.setString(1, asGuest);
            assertEquals(1, s.executeUpdate());
        }

        String page = web.get("account/index.xhtml").body();
        assertTrue(page.contains(number) && page.contains(mine), page);
        assertFalse(page.contains(asGuest) || page.contains(unconfirmed), "a guest's comments are not shown as theirs");
        // a sign-up made while signed in but for another address (a kiosk, a clerk helping) is not the account's
        HttpResponse<String> forSomeoneElse = api.post(
                "api/v1/items/" + item + "/speakers",
                Fixtures.json("email", "other-" + tag + "@example.org", "mode", "IN_PERSON"));
        assertEquals(201, forSomeoneElse.statusCode(), forSomeoneElse.body());
        assertFalse(web.get("account/index.xhtml")
                .body()
                .contains(Http.object(forSomeoneElse).getString("confirmationNumber")));
        assertTrue(page.contains("Ordinance: levy " + tag) && page.contains("Received"), page);

        // the sign-up's page opens for the signed-in resident without the mail's key, and says when, where and how
        String speaker = web.get("speaker.xhtml?c=" + number).body();
        assertTrue(speaker.contains("Council Chamber") && speaker.contains("My account " + tag), speaker);
        assertTrue(speaker.contains("Call in"), "the remote speaker's instructions: " + speaker);
        assertFalse(
                new Http(base.toString())
                        .get("speaker.xhtml?c=" + number)
                        .body()
                        .contains("Council Chamber"),
                "not for someone else without the key");
        String mail = (String) Mailbox.await(email, "Your sign-up to speak").getContent();
        assertTrue(
                mail.contains("Where: Council Chamber")
                        && mail.contains("When: ")
                        && mail.replace("\r\n", "\n").contains("How to join remotely:\nCall in"),
                mail);
    }

    @Test
    void aSpanishMailsLinksOpenTheirPagesInSpanish() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "olvido-" + tag + "@city.example";
        newClerk(tag, email, "una frase de paso larga");
        Http resident = new Http(base.toString()).language("es");
        forgot(resident, email);
        MimeMessage mail = Mailbox.await(email, "Elija una contraseña nueva");
        Matcher link = Pattern.compile("(https?://\\S+/reset\\.xhtml\\?token=[A-Za-z0-9_-]+&lang=es)\\s")
                .matcher((String) mail.getContent());
        assertTrue(link.find(), (String) mail.getContent());
        String path = link.group(1).substring(link.group(1).indexOf("reset.xhtml"));
        Http fresh = new Http(base.toString()).language("en");
        HttpResponse<String> opened = fresh.get(path);
        assertEquals(303, opened.statusCode(), "the language switch takes the parameter");
        assertEquals("es", fresh.cookie("podium_lang"));
        String location = opened.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith(path.replace("&lang=es", "")), location);
        String page = fresh.get(path.replace("&lang=es", "")).body();
        assertTrue(page.contains("Contraseña nueva otra vez"), "a reader whose browser asks for English: " + page);
    }

    /**
     * A stranger asks for a password link with a Host header of their choosing: without PODIUM_PUBLIC_URL the link
     * would point to their host and hand them the token. The page answers as always; no such link is mailed.
     */
    @Test
    void aPasswordLinkNeverPointsToAHostTheRequestNamed() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "target-" + tag + "@city.example";
        long id = newClerk(tag, email, "a long clerk passphrase");
        Http h = new Http(base.toString());
        Map<String, String> form = Http.hiddenFields(h.get("forgot.xhtml").body(), "forgot");
        form.put("forgot:email", email);
        form.put("forgot:send", "Send me the link");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String answer = raw("POST " + base.getPath() + "forgot.xhtml HTTP/1.1\r\nHost: evil.example\r\nCookie: "
                + h.cookieHeader() + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(answer.contains("If an account uses " + email), answer);
        assertEquals(0, countResetLinks(id), "no link for a host the sender named");

        forgot(new Http(base.toString()), email);
        String mail = (String) Mailbox.await(email, "Choose a new password").getContent();
        assertFalse(mail.contains("evil.example"), mail);
        assertEquals(1, countResetLinks(id));

        // the language switch keeps the reader on Podium whatever the path says
        String redirect = raw("GET //evil.example" + base.getPath() + "index.xhtml?lang=es HTTP/1.1\r\nHost: "
                + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n\r\n");
        Matcher location = Pattern.compile("(?im)^Location: (\\S+)").matcher(redirect);
        if (location.find()) {
            assertFalse(
                    location.group(1).startsWith("//") || location.group(1).contains("evil.example"),
                    location.group(1));
        }
        assertEquals(
                401,
                new Http(base.toString())
                        .post("api/v1/admin/users/" + id + "/disable", null)
                        .statusCode(),
                "anonymous: 401, not an error");
    }

    /** One network address asking for links again and again (for any addresses) is stopped after 30 an hour. */
    @Test
    void oneAddressCannotTurnTheForgotFormIntoAMailCannon() {
        String flooder = "198.51.100." + (10 + new Random().nextInt(200));
        Http h = new Http(base.toString());
        String last = "";
        for (int i = 0; i < 31; i++) {
            Map<String, String> form = Http.hiddenFields(h.get("forgot.xhtml").body(), "forgot");
            form.put("forgot:email", "nobody-" + i + "-" + UUID.randomUUID() + "@example.org");
            form.put("forgot:send", "Send me the link");
            HttpResponse<String> r = h.postFormWith("forgot.xhtml", form, "X-Forwarded-For", flooder);
            assertEquals(200, r.statusCode());
            last = r.body();
            if (i < 30) {
                assertTrue(last.contains("If an account uses"), "request " + i + ": " + last);
            }
        }
        assertTrue(last.contains("Too many requests from your network"), last);
    }

    /** One HTTP request as written, on its own connection (the JDK's client will not send a Host of our choosing). */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int audited(String action, long accountId) throws Exception {
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE action = ?"
                        + " AND target_type = 'account' AND target_id = ? AND actor <> ''")) {
            s.setString(1, action);
            s.setLong(2, accountId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int countResetLinks(long accountId) throws Exception {
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM email_token WHERE account_id = ?" + " AND purpose = 'RESET_PASSWORD'")) {
            s.setLong(1, accountId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static HttpResponse<String> forgot(Http h, String email) {
        Map<String, String> form = Http.hiddenFields(h.get("forgot.xhtml").body(), "forgot");
        form.put("forgot:email", email);
        form.put("forgot:send", "Send me the link");
        return h.postForm("forgot.xhtml", form);
    }

    private static HttpResponse<String> reset(Http h, String page, String password, String repeat) {
        Map<String, String> form = Http.hiddenFields(page, "reset");
        form.put("reset:password", password);
        form.put("reset:repeat", repeat);
        form.put("reset:save", "Save the new password");
        return h.postForm("reset.xhtml", form);
    }

    /** The page's main content, without the parts that differ per request (nonces, view state). */
    private static String main(String html) {
        Matcher m = Pattern.compile("<main.*?</main>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), html);
        return m.group().replaceAll("nonce=\"[^\"]*\"", "").replaceAll("value=\"[^\"]*\"", "");
    }
}
