package org.podium.summary.web;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.podium.comment.entity.ItemCommentsChanged;
import org.podium.insight.boundary.KeyPointsChanged;
import org.podium.summary.boundary.SummaryCache;

/**
 * After a change to an item's comments commits, its summary is computed again in the background on this instance and
 * on the others of the cluster (Payara's clustered CDI events), each telling the summary pages connected to it.
 */
@ApplicationScoped
public class SummaryPush {

    private static final Logger LOG = Logger.getLogger(SummaryPush.class.getName());
    static final String EVENT = "podium-summary";

    @Inject
    SummaryCache cache;

    @Inject
    @Outbound(eventName = EVENT)
    Event<SummaryElsewhere> cluster;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemCommentsChanged event) {
        cache.changed(event.itemId());
        try {
            cluster.fire(new SummaryElsewhere(event.itemId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not tell the other instances about item " + event.itemId(), e);
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
