package org.podium.insight.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.podium.platform.Sql;

/**
 * The SQL of the campaign grouping, in the caller's transaction: the LSH band keys of each campaign's first comment
 * ({@code campaign_band}) and the item's grouping lock ({@code campaign_grouping}), a row of its own so that the
 * grouping never holds the item's row, which every new comment's foreign key reads.
 */
public final class CampaignBands {

    private final EntityManager em;

    public CampaignBands(EntityManager em) {
        this.em = em;
    }

    /** Takes the item's grouping lock for the transaction, its row made on the item's first grouping. */
    public boolean lock(long itemId) {
        String lock = "select item_id from campaign_grouping where item_id = ? for update";
        if (!em.createNativeQuery(lock).setParameter(1, itemId).getResultList().isEmpty()) {
            return true;
        }
        // a second instance doing the same waits on the key, then finds the row
        em.createNativeQuery("insert into campaign_grouping (item_id) select ? from dual where not"
                        + " exists (select 1 from campaign_grouping where item_id = ?)")
                .setParameter(1, itemId)
                .setParameter(2, itemId)
                .executeUpdate();
        return !em.createNativeQuery(lock)
                .setParameter(1, itemId)
                .getResultList()
                .isEmpty();
    }

    /** The first comments that share the most of these bands, at most {@code limit}, the most shared first. */
    public List<Long> sharingMost(long itemId, long[] bandKeys, int limit) {
        var q = em.createNativeQuery("select comment_id from campaign_band where item_id = ? and band_key in ("
                + Sql.placeholders(bandKeys.length) + ") group by comment_id order by count(*) desc, comment_id"
                + " limit " + limit);
        q.setParameter(1, itemId);
        Rows.bind(q, 2, bandKeys);
        List<Long> out = new ArrayList<>();
        for (Object id : q.getResultList()) {
            out.add(Rows.id(id));
        }
        return out;
    }

    /** Which of these bands {@code limit} first comments already share. */
    public Set<Long> full(long itemId, long[] bandKeys, int limit) {
        var q = em.createNativeQuery("select band_key from campaign_band where item_id = ? and band_key in ("
                + Sql.placeholders(bandKeys.length) + ") group by band_key having count(*) >= " + limit);
        q.setParameter(1, itemId);
        Rows.bind(q, 2, bandKeys);
        Set<Long> out = new HashSet<>();
        for (Object k : q.getResultList()) {
            out.add(Rows.id(k));
        }
        return out;
    }

    /** The comment starts a campaign in these bands: one statement (one round trip, not one per band). */
    public void add(long itemId, long commentId, Collection<Long> bandKeys) {
        if (bandKeys.isEmpty()) {
            return;
        }
        var insert = em.createNativeQuery(
                "insert into campaign_band (item_id, band_key, comment_id) values " + Sql.values(bandKeys.size(), 3));
        int p = 1;
        for (long k : bandKeys) {
            insert.setParameter(p++, itemId).setParameter(p++, k).setParameter(p++, commentId);
        }
        insert.executeUpdate();
    }

    /** An edited first comment's band keys go (by its id: only its own rows are locked). */
    public void remove(long commentId) {
        em.createNativeQuery("delete from campaign_band where comment_id = ?")
                .setParameter(1, commentId)
                .executeUpdate();
    }
}
