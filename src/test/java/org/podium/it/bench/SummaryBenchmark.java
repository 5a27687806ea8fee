package org.podium.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.podium.bench.BenchTable;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.PodiumProcess;
import org.podium.it.TestInfrastructure;

/**
 * The item summary over 1,000,000 comments on one item (filled over JDBC: positions, the analysis' stance, channels,
 * 30 wards and none, topics, one in four in a campaign, one in twenty rejected): the server time of the summary as
 * served (computed in the background, read ready), next to a static file of the same server; how long one count
 * takes (the summary's freshness after a change); and what it costs the submission path — API submissions to the item
 * while its summary is open and counted again after every change, against submissions to an item nobody reads.
 * Prints figures; never fails on a timing. {@code mvn -B verify -Pbench -Dit.test=SummaryBenchmark}.
 */
class SummaryBenchmark {

    static final int COMMENTS = Integer.getInteger("bench.summary.comments", 1_000_000);
    static final int REQUESTS = Integer.getInteger("bench.summary.requests", 200);

    @Test
    void theSummaryOfAnItemWithOneMillionComments() throws Exception {
        List<String> lines = new ArrayList<>();
        try (PodiumProcess podium = new PodiumProcess(CommentSubmissionBenchmark.environment())) {
            Http clerk = new Http(podium.base).basic("clerk@podium.example", CommentSubmissionBenchmark.DEMO_PASSWORD);
            long meeting = Fixtures.createMeeting(
                    clerk, "Summary bench " + UUID.randomUUID(), Instant.now().plus(3, ChronoUnit.DAYS));
            long item = Fixtures.addItem(clerk, meeting, "1", "Ordinance: 2027 property tax levy increase");
            long quiet = Fixtures.addItem(clerk, meeting, "2", "Resolution: protected bike lanes");
            Fixtures.publish(clerk, meeting);
            long t0 = System.nanoTime();
            fill(item, meeting);
            double fillSeconds = (System.nanoTime() - t0) / 1e9;

            Http reader = new Http(podium.base);
            String path = "api/v1/items/" + item + "/summary";
            t0 = System.nanoTime();
            JsonObject first = Http.object(reader.get(path));
            double firstMs = (System.nanoTime() - t0) / 1e6;
            long counted = first.getJsonNumber("total").longValue();
            assertTrue(counted >= COMMENTS * 0.9, "counted " + counted);
            for (int i = 0; i < 20; i++) { // warm-up, not reported
                reader.get(path);
                reader.get("jakarta.faces.resource/css/podium.css.xhtml");
            }
            double[] raw = time(reader, "jakarta.faces.resource/css/podium.css.xhtml");
            double[] served = time(reader, path);

            // a change: how long until the summary counts it (one count over the million, in the background)
            String before = Http.object(reader.get(path)).getString("computedAt");
            HttpResponse<String> r = new Http(podium.base)
                    .post(
                            "api/v1/items/" + item + "/comments",
                            Fixtures.json(
                                    "position",
                                    "SUPPORT",
                                    "text",
                                    "One more comment for the summary benchmark.",
                                    "email",
                                    UUID.randomUUID() + "@example.org"));
            assertEquals(201, r.statusCode(), r.body());
            t0 = System.nanoTime();
            JsonObject after = Http.object(reader.get(path));
            while (after.getString("computedAt").equals(before) && System.nanoTime() - t0 < 120_000_000_000L) {
                Thread.sleep(50);
                after = Http.object(reader.get(path));
            }
            double freshSeconds = (System.nanoTime() - t0) / 1e9;
            long computeMs = after.getJsonNumber("computeMillis").longValue();
            double[] servedWhileCounting = time(reader, path);

            // the submission path: the item whose summary is open (counted again after every change) and one nobody
            // reads
            Duration run = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
            // unread before and after (the server warms up as it goes: the order alone would favour the second run)
            var unread1 = CommentSubmissionBenchmark.api(podium.base, quiet, 16, run);
            var open = CommentSubmissionBenchmark.api(podium.base, item, 16, run);
            var unread2 = CommentSubmissionBenchmark.api(podium.base, quiet, 16, run);

            lines.add(String.format(
                    Locale.ROOT,
                    "%n=== Item summary benchmark: %,d comments on the item (%,d counted),"
                            + " %d requests, one after the other ===",
                    COMMENTS,
                    counted,
                    REQUESTS));
            lines.add(String.format(Locale.ROOT, "%-58s %10s %10s %8s", "figure", "p50 ms", "p99 ms", "ratio"));
            lines.add(row("static file (raw limit)", raw, raw[0]));
            lines.add(row("GET /items/{id}/summary, served ready", served, raw[0]));
            lines.add(row("  the same while it is being counted again", servedWhileCounting, raw[0]));
            lines.add(String.format(Locale.ROOT, "%-58s %10.0f", "first read (counted in the request), ms", firstMs));
            lines.add(String.format(Locale.ROOT, "%-58s %10d", "one count over the item's comments, ms", computeMs));
            lines.add(
                    String.format(Locale.ROOT, "%-58s %10.1f", "a new comment in the summary after, s", freshSeconds));
            lines.add(String.format(
                    Locale.ROOT,
                    "%-58s %10.0f %10.0f %8.0f",
                    "API submissions/s (16 clients): unread, read," + " unread",
                    unread1.perSecond(),
                    open.perSecond(),
                    unread2.perSecond()));
            lines.add(String.format(
                    Locale.ROOT,
                    "%-58s %10.0f %10.0f %8.0f",
                    "  their p99 ms",
                    unread1.p99ms(),
                    open.p99ms(),
                    unread2.p99ms()));
            lines.add(String.format(Locale.ROOT, "%-58s %10.0f", "filling the item over JDBC, s", fillSeconds));
            String table = "Item summary (" + COMMENTS + " comments)";
            BenchTable.record(table, "GET /items/{id}/summary, p50", "ms", served[0], "static file p50, ms", raw[0]);
            BenchTable.record(table, "GET /items/{id}/summary, p99", "ms", served[1], "static file p99, ms", raw[1]);
            BenchTable.record(
                    table,
                    "the same while being counted again, p99",
                    "ms",
                    servedWhileCounting[1],
                    "static file p99, ms",
                    raw[1]);
            BenchTable.record(table, "one count over the item's comments", "ms", computeMs);
            BenchTable.record(table, "a new comment in the summary after", "s", freshSeconds);
            BenchTable.record(
                    table,
                    "API submissions to the item being read, 16 clients",
                    "comments/s",
                    open.perSecond(),
                    "the same to an unread item (mean of before and after), comments/s",
                    (unread1.perSecond() + unread2.perSecond()) / 2);
            lines.forEach(System.out::println);
            lines.clear();
            hold(podium.base);
        }
        lines.forEach(System.out::println);
    }

