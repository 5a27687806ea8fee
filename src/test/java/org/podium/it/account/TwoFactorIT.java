package org.podium.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.podium.account.control.Totp;
import org.podium.it.DeployedTest;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.Mailbox;
import org.podium.it.TestInfrastructure;

/**
 * Staff sign in with a second factor (an authenticator app's TOTP code, or a one-time recovery code); an administrator
 * requires it of all staff or resets it for one; integrations call the API with scoped, expiring, revocable tokens.
 * The pages are driven as a browser posts them; the codes are computed from the secret the page shows, as an app does.
 */
class TwoFactorIT extends DeployedTest {

    private static final Pattern SECRET = Pattern.compile("id=\"enrolSecret\" class=\"secret\">([A-Z2-7 ]+)<");
    private static final Pattern CODES = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");

    private record Staff(long id, String email, String password) {}

    private Staff newStaff(String role) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "tf-" + tag + "@city.example";
        String password = "a long staff passphrase " + tag;
        HttpResponse<String> r = admin().post(
                        "api/v1/admin/users",
                        Fixtures.json(
                                "displayName",
                                "Staff " + tag,
                                "email",
                                email,
                                "password",
                                password,
                                "roles",
                                List.of(role)));
        assertEquals(201, r.statusCode(), r.body());
        return new Staff(Http.object(r).getJsonNumber("id").longValue(), email, password);
    }

    /** Posts a form of a page as a browser does: its hidden fields, the fields given and the button pressed. */
    private static HttpResponse<String> submit(
            Http h, String path, String page, String form, String button, Map<String, String> fields) {
        return h.submit(path, page, form, button, fields, "X-Forwarded-For", NETWORK);
    }

    /** This class's failed logins come from a network of their own (the tests' proxy names it), not the suite's. */
    private static final String NETWORK = "10.21." + (int) (Math.random() * 250) + ".7";

    private static String secretOf(String page) {
        Matcher m = SECRET.matcher(page);
        assertTrue(m.find(), "the page writes out the key for an app that cannot scan:\n" + page);
        return m.group(1).replace(" ", "");
    }

    private static List<String> recoveryCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODES.matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** The code an app shows for the next 30-second step: accepted (±1 step) and later than any accepted before. */
    private static String nextCode(String secret) {
        return Totp.code(secret, Totp.step(Instant.now().getEpochSecond()) + 1);
    }

    /** A six-digit code that is none of the three the server accepts now. */
    private static String wrongCode(String secret) {
        long step = Totp.step(Instant.now().getEpochSecond());
        for (int i = 0; ; i++) {
            String c = String.format("%06d", (i * 7919) % 1_000_000);
            if (!c.equals(Totp.code(secret, step - 1))
                    && !c.equals(Totp.code(secret, step))
                    && !c.equals(Totp.code(secret, step + 1))
                    && !c.equals(Totp.code(secret, step + 2))) {
                return c;
            }
        }
    }

    /** The password step of a login; returns the page it answers (the second step's form when one is needed). */
    private HttpResponse<String> password(Http h, Staff s) {
        return h.postFormWith(
                "login.xhtml",
                Http.loginForm(h.get("login.xhtml").body(), s.email(), s.password()),
                "X-Forwarded-For",
                NETWORK);
    }

    @Test
    void aStaffMemberTurnsOnTwoStepSignInAndThenOnlyTheAppsCodeOrARecoveryCodeOpensTheAccount() throws Exception {
        Staff s = newStaff("CLERK");
        Http basic = new Http(base.toString()).basic(s.email(), s.password());
        assertEquals(200, basic.get("api/v1/clerk/meetings").statusCode(), "without a second factor, Basic works");

        // My account: set up, the key shown, the first code turns it on, ten recovery codes shown once
        Http web = new Http(base.toString());
        assertEquals(302, password(web, s).statusCode(), "no second step yet: signed in by the password");
        String account = web.get("account/index.xhtml").body();
        assertTrue(account.contains("id=\"twoFactorState\""), account);
        HttpResponse<String> setUp = submit(web, "account/index.xhtml", account, "twoFactor", "setUp", Map.of());
        assertEquals(200, setUp.statusCode());
        assertTrue(setUp.body().contains("<svg") && setUp.body().contains("role=\"img\""), "the QR code is drawn");
        String secret = secretOf(setUp.body());
        HttpResponse<String> wrong = submit(
                web,
                "account/index.xhtml",
                setUp.body(),
                "twoFactor",
                "turnOn",
                Map.of("firstCode", wrongCode(secret)));
        assertTrue(wrong.body().contains("This code is not right"), "a wrong first code is said beside the field");
        HttpResponse<String> on = submit(
                web,
                "account/index.xhtml",
                wrong.body(),
                "twoFactor",
                "turnOn",
                Map.of("firstCode", Totp.code(secret, Totp.step(Instant.now().getEpochSecond()))));
        List<String> codes = recoveryCodes(on.body());
        assertEquals(10, codes.size(), on.body());
        assertTrue(on.body().contains("Two-step sign-in is on"));
        assertNotNull(Mailbox.await(s.email(), "Two-step sign-in is on for your Podium account"));
        assertEquals(200, web.get("clerk/index.xhtml").statusCode(), "the session that turned it on goes on");
        web.get("account/index.xhtml?lang=es"); // the language is kept (a cookie), then the page asked again
        String inSpanish = web.get("account/index.xhtml").body();
        assertTrue(inSpanish.contains(codes.get(0)), "a change of language does not lose them before they are saved");
        submit(web, "account/index.xhtml", inSpanish, "codesSaved", "saved", Map.of());
        assertFalse(web.get("account/index.xhtml").body().contains(codes.get(0)), "once saved, never shown again");

        // the password alone no longer opens the API
        HttpResponse<String> refused = basic.get("api/v1/clerk/meetings");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("second factor"), refused.body());

        // a login: the password, then the code; a wrong code, a replayed code refused
        Http next = new Http(base.toString());
        HttpResponse<String> second = password(next, s);
        assertEquals(200, second.statusCode(), "the password alone does not sign in");
        assertTrue(second.body().contains("id=\"second\"") && second.body().contains("id=\"codeWhy\""), second.body());
        assertEquals(302, next.get("clerk/index.xhtml").statusCode(), "not signed in between the two steps");
        second = next.get("login.xhtml");
        assertTrue(second.body().contains("id=\"second\""), "the second step waits on the login page");
        HttpResponse<String> bad =
                submit(next, "login.xhtml", second.body(), "second", "verify", Map.of("code", wrongCode(secret)));
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("This code is not right"), bad.body());
        String code = nextCode(secret);
        HttpResponse<String> in = submit(next, "login.xhtml", bad.body(), "second", "verify", Map.of("code", code));
        assertEquals(302, in.statusCode(), in.body());
        assertEquals(200, next.get("clerk/index.xhtml").statusCode(), "signed in with the app's code");

        Http replay = new Http(base.toString());
        HttpResponse<String> again = password(replay, s);
        HttpResponse<String> replayed =
                submit(replay, "login.xhtml", again.body(), "second", "verify", Map.of("code", code));
        assertEquals(200, replayed.statusCode(), "the same code is not accepted twice");
        assertTrue(replayed.body().contains("already used"), replayed.body());

        // a recovery code opens it once, and the owner is told
        HttpResponse<String> viaRecovery = submit(
                replay,
                "login.xhtml",
                replayed.body(),
                "second",
                "verify",
                Map.of("code", codes.get(3).toUpperCase()));
        assertEquals(302, viaRecovery.statusCode(), viaRecovery.body());
        assertNotNull(Mailbox.await(s.email(), "A recovery code was used for your Podium account"));
        Http thief = new Http(base.toString());
        HttpResponse<String> stolen = submit(
                thief, "login.xhtml", password(thief, s).body(), "second", "verify", Map.of("code", codes.get(3)));
        assertEquals(200, stolen.statusCode(), "a recovery code works once");

        // too many wrong codes: the login starts again at the password
        HttpResponse<String> page = stolen;
        for (int i = 0; i < 2; i++) {
            page = submit(thief, "login.xhtml", page.body(), "second", "verify", Map.of("code", wrongCode(secret)));
        }
        assertTrue(page.body().contains("Log in again with your password"), page.body());
        assertTrue(page.body().contains("id=\"login\""), "the password form again");
        assertTrue(page.body().contains("value=\"" + s.email() + "\""), "with the address still typed");

        // an administrator resets it (a lost phone): the sessions end, the password opens the API again
        JsonObject reset = Http.object(admin().post("api/v1/admin/users/" + s.id() + "/two-factor/reset", null));
        assertFalse(reset.getBoolean("twoFactor"), reset.toString());
        assertEquals(302, next.get("clerk/index.xhtml").statusCode(), "the session signed in with the code has ended");
        assertEquals(200, basic.get("api/v1/clerk/meetings").statusCode());
        assertNotNull(Mailbox.await(s.email(), "Two-step sign-in is off for your Podium account"));

        // set up again from My account, then turned off by its owner with a present code
        String mine = web.get("account/index.xhtml").body();
        if (!mine.contains("twoFactor:setUp")) {
            assertEquals(302, password(web, s).statusCode());
            mine = web.get("account/index.xhtml").body();
        }
        HttpResponse<String> setUpAgain = submit(web, "account/index.xhtml", mine, "twoFactor", "setUp", Map.of());
        String second2 = secretOf(setUpAgain.body());
        HttpResponse<String> onAgain = submit(
                web,
                "account/index.xhtml",
                setUpAgain.body(),
                "twoFactor",
                "turnOn",
                Map.of("firstCode", Totp.code(second2, Totp.step(Instant.now().getEpochSecond()))));
        assertEquals(10, recoveryCodes(onAgain.body()).size());
        HttpResponse<String> off = submit(
                web, "account/index.xhtml", onAgain.body(), "twoFactor", "turnOff", Map.of("code", nextCode(second2)));
        assertTrue(off.body().contains("id=\"twoFactor:setUp\""), "off: it can be set up again: " + off.body());
        assertEquals(200, basic.get("api/v1/clerk/meetings").statusCode(), "its password opens the API again");
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM recovery_code WHERE account_id = ?")) {
            q.setLong(1, s.id());
            var rs = q.executeQuery();
            rs.next();
            assertEquals(0, rs.getInt(1), "the recovery codes went with it");
        }
    }

    @Test
    void whenTheAdministratorRequiresItEveryStaffLoginSetsUpTheAppFirstAndTokensKeepIntegrationsRunning() {
        // the administrator's own integration token, made before: it keeps working while passwords no longer do
        HttpResponse<String> made = admin().post(
                        "api/v1/account/tokens",
                        Fixtures.json("name", "Policy switch (test)", "scope", "ADMIN", "expiresInDays", 1));
        assertEquals(201, made.statusCode(), made.body());
        Http adminToken = new Http(base.toString());
        String bearer = "Bearer " + Http.object(made).getString("token");
        Staff s = newStaff("COUNCIL");
        assertEquals(
                200,
                adminToken
                        .sendWith(
                                "PUT",
                                "api/v1/admin/users/security",
                                Fixtures.json("staffTwoFactor", true),
                                "Authorization",
                                bearer)
                        .statusCode());
        try {
            HttpResponse<String> basic = admin().get("api/v1/admin/users?q=tf-");
            assertEquals(401, basic.statusCode(), "an administrator's password alone no longer opens the API");
            assertEquals(
                    200,
                    adminToken
                            .getWith("api/v1/admin/users?q=tf-", "Authorization", bearer)
                            .statusCode(),
                    "its token does");

            Http web = new Http(base.toString());
            HttpResponse<String> enrol = password(web, s);
            assertEquals(200, enrol.statusCode());
            assertTrue(enrol.body().contains("id=\"enrolWhy\"") && enrol.body().contains("<svg"), enrol.body());
            String secret = secretOf(enrol.body());
            assertEquals(302, web.get("council/index.xhtml").statusCode(), "not signed in before the first code");
            HttpResponse<String> wrong =
                    submit(web, "login.xhtml", enrol.body(), "second", "verify", Map.of("code", wrongCode(secret)));
            assertTrue(wrong.body().contains("This code is not right")
                    && wrong.body().contains("id=\"enrolWhy\""));
            assertEquals(secret, secretOf(wrong.body()), "the same key until it is confirmed");
            HttpResponse<String> on = submit(
                    web,
                    "login.xhtml",
                    wrong.body(),
                    "second",
                    "verify",
                    Map.of("code", Totp.code(secret, Totp.step(Instant.now().getEpochSecond()))));
            assertEquals(200, on.statusCode());
            assertEquals(10, recoveryCodes(on.body()).size(), on.body());
            assertTrue(on.body().contains("id=\"codesSaved:continue\""));
            web.get("login.xhtml?lang=es");
            assertTrue(
                    web.get("login.xhtml")
                            .body()
                            .contains(recoveryCodes(on.body()).get(0)),
                    "a change of language does not lose the codes");
            HttpResponse<String> saved = submit(web, "login.xhtml", on.body(), "codesSaved", "continue", Map.of());
            assertEquals(302, saved.statusCode(), "on to the page the login was for");
            web.get("login.xhtml?lang=en");
            assertEquals(200, web.get("council/index.xhtml").statusCode(), "signed in once the app is set up");
            String account = web.get("account/index.xhtml").body();
            assertTrue(account.contains("Required for staff accounts"), account);
            assertFalse(account.contains("id=\"twoFactor:turnOff\""), "it cannot be turned off while required");
            HttpResponse<String> fresh = submit(
                    web, "account/index.xhtml", account, "twoFactor", "newCodes", Map.of("code", nextCode(secret)));
            List<String> newCodes = recoveryCodes(fresh.body());
            assertEquals(10, newCodes.size(), "ten new recovery codes with a present code: " + fresh.body());
            assertFalse(newCodes.contains(recoveryCodes(on.body()).get(0)), "the old ones are spent");
        } finally {
            assertEquals(
                    200,
                    adminToken
                            .sendWith(
                                    "PUT",
                                    "api/v1/admin/users/security",
                                    Fixtures.json("staffTwoFactor", false),
                                    "Authorization",
                                    bearer)
                            .statusCode());
        }
        assertEquals(200, admin().get("api/v1/admin/users?q=tf-").statusCode(), "optional again: Basic as before");
    }

    @Test
    void apiTokensAreShownOnceScopedExpiringAndRevocable() throws Exception {
        Staff s = newStaff("CLERK");
        Http basic = new Http(base.toString()).basic(s.email(), s.password());
        HttpResponse<String> made = basic.post(
                "api/v1/account/tokens", Fixtures.json("name", "Agenda import", "scope", "CLERK", "expiresInDays", 30));
        assertEquals(201, made.statusCode(), made.body());
        JsonObject created = Http.object(made);
        String token = created.getString("token");
        assertTrue(token.startsWith("podium_") && token.length() > 40, token);
        String listed = basic.get("api/v1/account/tokens").body();
        assertTrue(listed.contains("Agenda import") && !listed.contains(token), "listed without its secret: " + listed);
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement q = c.prepareStatement("SELECT token_hash FROM api_token WHERE id = ?")) {
            q.setLong(1, created.getJsonNumber("id").longValue());
            var rs = q.executeQuery();
            assertTrue(rs.next());
            assertFalse(rs.getString(1).contains(token.substring(7, 20)), "stored hashed");
        }

        Http integration = new Http(base.toString());
        String clerkToken = "Bearer " + token;
        assertEquals(
                200,
                integration
                        .getWith("api/v1/clerk/meetings", "Authorization", clerkToken)
                        .statusCode());
        HttpResponse<String> meeting = integration.sendWith(
                "POST",
                "api/v1/clerk/meetings",
                Fixtures.meetingJson("Token import " + s.id(), Instant.now().plus(Duration.ofDays(44))),
                "Authorization",
                clerkToken,
                "Origin",
                "http://evil.example");
        assertEquals(201, meeting.statusCode(), "a token is its own authority, not a cookie: " + meeting.body());
        Fixtures.assertProblem(integration.getWith("api/v1/admin/users", "Authorization", clerkToken), 403, null);
        HttpResponse<String> tokenMakesToken = integration.sendWith(
                "POST",
                "api/v1/account/tokens",
                Fixtures.json("name", "x", "scope", "READ"),
                "Authorization",
                clerkToken);
        assertEquals(403, tokenMakesToken.statusCode(), tokenMakesToken.body());
        assertTrue(basic.get("api/v1/account/tokens").body().contains("\"lastUsedAt\":\""), "its last use is shown");

        // read only: reads, never writes
        String read = "Bearer "
                + Http.object(basic.post("api/v1/account/tokens", Fixtures.json("name", "Website", "scope", "READ")))
                        .getString("token");
        assertEquals(
                200,
                integration
                        .getWith("api/v1/clerk/meetings", "Authorization", read)
                        .statusCode());
        HttpResponse<String> write = integration.sendWith(
                "POST",
                "api/v1/clerk/meetings",
                Fixtures.meetingJson("Read token", Instant.now().plus(Duration.ofDays(44))),
                "Authorization",
                read);
        assertEquals(403, write.statusCode());
        assertTrue(write.body().contains("may only read"), write.body());

        // refused: a scope beyond the account's roles, no name, a year and more
        Fixtures.assertProblem(
                basic.post("api/v1/account/tokens", Fixtures.json("name", "x", "scope", "ADMIN")), 400, "scope");
        Fixtures.assertProblem(basic.post("api/v1/account/tokens", Fixtures.json("scope", "READ")), 400, "name");
        Fixtures.assertProblem(
                basic.post("api/v1/account/tokens", Fixtures.json("name", "x", "scope", "READ", "expiresInDays", 400)),
                400,
                "days");
        assertEquals(
                401,
                integration
                        .getWith("api/v1/clerk/meetings", "Authorization", "Bearer podium_madeup")
                        .statusCode());

        // expired, revoked: 401
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement u = c.prepareStatement("UPDATE api_token SET expires_at = NOW(6) - INTERVAL 1 SECOND"
                        + " WHERE account_id = ? AND name = 'Website'")) {
            u.setLong(1, s.id());
            assertEquals(1, u.executeUpdate());
        }
        assertEquals(
                401,
                integration
                        .getWith("api/v1/clerk/meetings", "Authorization", read)
                        .statusCode());
        assertEquals(
                200,
                basic.send("DELETE", "api/v1/account/tokens/" + created.getJsonNumber("id"), null)
                        .statusCode());
        HttpResponse<String> revoked = integration.getWith("api/v1/clerk/meetings", "Authorization", clerkToken);
        assertEquals(401, revoked.statusCode());
        assertTrue(revoked.body().contains("revoked"), revoked.body());

        // an administrator makes one for the account; the account's role taken away is gone from its token
        HttpResponse<String> forIt = admin().post(
                        "api/v1/admin/users/" + s.id() + "/tokens",
                        Fixtures.json("name", "Minutes export", "scope", "CLERK", "expiresInDays", 7));
        assertEquals(201, forIt.statusCode(), forIt.body());
        String adminMade = "Bearer " + Http.object(forIt).getString("token");
        assertEquals(
                2 + 1,
                Http.array(admin().get("api/v1/admin/users/" + s.id() + "/tokens"))
                        .size());
        assertEquals(
                200,
                integration
                        .getWith("api/v1/clerk/meetings", "Authorization", adminMade)
                        .statusCode());
        assertEquals(
                200,
                admin().send(
                                "PUT",
                                "api/v1/admin/users/" + s.id() + "/roles",
                                Fixtures.json("roles", List.of("COUNCIL")))
                        .statusCode());
        Fixtures.assertProblem(integration.getWith("api/v1/clerk/meetings", "Authorization", adminMade), 403, null);
        assertEquals(
                200,
                integration
                        .getWith("api/v1/council/meetings", "Authorization", adminMade)
                        .statusCode());
        assertEquals(
                200,
                admin().post("api/v1/admin/users/" + s.id() + "/disable", null).statusCode());
        assertEquals(
                401,
                integration
                        .getWith("api/v1/council/meetings", "Authorization", adminMade)
                        .statusCode(),
                "a disabled account's tokens stop");
        // another account's token cannot be revoked through one's own list
        Staff other = newStaff("CLERK");
        Fixtures.assertProblem(
                new Http(base.toString())
                        .basic(other.email(), other.password())
                        .send(
                                "DELETE",
                                "api/v1/account/tokens/" + Http.object(forIt).getJsonNumber("id"),
                                null),
                404,
                null);
    }
}
