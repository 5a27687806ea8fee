package org.podium.insight.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Groups an item's waiting comments batch by batch until none waits and no new request came in meanwhile. */
@Stateless
@PermitAll
public class CampaignGrouping {

    private static final Logger LOG = Logger.getLogger(CampaignGrouping.class.getName());
    static final int BATCH = 200;

    @Inject
    Insight insight;

    @Asynchronous
    public void drain(long itemId, AtomicInteger requests) {
        try {
            while (true) {
                int seen = requests.get();
                while (insight.groupWaiting(itemId, BATCH) == BATCH) {
                    // a full batch: there may be more
                }
                if (requests.compareAndSet(seen, 0)) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            requests.set(0);
            LOG.log(Level.WARNING, "grouping the comments of item " + itemId + " failed; the next comment retries", e);
        }
    }
}