    /**
     * With {@code -Dbench.holdSeconds=N}, keeps Podium and the filled database up for N seconds after the figures (to
     * read a query's plan or time it by hand); 0, the default, stops at once.
     */
    static void hold(String base) throws InterruptedException {
        long seconds = Long.getLong("bench.holdSeconds", 0);
        if (seconds > 0) {
            System.out.println("holding Podium at " + base + " and the database "
                    + TestInfrastructure.jdbcUrl(TestInfrastructure.BENCH_DB_NAME) + " for " + seconds + " s");
            Thread.sleep(seconds * 1000);
        }
    }

    static String row(String what, double[] t, double raw) {
        return String.format(Locale.ROOT, "%-58s %10.2f %10.2f %8.1f", what, t[0], t[1], t[0] / raw);
    }

    /** p50 and p99 of {@code REQUESTS} GETs one after the other, in ms. */
    static double[] time(Http http, String path) {
        long[] took = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long s = System.nanoTime();
            HttpResponse<String> r = http.get(path);
            took[i] = System.nanoTime() - s;
            assertEquals(200, r.statusCode(), path);
        }
        Arrays.sort(took);
        return new double[] {took[took.length / 2] / 1e6, took[(int) Math.ceil(took.length * 0.99) - 1] / 1e6};
    }

    static void fill(long item, long meeting) throws Exception {
        String[] positions = {"SUPPORT", "OPPOSE", "NEUTRAL", null};
        String[] channels = {"WEB", "API", "EMAIL", "LETTER", "VOICEMAIL", "CARD"};
        String[] topics = {
            "Seniors and fixed incomes",
            "Shelter costs",
            "Government spending|Seniors and fixed incomes",
            "Schools",
            "Police and public safety",
            "Business impact",
            null
        };
        try (Connection c = DriverManager.getConnection(
                TestInfrastructure.jdbcUrl(TestInfrastructure.BENCH_DB_NAME)
                        + "?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true",
                TestInfrastructure.DB_USER,
                TestInfrastructure.DB_PASSWORD)) {
            c.setAutoCommit(false);
            long firstId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO comment (tracking_number, item_id, position,"
                    + " body, display_name, name_withheld, email, ward, channel, status, late, received_at, created_at,"
                    + " updated_at, version, meeting_id, stance, stance_confidence, stance_source, stance_review,"
                    + " stance_mismatch, tone, topics, topics_by_clerk) VALUES (?, ?, ?, ?, 'Bench', FALSE, ?, ?, ?, ?,"
                    + " FALSE, ?, ?, ?, 0, ?, ?, 0.8, 'ITEM', ?, ?, ?, ?, FALSE)")) {
                Instant start = Instant.now().minus(3, ChronoUnit.DAYS);
                String mark = UUID.randomUUID().toString().substring(0, 8);
                for (int n = 0; n < COMMENTS; n++) {
                    Timestamp at = Timestamp.from(start.plusMillis(n * 200L));
                    String position = positions[n % 4];
                    ps.setString(1, "SUM-" + mark + "-" + n);
                    ps.setLong(2, item);
                    ps.setString(3, position);
                    ps.setString(
                            4, "Comment " + n + " on the levy: it would fall hardest on seniors on fixed incomes.");
                    ps.setString(5, "sum" + n + "@example.org");
                    ps.setString(6, n % 31 == 30 ? null : "Ward " + (n % 31));
                    ps.setString(7, channels[n % channels.length]);
                    ps.setString(8, n % 20 == 19 ? "REJECTED" : n % 3 == 0 ? "RECEIVED" : "PUBLISHED");
                    ps.setTimestamp(9, at);
                    ps.setTimestamp(10, at);
                    ps.setTimestamp(11, at);
                    ps.setLong(12, meeting);
                    ps.setString(13, positions[(n / 7) % 3]);
                    ps.setBoolean(14, n % 11 == 0);
                    ps.setBoolean(15, n % 13 == 0);
                    ps.setDouble(16, ((n % 21) - 10) / 10.0);
                    ps.setString(17, topics[n % topics.length]);
                    ps.addBatch();
                    if (n % 5000 == 4999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            try (PreparedStatement ps = c.prepareStatement("select min(id) from comment where item_id = ?")) {
                ps.setLong(1, item);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    firstId = rs.getLong(1);
                }
            }
            // one in four in a campaign: 500 campaigns, each known by its first comment
            try (PreparedStatement ps = c.prepareStatement("update comment set campaign_id = ? + ((id - ?) % 2000)"
                    + " where item_id = ? and (id - ?) % 4 = 0")) {
                ps.setLong(1, firstId);
                ps.setLong(2, firstId);
                ps.setLong(3, item);
                ps.setLong(4, firstId);
                ps.executeUpdate();
            }
            c.commit();
        }
    }
}
