package org.podium.web;

import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The WebSocket connections of one kind of live page on this instance, by what they follow (a meeting, an item): a
 * page joins with the number in its address and is sent "changed" when that changes; it then reads the new state.
 */
public final class PushChannel {

    private static final Logger LOG = Logger.getLogger(PushChannel.class.getName());

    private final String what;
    private final Map<Long, Set<Session>> sessions = new ConcurrentHashMap<>();

    /** {@code what}: the pages, for the log ("live display", "summary page"). */
    public PushChannel(String what) {
        this.what = what;
    }

    /** A page connected, following {@code key} (its address' number); anything else closes the connection. */
    public void join(Session session, String key) {
        try {
            sessions.computeIfAbsent(Long.parseLong(key), k -> ConcurrentHashMap.newKeySet())
                    .add(session);
        } catch (NumberFormatException e) {
            try {
                session.close();
            } catch (IOException io) {
                LOG.log(Level.FINE, "closing a " + what + " connection", io);
            }
        }
    }

    public void leave(Session session) {
        sessions.values().forEach(set -> set.remove(session));
    }

    public void failed(Session session, Throwable error) {
        leave(session);
        LOG.log(Level.FINE, what + " connection failed", error);
    }

    /** Tells every page following {@code key} on this instance that it changed; returns how many were told. */
    public int broadcast(long key) {
        Set<Session> set = sessions.getOrDefault(key, Set.of());
        int sent = 0;
        for (Session s : set) {
            if (s.isOpen()) {
                s.getAsyncRemote().sendText("changed");
                sent++;
            } else {
                set.remove(s);
            }
        }
        return sent;
    }
}
