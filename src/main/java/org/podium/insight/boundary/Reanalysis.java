package org.podium.insight.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a clerk's label commits, the item's other comments are read again with its retrained model, in the background
 * (words only; then the key points' background reading reads their meaning too); after a clerk's decision on a topic,
 * their topics.
 */
@Stateless
@PermitAll
public class Reanalysis {

    private static final Logger LOG = Logger.getLogger(Reanalysis.class.getName());

    @Inject
    Insight insight;

    @Inject
    KeyPointSchedule schedule;

    @Asynchronous
    public void run(long itemId) {
        try {
            int n = insight.reanalyse(itemId);
            LOG.fine(() -> "item " + itemId + ": " + n + " comments read again");
            // words only, as on receipt: the reading that also reads their meaning follows in the background
            schedule.changed(itemId, false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading item " + itemId + " again failed", e);
        }
    }

    @Asynchronous
    public void retopic(long itemId) {
        try {
            int n = insight.retopic(itemId);
            LOG.fine(() -> "item " + itemId + ": topics of " + n + " comments read again");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading the topics of item " + itemId + " again failed", e);
        }
    }
}
