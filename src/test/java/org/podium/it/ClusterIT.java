package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two instances of target/podium.jar in one Payara Micro cluster on loopback (Hazelcast, TCP/IP discovery), sharing
 * one MySQL-protocol database, as production runs them behind a load balancer: a display connected to instance B sees
 * the clerk's action taken on instance A, pushed, without a reload.
 */
class ClusterIT {

    static final String PASSWORD = "cluster-it-password-2026";

    @Test
    void aDisplayOnOneInstanceIsPushedTheClerksActionOnTheOther() throws Exception {
        int gridA = freePort();
        int gridB = freePort();
        String members = "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        String cluster = "podium-it-" + UUID.randomUUID();
        try (PodiumProcess a = new PodiumProcess(environment(), options(cluster, members, gridA));
                PodiumProcess b = new PodiumProcess(environment(), options(cluster, members, gridB))) {
            awaitMembers(a, 2);
            awaitMembers(b, 2);

            Http clerk = new Http(a.base).basic("clerk@podium.example", PASSWORD);
            long meeting = ServerIT.createMeeting(clerk, "Cluster " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
            long item = ServerIT.addItem(clerk, meeting, "1", "Ordinance: property tax levy");
            ServerIT.publish(clerk, meeting);
            for (String who : List.of("Ana Ruiz", "Ben Okafor")) {
                assertEquals(201, new Http(a.base).post("api/v1/items/" + item + "/speakers", "{\"name\":\"" + who
                        + "\",\"email\":\"" + UUID.randomUUID() + "@example.org\",\"mode\":\"IN_PERSON\"}").statusCode());
            }

            // a display (the push channel) connected to B only
            BlockingQueue<String> pushed = new LinkedBlockingQueue<>();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(
                    URI.create(b.base.replaceFirst("^http", "ws") + "live/" + meeting), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            pushed.add(data.toString());
                            w.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
            try (Browser display = new Browser(b.base)) {
                display.open("display.xhtml?meeting=" + meeting);
                live(clerk, meeting, "{\"action\":\"ITEM\",\"itemId\":" + item + "}");
                assertEquals("changed", pushed.poll(10, TimeUnit.SECONDS), "B's display is told of A's action");

                JsonObject state = live(clerk, meeting, "{\"action\":\"NEXT\"}");
                assertEquals("Ana Ruiz", state.getJsonObject("current").getString("name"));
                assertEquals("changed", pushed.poll(10, TimeUnit.SECONDS));
                new WebDriverWait(display.driver, java.time.Duration.ofSeconds(5))
                        .until(d -> display.text("liveSpeaker").equals("Ana Ruiz"));
                assertEquals("Ana Ruiz", Http.object(new Http(b.base).get("api/v1/meetings/" + meeting + "/live"))
                        .getJsonObject("current").getString("name"), "B reads the state A wrote");

                List<Long> latencies = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    long sent = System.nanoTime();
                    live(clerk, meeting, "{\"action\":\"" + (i % 2 == 0 ? "PAUSE" : "RESUME") + "\"}");
                    assertEquals("changed", pushed.poll(10, TimeUnit.SECONDS), "action " + i + " reaches B");
                    latencies.add((System.nanoTime() - sent) / 1_000_000);
                }
                live(clerk, meeting, "{\"action\":\"NEXT\"}");
                new WebDriverWait(display.driver, java.time.Duration.ofSeconds(5))
                        .until(d -> display.text("liveSpeaker").equals("Ben Okafor"));
                System.out.printf("cluster push A -> display on B: %s ms%n", latencies);
            } finally {
                socket.abort();
            }
        }
    }

    private static JsonObject live(Http clerk, long meeting, String action) {
        var r = clerk.post("api/v1/clerk/meetings/" + meeting + "/live", action);
        assertEquals(200, r.statusCode(), r.body());
        return Http.object(r);
    }

    static List<String> options(String cluster, String members, int gridPort) {
        return List.of("--clustername", cluster, "--clustermode", members, "--interfaces", "127.0.0.1",
                "--hzpublicaddress", "127.0.0.1", "--startport", String.valueOf(gridPort), "--nohostaware");
    }

    static Map<String, String> environment() {
        return Map.of(
                "DB_DRIVER", "com.mysql.cj.jdbc.MysqlDataSource",
                "DB_URL", TestInfrastructure.jdbcUrl(TestInfrastructure.CLUSTER_DB_NAME) + "?useSSL=false&allowPublicKeyRetrieval=true",
                "DB_USER", TestInfrastructure.DB_USER, "DB_PASSWORD", TestInfrastructure.DB_PASSWORD,
                "PODIUM_DEMO", "true", "PODIUM_DEMO_PASSWORD", PASSWORD,
                "MAIL_SMTP_HOST", "127.0.0.1", "MAIL_SMTP_PORT", System.getProperty("podium.it.smtp.port"));
    }

    /** Payara logs the data grid each time its membership changes; both instances must see both. */
    static void awaitMembers(PodiumProcess p, int size) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (p.output().contains("DG Size: " + size)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the instances did not form a cluster of " + size + ":\n" + p.tail());
    }

    static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
