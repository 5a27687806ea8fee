package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's run command, as a person would use it: target/podium.jar started with no database settings comes up on
 * the embedded database under ./data with the demo meetings, and prints a generated password that logs in.
 */
class UberJarSmokeIT {

    static Process process;
    static Path workDir;
    static Path log;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of(System.getProperty("podium.it.target", "target"), "podium.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar + " is built by mvn package");
        workDir = Files.createTempDirectory("podium-smoke");
        log = workDir.resolve("podium.log");
        Path bind = workDir.resolve("loopback.asadmin");
        Files.writeString(bind, "set configs.config.server-config.network-config.network-listeners.network-listener"
                + ".http-listener.address=127.0.0.1\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port + "/";
        ProcessBuilder pb = new ProcessBuilder(List.of("java", "-Xmx512m", "-jar", jar.toString(), "--port",
                String.valueOf(port), "--nocluster", "--prebootcommandfile", bind.toString()))
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        for (String key : List.of("DB_DRIVER", "DB_URL", "DB_USER", "DB_PASSWORD", "PODIUM_DEMO", "PODIUM_DEMO_PASSWORD",
                "PODIUM_ADMIN_EMAIL", "PODIUM_ADMIN_PASSWORD", "MAIL_SMTP_HOST", "MAIL_SMTP_PORT")) {
            env.remove(key);
        }
        process = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        Http http = new Http(base);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("podium.jar exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (http.get("health").statusCode() == 200 && http.get("api/v1/meetings").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("podium.jar did not answer within 240 s:\n" + tail());
    }

    @AfterAll
    static void stop() throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    static String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Test
    void servesTheDemoMeetingFromTheEmbeddedDatabaseAtTheRootPath() throws Exception {
        Http http = new Http(base);
        JsonObject page = Http.object(http.get("api/v1/meetings"));
        JsonObject council = page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("title").equals("Regular Meeting of the City Council")
                        && m.getString("status").equals("SCHEDULED"))
                .findFirst().orElseThrow(() -> new AssertionError("no upcoming council meeting: " + page));
        JsonObject meeting = Http.object(http.get("api/v1/meetings/" + council.getJsonNumber("id")));
        assertTrue(meeting.getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getString("title")
                .equals("Ordinance: 2027 property tax levy increase of $60 million")), meeting.toString());

        HttpResponse<String> home = http.get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Upcoming meetings") && home.body().contains("Regular Meeting of the City Council"));
        assertTrue(Files.isDirectory(workDir.resolve("data")), "the embedded database lives under ./data");
    }

    @Test
    void printsTheAddressAndAGeneratedPasswordThatLogsIn() throws Exception {
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(out.contains("Open http://localhost:"), "the address is printed");
        for (String role : List.of("admin@podium.example", "clerk@podium.example", "council@podium.example",
                "resident@podium.example")) {
            assertTrue(out.contains(role), role + " is printed");
        }
        Matcher m = Pattern.compile("password for all: ([a-z0-9-]{19})\\)").matcher(out);
        assertTrue(m.find(), "a generated password is printed");
        String password = m.group(1);
        JsonObject system = Http.object(new Http(base).basic("admin@podium.example", password).get("api/v1/admin/system"));
        assertTrue(system.getBoolean("embeddedDatabase"));
        assertTrue(system.getString("jdbcUrl").startsWith("jdbc:h2:file:./data/"), system.toString());
        assertEquals(401, new Http(base).basic("admin@podium.example", "not-the-password").get("api/v1/admin/system")
                .statusCode());
    }
}
