package org.podium.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.podium.analysis.campaign.CampaignIndex;
import org.podium.analysis.text.Prepared;

/**
 * The campaign index's MinHash moved from 64-bit to 32-bit hash functions (four times faster): every campaign's first
 * comment gets its fingerprint and band keys again, computed from its text as the new code computes them, so that
 * comments arriving after the upgrade still join the campaigns found before it. Campaign membership is unchanged.
 * (Flyway takes the version from the class name.)
 */
public class V16__Campaign_fingerprints extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (PreparedStatement select = c.prepareStatement(
                        "SELECT id, item_id, body FROM comment WHERE fingerprint IS NOT NULL ORDER BY id");
                PreparedStatement update = c.prepareStatement("UPDATE comment SET fingerprint = ? WHERE id = ?");
                PreparedStatement clear = c.prepareStatement("DELETE FROM campaign_band WHERE comment_id = ?");
                PreparedStatement band = c.prepareStatement(
                        "INSERT INTO campaign_band (item_id, band_key, comment_id) VALUES (?, ?, ?)");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long item = rs.getLong(2);
                CampaignIndex.Fingerprint f = CampaignIndex.fingerprint(Prepared.of(rs.getString(3)));
                update.setBytes(1, f.signatureBytes());
                update.setLong(2, id);
                update.executeUpdate();
                clear.setLong(1, id);
                clear.executeUpdate();
                Set<Long> keys = new LinkedHashSet<>();
                for (long k : f.bandKeys()) {
                    keys.add(k);
                }
                for (long k : keys) {
                    band.setLong(1, item);
                    band.setLong(2, k);
                    band.setLong(3, id);
                    band.executeUpdate();
                }
            }
        }
    }
}
