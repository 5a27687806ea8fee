package org.podium.insight.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * After a comment commits, its item's waiting comments are grouped into campaigns in the background, one item at a
 * time: the submission never waits for the grouping, and requests for an item that is being grouped are folded into
 * the run in progress.
 */
@ApplicationScoped
public class CampaignQueue {

    private final Map<Long, AtomicInteger> requests = new ConcurrentHashMap<>();

    @Inject
    CampaignGrouping grouping;

    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) Insight.ToGroup event) {
        AtomicInteger r = requests.computeIfAbsent(event.itemId(), k -> new AtomicInteger());
        if (r.getAndIncrement() == 0) {
            grouping.drain(event.itemId(), r);
        }
    }
}
