package org.podium.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.podium.bench.BenchTable;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.PodiumProcess;
import org.podium.it.SignUps;
import org.podium.it.TestInfrastructure;

/**
 * A burst of 500 sign-ups to speak sent at once (100 connections) for 10 places: every one answered, exactly 10
 * confirmed, and the latency of the answers, next to a static file of the same server under the same burst. Prints
 * figures; never fails on a timing. Run with {@code mvn -B verify -Pbench}.
 */
class SpeakerSignUpBenchmark {

    static final int BURST = Integer.getInteger("bench.speakers.burst", 500);
    static final int CONNECTIONS = 100;

    @Test
    void fiveHundredSignUpsAtOnceForTenPlaces() throws Exception {
        try (PodiumProcess podium = new PodiumProcess(CommentSubmissionBenchmark.environment())) {
            Http clerk = new Http(podium.base).basic("clerk@podium.example", CommentSubmissionBenchmark.DEMO_PASSWORD);
            // warm-up on a meeting of its own, not reported
            long[] warm = meeting(clerk);
            burst(podium.base, "api/v1/items/" + warm[1] + "/speakers", 300, true);
            double[] staticFile = burst(podium.base, "jakarta.faces.resource/css/podium.css.xhtml", BURST, false);
            long[] m = meeting(clerk);
            long start = System.nanoTime();
            double[] signUps = burst(podium.base, "api/v1/items/" + m[1] + "/speakers", BURST, true);
            double wall = (System.nanoTime() - start) / 1e9;
            // a place is taken when the address is confirmed (issue 21): the confirmations, all at once, decide them
            double[] confirms = confirmAll(podium.base, m[0]);
            long confirmed = Http.object(new Http(podium.base).get("api/v1/meetings/" + m[0] + "/speakers"))
                    .getJsonArray("speakers")
                    .stream()
                    .filter(v -> v.asJsonObject().getString("status").equals("CONFIRMED"))
                    .count();
            assertEquals(10, confirmed);
            System.out.printf(
                    Locale.ROOT,
                    "%n=== Sign-ups to speak: a burst of %d at once over %d connections, 10 places" + " ===%n",
                    BURST,
                    CONNECTIONS);
            System.out.printf(Locale.ROOT, "%-34s %9s %9s %9s%n", "figure", "p50 ms", "p99 ms", "ratio");
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %9.1f %9.1f %9.1f%n",
                    "static file, same burst (raw limit)",
                    staticFile[0],
                    staticFile[1],
                    1.0);
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %9.1f %9.1f %9.1f%n",
                    "sign-up answered",
                    signUps[0],
                    signUps[1],
                    signUps[1] / staticFile[1]);
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %9.1f %9.1f %9.1f%n",
                    "address confirmed (place given)",
                    confirms[0],
                    confirms[1],
                    confirms[1] / staticFile[1]);
            System.out.printf(
                    Locale.ROOT,
                    "all %d answered in %.1f s (%.0f/s); %d confirmed, %d waitlisted%n",
                    BURST,
                    wall,
                    BURST / wall,
                    confirmed,
                    BURST - confirmed);
            BenchTable.record(
                    "Sign-ups to speak (burst of " + BURST + ")",
                    "sign-up answered, p50",
                    "ms",
                    signUps[0],
                    "static file in the same burst p50, ms",
                    staticFile[0]);
            BenchTable.record(
                    "Sign-ups to speak (burst of " + BURST + ")",
                    "sign-up answered, p99",
                    "ms",
                    signUps[1],
                    "static file in the same burst p99, ms",
                    staticFile[1]);
        }
    }

    /** Every sign-up of the meeting confirms its address at once (the tokens of their mails); p50 and p99 in ms. */
    static double[] confirmAll(String base, long meeting) throws Exception {
        List<String[]> pending = new ArrayList<>();
        try (Connection c = TestInfrastructure.connect(TestInfrastructure.BENCH_DB_NAME);
                PreparedStatement ps = c.prepareStatement(
                        "select confirmation_number, email from speaker" + " where meeting_id = ?")) {
            ps.setLong(1, meeting);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pending.add(new String[] {
                        rs.getString(1), SignUps.token(TestInfrastructure.BENCH_DB_NAME, rs.getString(2))
                    });
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> took = new ArrayList<>();
        for (String[] p : pending) {
            took.add(pool.submit(() -> {
                go.await();
                long s = System.nanoTime();
                HttpResponse<String> r =
                        new Http(base).post("api/v1/speakers/" + p[0] + "/confirm", Fixtures.json("token", p[1]));
                assertEquals(200, r.statusCode(), r.body());
                return System.nanoTime() - s;
            }));
        }
        go.countDown();
        long[] times = new long[pending.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = took.get(i).get();
        }
        pool.shutdown();
        Arrays.sort(times);
        return new double[] {times[times.length / 2] / 1e6, times[(int) Math.ceil(times.length * 0.99) - 1] / 1e6};
    }

    static long[] meeting(Http clerk) {
        long meeting = Fixtures.createMeeting(
                clerk, "Speakers benchmark " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
        long item = Fixtures.addItem(clerk, meeting, "1", "Ordinance: property tax levy");
        Fixtures.publish(clerk, meeting);
        assertEquals(
                200,
                clerk.send(
                                "PUT",
                                "api/v1/clerk/meetings/" + meeting + "/speakers/rules",
                                Fixtures.json("maxPerItem", 10))
                        .statusCode());
        return new long[] {meeting, item};
    }

    /** {@code n} requests released at once; p50 and p99 in ms; every answer must be the expected one. */
    static double[] burst(String base, String path, int n, boolean post) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> took = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = Fixtures.json("email", "burst-" + UUID.randomUUID() + "@example.org", "mode", "IN_PERSON");
            Callable<Long> call = () -> {
                go.await();
                long s = System.nanoTime();
                HttpResponse<String> r = post
                        ? Http.http11(base)
                                .postBytes(
                                        path,
                                        body.getBytes(StandardCharsets.UTF_8),
                                        "X-Forwarded-For",
                                        SignUps.network())
                        : Http.http11(base).get(path);
                long t = System.nanoTime() - s;
                assertEquals(post ? 201 : 200, r.statusCode(), r.body());
                return t;
            };
            took.add(pool.submit(call));
        }
        go.countDown();
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = took.get(i).get();
        }
        pool.shutdown();
        Arrays.sort(times);
        return new double[] {times[n / 2] / 1e6, times[(int) Math.ceil(n * 0.99) - 1] / 1e6};
    }
}
