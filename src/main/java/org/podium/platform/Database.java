package org.podium.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.podium.platform.migration.V16__Campaign_fingerprints;

/**
 * The one data source and its schema. The defaults (META-INF/microprofile-config.properties) are the embedded H2
 * file database under ./data; DB_DRIVER, DB_URL, DB_USER and DB_PASSWORD switch it to MySQL or MariaDB through
 * Connector/J. Connections are validated before use so that Podium recovers from a database restart.
 * Flyway applies the migrations of the top-level sql/ folder at start-up; nothing else changes the schema.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=db.driver}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // EclipseLink 4.0.7 (Payara 6.2025.10) leaves the statement of every IDENTITY insert open
            // (eclipse-ee4j/eclipselink#2366); Connector/J would keep each one reachable from its pooled connection.
            "dontTrackOpenResources=true",
            // Connector/J parses each statement's text on every prepare unless it keeps the parsed form per
            // connection (about a tenth of a submission's time went into that parsing); other drivers ignore these
            "cachePrepStmts=true",
            "prepStmtCacheSize=256",
            "prepStmtCacheSqlLimit=8192",
            // Connector/J traces every statement when it finds OpenTelemetry on its class path, as it does in Payara
            // (MicroProfile Telemetry): a span and its attributes per statement, for a tracer nobody configured
            "openTelemetry=DISABLED"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/podium";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    private String productName = "";
    private String productVersion = "";
    private String url = "";

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V16__Campaign_fingerprints())
                .load()
                .migrate();
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            productName = meta.getDatabaseProductName();
            productVersion = meta.getDatabaseProductVersion();
            url = withoutCredentials(meta.getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database metadata", e);
        }
        LOG.info(() -> "Database " + productName + " " + productVersion + " at " + url + ": schema version "
                + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public String productName() {
        return productName;
    }

    public String productVersion() {
        return productVersion;
    }

    /** The JDBC URL without its query string (no credentials ever leave this class). */
    public String url() {
        return url;
    }

    static String withoutCredentials(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "";
        }
        int q = jdbcUrl.indexOf('?');
        String base = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
        int semicolon = base.indexOf(';');
        return semicolon < 0 ? base : base.substring(0, semicolon);
    }
}
