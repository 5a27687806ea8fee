package org.podium.council.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.podium.platform.Database;
import org.podium.platform.PodiumConfig;

/**
 * Writes the council's settings row once, at the first start after the schema exists, from the deployment's
 * PODIUM_COMMENT_* values; afterwards only the administrators change it ({@link Settings}). Two instances starting
 * together on a new database: the second insert is refused, and that instance reads the first one's row.
 */
@Startup
@Singleton
@DependsOn("Database")
@TransactionManagement(TransactionManagementType.BEAN)
public class CouncilDefaults {

    private static final Logger LOG = Logger.getLogger(CouncilDefaults.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PodiumConfig config;

    @PostConstruct
    void writeOnce() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO council_settings (id, comment_max_length,"
                        + " accept_late, unverified_comments, version, updated_at) SELECT 1, ?, ?, ?, 0, ? FROM"
                        + " (SELECT 1 AS one) x WHERE NOT EXISTS (SELECT 1 FROM council_settings)")) {
            ps.setInt(1, config.commentMaxLength());
            ps.setBoolean(2, config.acceptLateAsRecordOnly());
            ps.setString(3, config.unverifiedComments());
            ps.setObject(4, LocalDateTime.now(ZoneOffset.UTC));
            if (ps.executeUpdate() == 1) {
                LOG.info(() -> "Council settings written from the deployment's defaults");
            }
        } catch (SQLIntegrityConstraintViolationException e) {
            LOG.fine("Another instance wrote the council settings first");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the council's first settings", e);
        }
    }
}
