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

    /**
     * Tells every page following {@code key} on this instance that it changed; returns how many were told. A page whose
     * connection fails while it is told is dropped (it reconnects and reads the state), and the others are still told.
     *
     * <p>The sends run with the platform class loader as the thread's context class loader. Tyrus (2.1.5 in Payara 6)
     * schedules an idle-timeout task on a managed executor for every message sent, idle timeout or not, and Payara's
     * concurrency runtime, for every such task, looks up the {@code ThreadContextProvider} services through the
     * context class loader: with the application's loader, a search of every jar of the application and of the
     * server's modules, once per page told. With the platform loader it finds nothing at once, and sending "changed"
     * needs none of the application's classes. Telling 200 displays now takes a third of the CPU it did
     * (docs/benchmarks.md, "The push's sends").
     */
    public int broadcast(long key) {
        Set<Session> set = sessions.getOrDefault(key, Set.of());
        int sent = 0;
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            for (Session s : set) {
                if (tell(s)) {
                    sent++;
                } else {
                    set.remove(s);
                }
            }
        } finally {
            thread.setContextClassLoader(application);
        }
        return sent;
    }

    private boolean tell(Session session) {
        if (!session.isOpen()) {
            return false;
        }
        try {
            session.getAsyncRemote().sendText("changed");
            return true;
        } catch (RuntimeException e) {
            // closed between isOpen and the send: the page reconnects and reads the state
            LOG.log(Level.FINE, "could not tell a " + what, e);
            return false;
        }
    }
}
