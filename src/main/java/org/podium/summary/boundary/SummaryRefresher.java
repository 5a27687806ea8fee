package org.podium.summary.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.podium.summary.web.SummarySocket;

/** The background run that computes an item's summary again, for {@link SummaryCache}. */
@Stateless
@PermitAll
public class SummaryRefresher {

    private static final Logger LOG = Logger.getLogger(SummaryRefresher.class.getName());

    @Inject
    SummaryCache cache;

    @Inject
    Summaries summaries;

    @Asynchronous
    public void refresh(long itemId) {
        SummaryCache.Entry e = cache.entry(itemId);
        if (e == null) {
            return;
        }
        try {
            while (e.dirty) {
                long gap = Math.max(SummaryCache.MIN_GAP_NANOS, e.computeNanos);
                long wait = gap - (System.nanoTime() - e.computedAt);
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                e.dirty = false;
                SummaryCache.store(e, summaries.compute(itemId));
                SummarySocket.broadcast(itemId);
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "the summary of item " + itemId + " could not be computed", ex);
        } finally {
            e.running.set(false);
        }
        if (e.dirty) {
            cache.schedule(itemId, e); // a change arrived as the run ended
        }
    }
}
