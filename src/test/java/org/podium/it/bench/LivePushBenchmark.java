package org.podium.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.podium.bench.BenchTable;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.PodiumProcess;
import org.podium.it.SignUps;
import org.podium.it.TestInfrastructure;

/**
 * Push latency: 200 displays connected to a meeting's channel; the clerk pauses and resumes the timer 20 times
 * unmeasured (the server's and the displays' code compiled, as in a meeting under way), then 100 times; for each
 * action, the time from sending it to each display receiving "changed". Next to a static file's round trip on the same
 * server. Prints p50/p99; never fails on a timing. Run with {@code mvn -B verify -Pbench}.
 */
class LivePushBenchmark {

    static final int DISPLAYS = Integer.getInteger("bench.live.displays", 200);
    static final int ROUNDS = Integer.getInteger("bench.live.rounds", 100);
    static final int WARMUP = Integer.getInteger("bench.live.warmup", 20);

    @Test
    void twoHundredDisplaysArePushedEachAction() throws Exception {
        try (PodiumProcess podium = new PodiumProcess(CommentSubmissionBenchmark.environment())) {
            measure(
                    "one instance",
                    podium.base,
                    podium.base,
                    CommentSubmissionBenchmark.DEMO_PASSWORD,
                    TestInfrastructure.BENCH_DB_NAME);
        }
    }

    /** The same with the displays on instance B of a two-instance cluster and the clerk on instance A. */
    @Test
    void twoHundredDisplaysOnTheOtherInstanceOfAClusterArePushedEachAction() throws Exception {
        int gridA = PodiumProcess.freePort();
        int gridB = PodiumProcess.freePort();
        String members = "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        String cluster = "podium-bench-" + UUID.randomUUID();
        try (PodiumProcess a = new PodiumProcess(
                        PodiumProcess.clusterEnvironment(), PodiumProcess.clusterOptions(cluster, members, gridA));
                PodiumProcess b = new PodiumProcess(
                        PodiumProcess.clusterEnvironment(), PodiumProcess.clusterOptions(cluster, members, gridB))) {
            PodiumProcess.awaitMembers(a, 2);
            PodiumProcess.awaitMembers(b, 2);
            measure(
                    "clerk on A, displays on B",
                    a.base,
                    b.base,
                    PodiumProcess.CLUSTER_PASSWORD,
                    TestInfrastructure.CLUSTER_DB_NAME);
        }
    }

    private static void measure(String setting, String clerkBase, String displayBase, String password, String database)
            throws Exception {
        Http clerk = new Http(clerkBase).basic("clerk@podium.example", password);
        long meeting = Fixtures.createMeeting(
                clerk, "Push benchmark " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
        long item = Fixtures.addItem(clerk, meeting, "1", "Ordinance: property tax levy");
        Fixtures.publish(clerk, meeting);
        String email = "push-" + UUID.randomUUID() + "@example.org";
        String number = SignUps.signUp(new Http(clerkBase), item, Fixtures.json("email", email, "mode", "IN_PERSON"));
        SignUps.confirm(new Http(clerkBase), number, SignUps.token(database, email));
        assertEquals(
                200,
                clerk.post(
                                "api/v1/clerk/meetings/" + meeting + "/live",
                                Fixtures.json("action", "ITEM", "itemId", item))
                        .statusCode());
        assertEquals(
                200,
                clerk.post("api/v1/clerk/meetings/" + meeting + "/live", Fixtures.json("action", "NEXT"))
                        .statusCode());

        AtomicReference<CountDownLatch> round = new AtomicReference<>(new CountDownLatch(0));
        long[][] received = new long[ROUNDS][DISPLAYS];
        int[] current = {-1};
        HttpClient client = HttpClient.newHttpClient();
        List<WebSocket> sockets = new ArrayList<>();
        for (int d = 0; d < DISPLAYS; d++) {
            int display = d;
            sockets.add(client.newWebSocketBuilder()
                    .buildAsync(
                            URI.create(displayBase.replaceFirst("^http", "ws") + "live/" + meeting),
                            new WebSocket.Listener() {
                                @Override
                                public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                                    int r = current[0];
                                    if (r >= 0 && received[r][display] == 0) {
                                        received[r][display] = System.nanoTime();
                                    }
                                    round.get().countDown();
                                    w.request(1);
                                    return null;
                                }
                            })
                    .get(30, TimeUnit.SECONDS));
        }
        long[] sent = new long[ROUNDS];
        for (int r = -WARMUP; r < ROUNDS; r++) {
            // rounds of warm-up, not reported
            int slot = Math.max(r, 0);
            round.set(new CountDownLatch(DISPLAYS));
            current[0] = r;
            sent[slot] = System.nanoTime();
            assertEquals(
                    200,
                    clerk.post(
                                    "api/v1/clerk/meetings/" + meeting + "/live",
                                    Fixtures.json("action", r % 2 == 0 ? "PAUSE" : "RESUME"))
                            .statusCode());
            round.get().await(30, TimeUnit.SECONDS);
        }
        sockets.forEach(WebSocket::abort);
        List<Long> all = new ArrayList<>();
        int missing = 0;
        for (int r = 0; r < ROUNDS; r++) {
            for (int d = 0; d < DISPLAYS; d++) {
                if (received[r][d] == 0) {
                    missing++;
                } else {
                    all.add(received[r][d] - sent[r]);
                }
            }
        }
        long[] t = all.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] file = new long[ROUNDS];
        Http anon = new Http(displayBase);
        for (int i = 0; i < ROUNDS; i++) {
            long s = System.nanoTime();
            assertEquals(
                    200, anon.get("jakarta.faces.resource/css/podium.css.xhtml").statusCode());
            file[i] = System.nanoTime() - s;
        }
        Arrays.sort(file);
        double fileP50 = file[ROUNDS / 2] / 1e6;
        System.out.printf(
                Locale.ROOT, "%n=== Live push (%s): %d displays, %d clerk actions ===%n", setting, DISPLAYS, ROUNDS);
        System.out.printf(Locale.ROOT, "%-40s %9s %9s %9s%n", "figure", "p50 ms", "p99 ms", "ratio");
        System.out.printf(
                Locale.ROOT,
                "%-40s %9.1f %9.1f %9.1f%n",
                "static file round trip (raw limit)",
                fileP50,
                file[(int) Math.ceil(ROUNDS * 0.99) - 1] / 1e6,
                1.0);
        System.out.printf(
                Locale.ROOT,
                "%-40s %9.1f %9.1f %9.1f%n",
                "action sent -> display told (all displays)",
                t[t.length / 2] / 1e6,
                t[(int) Math.ceil(t.length * 0.99) - 1] / 1e6,
                t[t.length / 2] / 1e6 / fileP50);
        System.out.printf(Locale.ROOT, "pushes received %d of %d%n", t.length, ROUNDS * DISPLAYS);
        double fileP99 = file[(int) Math.ceil(ROUNDS * 0.99) - 1] / 1e6;
        BenchTable.record(
                "Live push (" + setting + ")",
                "action sent -> every display told, p50",
                "ms",
                t[t.length / 2] / 1e6,
                "static file round trip p50, ms",
                fileP50);
        BenchTable.record(
                "Live push (" + setting + ")",
                "action sent -> every display told, p99",
                "ms",
                t[(int) Math.ceil(t.length * 0.99) - 1] / 1e6,
                "static file round trip p99, ms",
                fileP99);
        assertEquals(0, missing, "every display is told of every action");
    }
}
