package org.podium.summary.web;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.podium.comment.entity.ItemCommentsChanged;
import org.podium.insight.boundary.KeyPointsChanged;
import org.podium.summary.boundary.SummaryCache;

/**
 * After a change to an item's comments commits, its summary is computed again in the background on this instance and
 * on the others of the cluster (Payara's clustered CDI events), each telling the summary pages connected to it. The
 * others are told at most once per {@link #GATHER_MILLIS} per item (the changes of that time in one event, sent at its
 * end): a crowd filing on the levy item costs the cluster four events a second, not one per comment.
 */
@ApplicationScoped
public class SummaryPush {

    private static final Logger LOG = Logger.getLogger(SummaryPush.class.getName());
    static final String EVENT = "podium-summary";
    static final long GATHER_MILLIS = 250;

    /** Items whose change the other instances are yet to hear of (an event is scheduled for each). */
    private final Set<Long> gathering = ConcurrentHashMap.newKeySet();

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SummaryCache cache;

    @Inject
    @Outbound(eventName = EVENT)
    Event<SummaryElsewhere> cluster;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemCommentsChanged event) {
        cache.changed(event.itemId());
        long itemId = event.itemId();
        if (gathering.add(itemId)) {
            try {
                scheduler.schedule(() -> tellOthers(itemId), GATHER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) { // the scheduler is shutting down: now, then
                tellOthers(itemId);
            }
        }
    }

    private void tellOthers(long itemId) {
        gathering.remove(itemId); // a change from now on is told in an event of its own
        try {
            cluster.fire(new SummaryElsewhere(itemId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not tell the other instances about item " + itemId, e);
        }
    }

    /** The item's key points were read again or edited: its summary shows them. */
    void keyPoints(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyPointsChanged event) {
        changed(new ItemCommentsChanged(event.itemId()));
    }

    void elsewhere(@Observes @Inbound(eventName = EVENT) SummaryElsewhere event) {
        cache.changed(event.itemId());
    }

    /** What crosses the cluster (a type of its own, so that the local observer never sees it come back). */
    public record SummaryElsewhere(long itemId) implements Serializable {}
}
