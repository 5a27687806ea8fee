package org.podium.insight.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The background runs of {@link KeyPointSchedule}. */
@Stateless
@PermitAll
public class KeyPointRefresher {

    private static final Logger LOG = Logger.getLogger(KeyPointRefresher.class.getName());

    @Inject
    ItemKeyPoints keyPoints;

    @Inject
    Insight insight;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The CPU time of this thread, where the platform measures it (the reading runs the sentence model on this
     * thread alone): the pause after a reading follows the CPU it took, not the time it waited for a busy machine's
     * CPU. Elsewhere the time that passed.
     */
    private static long cpuNanos() {
        long t = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return t >= 0 ? t : System.nanoTime();
    }

    @Asynchronous
    public void run(long itemId, KeyPointSchedule.Entry e) {
        try {
            while (e.dirty) {
                long gap = KeyPointSchedule.gapAfter(e.tookNanos);
                if (e.doneAt != 0) {
                    e.pauseUntil(e.doneAt + gap); // a clerk's edit ends the pause at once
                }
                e.dirty = false;
                boolean propose = e.propose;
                e.propose = false;
                e.urgent = false;
                long t0 = cpuNanos();
                try {
                    // first each comment's stance by what it means (about the item at all, and which side), in a
                    // short transaction of its own: the comments' rows are not held while the points are read
                    int changed = insight.readByMeaning(itemId);
                    if (changed > 0) {
                        LOG.fine(() -> "item " + itemId + ": " + changed + " readings changed by their meaning");
                    }
                    if (keyPoints.refresh(itemId, propose)) {
                        e.dirty = true; // new comments remain: the next slice after the pause
                    }
                } catch (RuntimeException ex) {
                    LOG.log(Level.WARNING, "the key points of item " + itemId + " could not be read", ex);
                }
                e.tookNanos = cpuNanos() - t0;
                e.doneAt = System.nanoTime();
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        } finally {
            e.running.set(false);
        }
        if (e.dirty && e.running.compareAndSet(false, true)) {
            run(itemId, e); // a change arrived as the run ended (a plain call: this thread goes on)
        }
    }
}
