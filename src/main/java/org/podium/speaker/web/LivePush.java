package org.podium.speaker.web;

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
import org.podium.speaker.boundary.LiveChanged;

/**
 * After a clerk's action commits, the displays of the meeting are told (never before: they would read the old state):
 * those connected to this instance at once, those connected to the other instances of the cluster through Payara's
 * clustered CDI events (the Hazelcast data grid the instances already share; no broker of our own). Without a cluster
 * ({@code --nocluster}, {@code --nohazelcast}) only the local displays exist and the outbound event goes nowhere.
 */
@ApplicationScoped
public class LivePush {

    private static final Logger LOG = Logger.getLogger(LivePush.class.getName());
    static final String EVENT = "podium-live";

    @Inject
    @Outbound(eventName = EVENT)
    Event<LiveElsewhere> cluster;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChanged event) {
        LiveSocket.broadcast(event.meetingId());
        try {
            cluster.fire(new LiveElsewhere(event.meetingId()));
        } catch (RuntimeException e) {
            // the local displays are told already; the others catch up on their next change or reconnect
            LOG.log(Level.WARNING, "could not tell the other instances of meeting " + event.meetingId(), e);
        }
    }

    void elsewhere(@Observes @Inbound(eventName = EVENT) LiveElsewhere event) {
        LiveSocket.broadcast(event.meetingId());
    }

    /**
     * What crosses the cluster: a type of its own, so that an observer of {@link LiveChanged} never sees an inbound
     * event (which would send it round the cluster again).
     */
    public record LiveElsewhere(long meetingId) implements Serializable {}
}
