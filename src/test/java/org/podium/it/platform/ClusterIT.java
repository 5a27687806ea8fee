package org.podium.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.it.Browser;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.NginxProcess;
import org.podium.it.PodiumProcess;
import org.podium.it.SignUps;
import org.podium.it.SubmissionLoad;
import org.podium.it.TestInfrastructure;

/**
 * Production on this machine: two instances of target/podium.jar in one Payara Micro cluster on loopback (Hazelcast,
 * TCP/IP discovery), one MySQL-protocol database, and Debian's nginx in front with production's proxy settings
 * (docker/nginx/podium-proxy.conf). Instances are killed with SIGKILL, as a crash or the kernel's OOM killer would.
 *
 * <p>The tests run in order on the same cluster; each one first starts again an instance an earlier one killed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private final String cluster = "podium-it-" + UUID.randomUUID();
    private final int[] grid = new int[2];
    private final int[] http = new int[2];
    private final PodiumProcess[] instances = new PodiumProcess[2];
    private NginxProcess nginx;
    private Http clerk;
    private long meeting;
    private long item;
    /** The attachments folder both instances share, as production mounts one volume on every instance. */
    private Path files;

    @BeforeAll
    void startCluster() throws Exception {
        files = Files.createTempDirectory("podium-cluster-files");
        for (int i = 0; i < 2; i++) {
            grid[i] = PodiumProcess.freePort();
            http[i] = PodiumProcess.freePort();
        }
        instances[0] = start(0);
        instances[1] = start(1);
        PodiumProcess.awaitMembers(instances[0], 2);
        PodiumProcess.awaitMembers(instances[1], 2);
        nginx = new NginxProcess(List.of(http[0], http[1]));

        clerk = new Http(instances[0].base).basic("clerk@podium.example", PodiumProcess.CLUSTER_PASSWORD);
        meeting = Fixtures.createMeeting(
                clerk, "Cluster " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
        item = Fixtures.addItem(clerk, meeting, "1", "Ordinance: property tax levy");
        Fixtures.publish(clerk, meeting);
    }

    @AfterAll
    void stopCluster() throws Exception {
        try (NginxProcess n = nginx;
                PodiumProcess a = instances[0];
                PodiumProcess b = instances[1]) {
            // closed in reverse order, each by its own process
        } finally {
            Browser.deleteTree(files);
        }
    }

    private PodiumProcess start(int i) throws Exception {
        String members = "tcpip:127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
        Map<String, String> env = new HashMap<>(PodiumProcess.clusterEnvironment());
        env.put("PODIUM_FILES_DIR", files.toString());
        return new PodiumProcess(env, PodiumProcess.clusterOptions(cluster, members, grid[i]), http[i]);
    }

    /** Both instances running and in one cluster: an instance an earlier test killed is started again. */
    private void bothRunning() throws Exception {
        for (int i = 0; i < 2; i++) {
            if (!instances[i].alive()) {
                instances[i].close();
                instances[i] = start(i);
            }
        }
        PodiumProcess.awaitMembers(instances[0], 2);
        PodiumProcess.awaitMembers(instances[1], 2);
    }

    /** The instance nginx sends this client's requests to. */
    private int serving() {
        HttpResponse<String> r = new Http(nginx.base).get("api/v1/meetings");
        assertEquals(200, r.statusCode());
        String upstream = r.headers().firstValue(NginxProcess.UPSTREAM_HEADER).orElseThrow();
        for (int i = 0; i < 2; i++) {
            if (upstream.equals("127.0.0.1:" + http[i])) {
                return i;
            }
        }
        throw new AssertionError("nginx served from " + upstream);
    }

    /**
     * What nginx refuses before any instance sees it is answered in problem+json, like Podium's own errors
     * (docker/nginx/podium-errors.conf): a NUL byte in the path, a request line it cannot read, a body announced
     * larger than it accepts. An instance's own error passes through as the instance wrote it.
     */
    @Test
    @Order(0)
    void whatNginxRefusesItselfIsProblemJsonAndAnInstancesOwnErrorPassesThrough() throws Exception {
        String[][] refused = {
            {"GET /api/v1/comments/%00 HTTP/1.1\r\nHost: podium.test\r\n\r\n", "400", "problem.badRequest"},
            {"GARBAGE\r\n\r\n", "400", "problem.badRequest"},
            {
                "POST /api/v1/items/1/comments HTTP/1.1\r\nHost: podium.test\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 60000000\r\n\r\n",
                "413",
                "problem.tooLarge"
            }
        };
        for (String[] r : refused) {
            String[] answer = raw(r[0]);
            assertTrue(answer[0].startsWith("HTTP/1.1 " + r[1] + " "), () -> r[0] + " -> " + answer[0]);
            assertTrue(
                    answer[1].toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"),
                    () -> r[0] + " -> " + answer[1]);
            JsonObject problem = Json.createReader(new StringReader(answer[2])).readObject();
            assertEquals(Integer.parseInt(r[1]), problem.getInt("status"));
            assertEquals("urn:podium:problem:" + r[2], problem.getString("type"));
            assertTrue(problem.getString("detail").length() > 20, answer[2]);
        }
        HttpResponse<String> podiums = new Http(nginx.base).get("api/v1/comments/PDM-0000000");
        assertEquals(404, podiums.statusCode());
        assertEquals(
                "urn:podium:problem:comment.notFound",
                Http.object(podiums).getString("type"),
                "an instance's own problem is not replaced by nginx's");
    }

    /** Sends bytes to nginx as they are; returns the status line, the headers and the body of its answer. */
    private String[] raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", URI.create(nginx.base).getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int head = answer.indexOf("\r\n\r\n");
            assertTrue(head > 0, () -> "no answer from nginx to " + request + ": " + answer);
            String headers = answer.substring(0, head);
            return new String[] {headers.lines().findFirst().orElse(""), headers, answer.substring(head + 4)};
        }
    }

    @Test
    @Order(1)
    void aDisplayOnOneInstanceIsPushedTheClerksActionOnTheOther() throws Exception {
        PodiumProcess a = instances[0];
        PodiumProcess b = instances[1];
        for (String who : List.of("Ana Ruiz", "Ben Okafor")) {
            String email = UUID.randomUUID() + "@example.org";
            String number = SignUps.signUp(new Http(a.base), item, SignUps.body(who, email, "IN_PERSON"));
            SignUps.confirm(new Http(a.base), number, SignUps.token(TestInfrastructure.CLUSTER_DB_NAME, email));
        }
        // a display (the push channel) connected to B only
        BlockingQueue<String> pushed = new LinkedBlockingQueue<>();
        WebSocket socket = listen(b.base, pushed);
        try (Browser display = new Browser(b.base)) {
            display.open("display.xhtml?meeting=" + meeting);
            live(clerk, Fixtures.json("action", "ITEM", "itemId", item));
            assertEquals("changed", pushed.poll(10, TimeUnit.SECONDS), "B's display is told of A's action");

            JsonObject state = live(clerk, Fixtures.json("action", "NEXT"));
            assertEquals("Ana Ruiz", state.getJsonObject("current").getString("name"));
            assertEquals("changed", pushed.poll(10, TimeUnit.SECONDS));
            new WebDriverWait(display.driver, Duration.ofSeconds(5))
                    .until(d -> display.text("liveSpeaker").equals("Ana Ruiz"));
            assertEquals(
                    "Ana Ruiz",
                    Http.object(new Http(b.base).get("api/v1/meetings/" + meeting + "/live"))
                            .getJsonObject("current")
                            .getString("name"),
                    "B reads the state A wrote");

            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long sent = System.nanoTime();
                live(clerk, Fixtures.json("action", i % 2 == 0 ? "PAUSE" : "RESUME"));
                assertEquals("changed", pushed.poll(10, TimeUnit.SECONDS), "action " + i + " reaches B");
                latencies.add((System.nanoTime() - sent) / 1_000_000);
            }
            live(clerk, Fixtures.json("action", "NEXT"));
            new WebDriverWait(display.driver, Duration.ofSeconds(5))
                    .until(d -> display.text("liveSpeaker").equals("Ben Okafor"));
            System.out.printf("cluster push A -> display on B: %s ms%n", latencies);
        } finally {
            socket.abort();
        }
    }

    @Test
    @Order(2)
    void theLiveDisplayThroughNginxIsPushedActionsTakenOnEitherInstance() throws Exception {
        bothRunning();
        BlockingQueue<String> pushed = new LinkedBlockingQueue<>();
        WebSocket socket = listen(nginx.base, pushed); // upgraded by nginx (podium-proxy.conf)
        try {
            for (int i = 0; i < 2; i++) {
                Http onInstance =
                        new Http(instances[i].base).basic("clerk@podium.example", PodiumProcess.CLUSTER_PASSWORD);
                var r = onInstance.post("api/v1/clerk/meetings/" + meeting + "/live", Fixtures.json("action", "PAUSE"));
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(
                        "changed",
                        pushed.poll(10, TimeUnit.SECONDS),
                        "an action on instance " + i + " is pushed through nginx");
                onInstance.post("api/v1/clerk/meetings/" + meeting + "/live", Fixtures.json("action", "RESUME"));
                assertEquals("changed", pushed.poll(10, TimeUnit.SECONDS));
            }
        } finally {
            socket.abort();
        }
    }

    @Test
    @Order(3)
    void aResidentWhoseInstanceDiesBetweenPreviewAndSubmitIsServedByTheOtherAndStoredOnce() throws Exception {
        bothRunning();
        String text = "Failover " + UUID.randomUUID() + ": please phase the levy increase in over three years.";
        Path letter = Files.createTempFile("letter", ".pdf");
        Files.writeString(letter, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        try (Browser resident = new Browser(nginx.base)) {
            resident.open("item.xhtml?id=" + item);
            resident.type("comment:text", text)
                    .type("comment:email", UUID.randomUUID() + "@example.org")
                    .type("comment:name", "Marta Jiménez");
            resident.driver.findElements(By.cssSelector("input[name='comment:position']")).stream()
                    .filter(e -> "OPPOSE".equals(e.getAttribute("value")))
                    .findFirst()
                    .orElseThrow()
                    .click();
            resident.find("comment:files").sendKeys(letter.toString());
            resident.press("comment:preview");
            assertEquals(text, resident.text("previewText"));

            int a = serving(); // the same client address, so the same instance as the resident's
            instances[a].kill();
            try {
                resident.press("confirm:submit");
            } catch (TimeoutException e) {
                throw new AssertionError(
                        "no answer after the failover:\n" + nginx.log() + "\n" + instances[1 - a].threadDump(), e);
            }

            assertTrue(
                    resident.present("trackingNumber"),
                    "the receipt, served by the other instance:\n" + resident.body() + "\n"
                            + instances[1 - a].problems());
            String tracking = resident.text("trackingNumber");
            assertTrue(
                    tracking.matches("PDM-\\d{2}-\\d{6,}-[A-Z]"),
                    "the receipt, served by the other instance: " + resident.body());
            assertEquals(1 - a, serving(), "nginx now sends this resident to the other instance");
            try (Connection db = TestInfrastructure.connect(TestInfrastructure.CLUSTER_DB_NAME);
                    PreparedStatement s = db.prepareStatement(
                            "SELECT c.tracking_number, (SELECT COUNT(*) FROM comment_attachment f WHERE f.comment_id = c.id) "
                                    + "FROM comment c WHERE c.body = ?")) {
                s.setString(1, text);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), "stored");
                    assertEquals(tracking, rs.getString(1));
                    assertEquals(1, rs.getInt(2), "with the file chosen on the dead instance");
                    assertTrue(!rs.next(), "stored once");
                }
            }
        } finally {
            Files.deleteIfExists(letter);
        }
    }

    @Test
    @Order(4)
    void aFileStoredByOneInstanceIsReadByEither() throws Exception {
        bothRunning();
        String pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
        var stored = new Http(instances[0].base)
                .basic("clerk@podium.example", PodiumProcess.CLUSTER_PASSWORD)
                .post(
                        "api/v1/clerk/items/" + item + "/comments",
                        Fixtures.json(
                                "channel",
                                "LETTER",
                                "receivedAt",
                                Instant.now().minusSeconds(60),
                                "text",
                                "A scanned letter about the levy, filed on one instance.",
                                "attachments",
                                List.of(Fixtures.object(
                                        "fileName",
                                        "letter.pdf",
                                        "contentBase64",
                                        Base64.getEncoder().encodeToString(pdf.getBytes(StandardCharsets.US_ASCII))))));
        assertEquals(201, stored.statusCode(), stored.body());
        String tracking = Http.object(stored).getString("trackingNumber");
        for (PodiumProcess p : instances) {
            var file = new Http(p.base)
                    .basic("clerk@podium.example", PodiumProcess.CLUSTER_PASSWORD)
                    .get("api/v1/comments/" + tracking + "/attachments/1");
            assertEquals(200, file.statusCode(), p.base + ": " + file.body());
            assertEquals(pdf, file.body(), "the same file from " + p.base);
        }
    }

    @Test
    @Order(5)
    void noAcknowledgedCommentIsLostWhileAnInstanceDiesUnderLoad() throws Exception {
        bothRunning();
        int a = serving();
        String counts;
        try (SubmissionLoad load = new SubmissionLoad(nginx.base, item, 8);
                Connection db = TestInfrastructure.connect(TestInfrastructure.CLUSTER_DB_NAME)) {
            load.awaitMore(100);
            instances[a].kill();
            long killed = System.nanoTime();
            load.awaitMore(200); // the other instance carries on
            System.out.printf(
                    "instance killed under load; 200 more acknowledged %d ms later%n",
                    (System.nanoTime() - killed) / 1_000_000);
            counts = load.verify(db, "kill -9 of the serving instance under load");
        }
        assertTrue(counts.contains("acknowledged"), counts);
    }

    private JsonObject live(Http as, String action) {
        var r = as.post("api/v1/clerk/meetings/" + meeting + "/live", action);
        assertEquals(200, r.statusCode(), r.body());
        return Http.object(r);
    }

    private WebSocket listen(String base, BlockingQueue<String> pushed) throws Exception {
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "live/" + meeting), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        pushed.add(data.toString());
                        w.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
    }

    /**
     * Issue 21: the limits are the cluster's, not each instance's: password guesses spread over both instances are
     * counted together, and so are the comments of one mailbox.
     */
    @Test
    @Order(6)
    void limitsAreCountedOnceForTheWholeCluster() throws Exception {
        bothRunning();
        String guesser = SignUps.network();
        // five wrong passwords for the council member (an account no other test here uses), alternating between the
        // instances: the sixth try, even the right password, is refused on either (each had seen fewer than five)
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = new Http(instances[i % 2].base)
                    .basic("council@podium.example", "wrong-" + i)
                    .getWith("api/v1/council/meetings", "X-Forwarded-For", guesser);
            assertEquals(401, r.statusCode(), r.body());
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = new Http(instances[i].base)
                    .basic("council@podium.example", PodiumProcess.CLUSTER_PASSWORD)
                    .getWith("api/v1/council/meetings", "X-Forwarded-For", guesser);
            assertEquals(429, r.statusCode(), "instance " + i + ": " + r.body());
        }
        // ten comments of one mailbox, five on each instance: the eleventh is refused on either
        String box = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> r = new Http(instances[i % 2].base)
                    .postBytes(
                            "api/v1/items/" + item + "/comments",
                            Fixtures.json(
                                            "position",
                                            "SUPPORT",
                                            "text",
                                            "Comment " + i + " of one mailbox",
                                            "email",
                                            box)
                                    .getBytes(StandardCharsets.UTF_8),
                            "X-Forwarded-For",
                            SignUps.network());
            assertEquals(201, r.statusCode(), r.body());
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = new Http(instances[i].base)
                    .postBytes(
                            "api/v1/items/" + item + "/comments",
                            Fixtures.json("position", "SUPPORT", "text", "One too many", "email", box)
                                    .getBytes(StandardCharsets.UTF_8),
                            "X-Forwarded-For",
                            SignUps.network());
            assertEquals(429, r.statusCode(), "instance " + i + ": " + r.body());
        }
    }
}
