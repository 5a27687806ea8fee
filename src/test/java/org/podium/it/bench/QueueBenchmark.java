package org.podium.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.podium.bench.BenchTable;
import org.podium.it.Http;
import org.podium.it.PodiumProcess;
import org.podium.it.TestInfrastructure;

/**
 * The moderation queue page with 100,000 comments waiting, as a clerk opens it (signed in, one request after the
 * other, so the time is the server's): the default view, a filtered view and a later page, next to a static file of
 * the same server measured in the same run. Prints p50/p99; never fails on a timing. Run with {@code mvn -B verify
 * -Pbench}.
 */
class QueueBenchmark {

    static final int PENDING = Integer.getInteger("bench.queue.pending", 100_000);
    static final int REQUESTS = Integer.getInteger("bench.queue.requests", 60);

    record Figure(String what, double p50ms, double p99ms) {}

    @Test
    void theQueuePageWithOneHundredThousandPendingComments() throws Exception {
        List<Figure> figures = new ArrayList<>();
        long pending;
        try (PodiumProcess podium = new PodiumProcess(CommentSubmissionBenchmark.environment())) {
            long itemId = CommentSubmissionBenchmark.openDemoItem(podium.base);
            pending = fill(itemId);
            Http clerk = new Http(podium.base);
            assertEquals(
                    302,
                    clerk.login("clerk@podium.example", CommentSubmissionBenchmark.DEMO_PASSWORD)
                            .statusCode());
            long meeting = meetingOf(itemId);
            // warm-up, not reported
            for (int i = 0; i < REQUESTS; i++) {
                clerk.get("clerk/queue.xhtml");
            }
            figures.add(time(clerk, "static file (raw limit)", "jakarta.faces.resource/css/podium.css.xhtml", null));
            figures.add(time(clerk, "queue: default view", "clerk/queue.xhtml", "comments in this view"));
            figures.add(time(
                    clerk,
                    "queue: one meeting, oppose",
                    "clerk/queue.xhtml?meeting=" + meeting + "&position=OPPOSE",
                    "comments in this view"));
            figures.add(time(clerk, "queue: page 1,000", "clerk/queue.xhtml?page=1000", "comments in this view"));
            figures.add(time(
                    clerk,
                    "queue: flag personal data",
                    "clerk/queue.xhtml?flag=personal-data",
                    "comments in this view"));
            figures.add(time(
                    clerk,
                    "queue: unverified, newest",
                    "clerk/queue.xhtml?verified=false&sort=newest",
                    "comments in this view"));
        }
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT,
                "%n=== Moderation queue benchmark: %,d comments "
                        + "waiting, %d requests each, one after the other ===%n",
                pending,
                REQUESTS));
        b.append(String.format(Locale.ROOT, "%-30s %9s %9s %8s%n", "figure", "p50 ms", "p99 ms", "ratio"));
        double raw = figures.get(0).p50ms();
        for (Figure f : figures) {
            b.append(String.format(
                    Locale.ROOT, "%-30s %9.2f %9.2f %8.1f%n", f.what(), f.p50ms(), f.p99ms(), f.p50ms() / raw));
        }
        System.out.println(b);
        for (Figure f : figures.subList(1, figures.size())) {
            BenchTable.record(
                    "Moderation queue (" + pending + " waiting)",
                    f.what() + ", p50",
                    "ms",
                    f.p50ms(),
                    "static file p50, ms",
                    raw);
            BenchTable.record(
                    "Moderation queue (" + pending + " waiting)",
                    f.what() + ", p99",
                    "ms",
                    f.p99ms(),
                    "static file p99, ms",
                    figures.get(0).p99ms());
        }
    }

    static Figure time(Http http, String what, String path, String expected) {
        long[] took = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long s = System.nanoTime();
            HttpResponse<String> r = http.get(path);
            took[i] = System.nanoTime() - s;
            assertEquals(200, r.statusCode(), path);
            assertTrue(expected == null || r.body().contains(expected), path);
        }
        Arrays.sort(took);
        return new Figure(what, took[took.length / 2] / 1e6, took[(int) Math.ceil(took.length * 0.99) - 1] / 1e6);
    }

    /** Received comments on the item until {@code PENDING} wait, in batches over JDBC. */
    static long fill(long itemId) throws Exception {
        try (Connection c = TestInfrastructure.connect(TestInfrastructure.BENCH_DB_NAME)) {
            long have = count(c);
            c.setAutoCommit(false);
            String[] positions = {"SUPPORT", "OPPOSE", "NEUTRAL"};
            String[] channels = {"WEB", "API", "EMAIL", "LETTER"};
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO comment (tracking_number, item_id, position, body,"
                            + " display_name, name_withheld, email, channel, status, late, author_key_hash, received_at, created_at,"
                            + " updated_at, version, queue_priority, flags, meeting_id) VALUES (?, ?, ?, ?, 'Bench', FALSE, ?, ?,"
                            + " 'RECEIVED', FALSE, ?, ?, ?, ?, 0, 2, ?, (SELECT i.meeting_id FROM agenda_item i WHERE i.id = ?))")) {
                Instant start = Instant.now().minusSeconds(86_400 * 3);
                for (long n = have; n < PENDING; n++) {
                    Timestamp at = Timestamp.from(start.plusMillis(n * 2));
                    ps.setString(1, "QUEUE-" + n);
                    ps.setLong(2, itemId);
                    ps.setString(3, positions[(int) (n % 3)]);
                    ps.setString(
                            4, "Queued comment " + n + ": the levy would fall hardest on seniors on fixed incomes.");
                    ps.setString(5, "queue" + n + "@example.org");
                    ps.setString(6, channels[(int) (n % 4)]);
                    ps.setString(7, UUID.randomUUID().toString().replace("-", "") + "0".repeat(32));
                    ps.setTimestamp(8, at);
                    ps.setTimestamp(9, at);
                    ps.setTimestamp(10, at);
                    // one in ten carries a pre-screen flag, as real mail does
                    ps.setString(11, n % 10 == 0 ? "personal-data" : null);
                    ps.setLong(12, itemId);
                    ps.addBatch();
                    if (n % 1000 == 999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            return count(c);
        }
    }

    static long count(Connection c) throws Exception {
        try (ResultSet rs =
                c.createStatement().executeQuery("select count(*) from comment where status = 'RECEIVED'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long meetingOf(long itemId) throws Exception {
        try (Connection c = TestInfrastructure.connect(TestInfrastructure.BENCH_DB_NAME);
                PreparedStatement ps = c.prepareStatement("select meeting_id from agenda_item where id = ?")) {
            ps.setLong(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
