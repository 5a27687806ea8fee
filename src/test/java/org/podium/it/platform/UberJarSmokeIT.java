package org.podium.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.podium.it.Deployments;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.PodiumProcess;
import org.podium.it.TestInfrastructure;

/**
 * target/podium.jar as people start it. With no database settings: the embedded database under ./data, the demo
 * meetings and a printed password that logs in (the README's run command). With DB_* on a fresh MySQL-protocol
 * database and no administrator: no demo data, and the first administrator is created with the one-time token from
 * the log.
 */
class UberJarSmokeIT {

    @Test
    void theReadmeRunCommandServesTheDemoOnTheEmbeddedDatabase() throws Exception {
        try (PodiumProcess podium = new PodiumProcess(Map.of())) {
            Http http = new Http(podium.base);
            JsonObject page = Http.object(http.get("api/v1/meetings"));
            JsonObject council = page.getJsonArray("items").stream()
                    .map(v -> v.asJsonObject())
                    .filter(m -> m.getString("title").equals("Regular Meeting of the City Council")
                            && m.getString("status").equals("SCHEDULED"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no upcoming council meeting: " + page));
            JsonObject meeting = Http.object(http.get("api/v1/meetings/" + council.getJsonNumber("id")));
            assertTrue(
                    meeting.getJsonArray("items").stream()
                            .anyMatch(i -> i.asJsonObject()
                                    .getString("title")
                                    .equals("Ordinance: 2027 property tax levy increase of $60 million")),
                    meeting.toString());
            HttpResponse<String> home = http.get("");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Upcoming meetings")
                    && home.body().contains("Regular Meeting of the City Council"));
            assertTrue(Files.isDirectory(podium.workDir.resolve("data")), "the embedded database lives under ./data");

            String out = podium.output();
            assertTrue(out.contains("Open http://localhost:"), "the address is printed");
            for (String role : List.of(
                    "admin@podium.example",
                    "clerk@podium.example",
                    "council@podium.example",
                    "resident@podium.example")) {
                assertTrue(out.contains(role), role + " is printed");
            }
            Matcher m = Pattern.compile("password for all: ([a-z0-9-]{19})\\)").matcher(out);
            assertTrue(m.find(), "a generated password is printed");
            JsonObject system = Http.object(new Http(podium.base)
                    .basic("admin@podium.example", m.group(1))
                    .get("api/v1/admin/system"));
            assertTrue(system.getBoolean("embeddedDatabase") && system.getBoolean("demoMode"));
            assertTrue(system.getString("jdbcUrl").startsWith("jdbc:h2:file:./data/"), system.toString());
            assertEquals(
                    401,
                    new Http(podium.base)
                            .basic("admin@podium.example", "not-the-password")
                            .get("api/v1/admin/system")
                            .statusCode());

            // the demo's waiting comments have been read as any comment is, and its form letter is one campaign
            Http clerk = new Http(podium.base).basic("clerk@podium.example", m.group(1));
            Map<Long, Integer> campaigns = new HashMap<>();
            var waiting = Http.object(clerk.get("api/v1/clerk/queue")).getJsonArray("items");
            assertTrue(waiting.size() >= 5, waiting.toString());
            for (var row : waiting) {
                String t = row.asJsonObject().getString("trackingNumber");
                JsonObject analysis =
                        Http.object(clerk.get("api/v1/comments/" + t)).getJsonObject("analysis");
                assertTrue(analysis != null && analysis.containsKey("stance") && analysis.containsKey("topics"), t);
                // the campaign is found in the background, right after the comment is stored
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (!analysis.containsKey("campaignId") && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    analysis = Http.object(clerk.get("api/v1/comments/" + t)).getJsonObject("analysis");
                }
                campaigns.merge(analysis.getJsonNumber("campaignId").longValue(), 1, Integer::sum);
            }
            assertTrue(campaigns.containsValue(3), "the form letter's three copies: " + campaigns);
        }
    }

    @Test
    void onAFreshDatabaseTheFirstAdministratorComesFromTheOneTimeToken() throws Exception {
        Map<String, String> env = Map.of(
                "DB_DRIVER",
                "com.mysql.cj.jdbc.MysqlDataSource",
                "DB_URL",
                TestInfrastructure.jdbcUrl(TestInfrastructure.SETUP_DB_NAME)
                        + "?useSSL=false&allowPublicKeyRetrieval=true",
                "DB_USER",
                TestInfrastructure.DB_USER,
                "DB_PASSWORD",
                TestInfrastructure.DB_PASSWORD);
        try (PodiumProcess podium = new PodiumProcess(env)) {
            Http http = new Http(podium.base);
            assertEquals(0, Http.object(http.get("api/v1/meetings")).getInt("total"), "no demo data outside demo mode");
            assertEquals(
                    401,
                    new Http(podium.base)
                            .basic("admin@podium.example", "anything at all")
                            .get("api/v1/admin/system")
                            .statusCode(),
                    "no demo accounts outside demo mode");
            String out = podium.output();
            assertFalse(out.contains("Demo logins"));
            Matcher m =
                    Pattern.compile("one-time setup token: ([A-Za-z0-9_-]{43})").matcher(out);
            assertTrue(m.find(), "the setup token is printed:\n" + podium.tail());
            String first = m.group(1);
            String token;
            // a second instance on the same database (a cluster, or a restart): its token replaces the first one, on
            // every instance; the first instance's page takes the second's token
            try (PodiumProcess second = new PodiumProcess(env)) {
                Matcher n = Pattern.compile("one-time setup token: ([A-Za-z0-9_-]{43})")
                        .matcher(second.output());
                assertTrue(n.find(), "the second instance prints a token too:\n" + second.tail());
                token = n.group(1);
                assertFalse(token.equals(first));
            }
            assertTrue(
                    setup(http, first, "a long admin passphrase").contains("This setup token is not right"),
                    "the token printed first was replaced");

            assertTrue(
                    setup(http, "not-the-token", "a long admin passphrase").contains("This setup token is not right"));
            assertTrue(setup(http, token, "password1234").contains("too common"));
            HttpResponse<String> done = post(http, token, "a long admin passphrase");
            assertEquals(302, done.statusCode(), done.body());
            assertTrue(done.headers().firstValue("Location").orElse("").contains("login.xhtml"));

            JsonObject system = Http.object(new Http(podium.base)
                    .basic("first@city.example", "a long admin passphrase")
                    .get("api/v1/admin/system"));
            assertEquals(TestInfrastructure.jdbcUrl(TestInfrastructure.SETUP_DB_NAME), system.getString("jdbcUrl"));
            assertFalse(system.getBoolean("demoMode"));
            assertTrue(http.get("setup.xhtml").body().contains("already has an administrator"), "the token died");
        }
    }

    @Test
    void theDeploymentsFirstCouncilSettingsAndItsPerAddressLimitApply() throws Exception {
        try (PodiumProcess podium = new PodiumProcess(Map.of(
                "PODIUM_COMMENT_ACCEPT_LATE",
                "true",
                "PODIUM_COMMENT_MAX_PER_ADDRESS_PER_HOUR",
                "3",
                "PODIUM_SCREEN_BURST_PER_TEN_MINUTES",
                "2",
                "PODIUM_DEMO_PASSWORD",
                Deployments.DEMO_PASSWORD))) {
            Http http = new Http(podium.base);
            JsonObject past = Http.object(http.get("api/v1/meetings?size=100")).getJsonArray("items").stream()
                    .map(v -> v.asJsonObject())
                    .filter(m -> m.getString("status").equals("ADJOURNED"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the demo has a past meeting"));
            long item = Http.object(http.get("api/v1/meetings/" + past.getJsonNumber("id")))
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue();
            assertEquals(
                    "ADJOURNED",
                    Http.object(http.get("api/v1/items/" + item))
                            .getJsonObject("comment")
                            .getString("state"));
            HttpResponse<String> late = http.post(
                    "api/v1/items/" + item + "/comments",
                    Fixtures.json(
                            "position", "OPPOSE", "text", "Late, but please keep it.", "email", "late@example.org"));
            assertEquals(201, late.statusCode(), late.body());
            assertEquals("RECORD_ONLY", Http.object(late).getString("status"));
            JsonObject tracking =
                    Http.object(http.get("api/v1/comments/" + Http.object(late).getString("trackingNumber")));
            assertEquals(2, tracking.getJsonArray("history").size(), "received, then record only (late)");

            // three comments an hour from one address (here, every test request comes from 127.0.0.1)
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> again = http.post(
                        "api/v1/items/" + item + "/comments",
                        Fixtures.json(
                                "position", "OPPOSE", "text", "Late again", "email", "late" + i + "@example.org"));
                assertEquals(201, again.statusCode());
                numbers.add(Http.object(again).getString("trackingNumber"));
            }
            // more than 2 comments in ten minutes from one address: the third carries the pre-screen's burst flag
            Http clerk = new Http(podium.base).basic(Deployments.CLERK, Deployments.DEMO_PASSWORD);
            assertEquals(List.of(), flags(clerk, numbers.get(0)));
            assertEquals(List.of("burst"), flags(clerk, numbers.get(1)));
            HttpResponse<String> fourth = http.post(
                    "api/v1/items/" + item + "/comments",
                    Fixtures.json("position", "OPPOSE", "text", "One too many", "email", "other@example.org"));
            assertEquals(429, fourth.statusCode(), fourth.body());
            assertTrue(
                    Integer.parseInt(fourth.headers().firstValue("Retry-After").orElse("0")) > 0);
            assertTrue(
                    Http.object(fourth).getString("detail").contains("minute")
                            || Http.object(fourth).getString("detail").contains("hour"),
                    fourth.body());
        }
    }

    static List<String> flags(Http clerk, String trackingNumber) {
        HttpResponse<String> r = clerk.get("api/v1/comments/" + trackingNumber);
        assertEquals(200, r.statusCode(), r.body());
        return Http.object(r).getJsonObject("moderation").getJsonArray("flags").stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
    }

    static String setup(Http http, String token, String password) {
        return post(http, token, password).body();
    }

    static HttpResponse<String> post(Http http, String token, String password) {
        String page = http.get("setup.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("setup", "setup");
        form.put("setup:token", token);
        form.put("setup:displayName", "First Administrator");
        form.put("setup:email", "first@city.example");
        form.put("setup:password", password);
        form.put("setup:submit", "Create administrator");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        form.put("primefaces.nonce", Http.nonce(page));
        return http.postForm("setup.xhtml", form);
    }
}
