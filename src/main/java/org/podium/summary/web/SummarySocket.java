package org.podium.summary.web;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The push channel of an item's summary page: the page connects to {@code /summary/{itemId}} and is sent "changed"
 * when the item's summary has been computed again; it then renders the new figures. No polling.
 */
@ServerEndpoint("/summary/{itemId}")
public class SummarySocket {

    private static final Logger LOG = Logger.getLogger(SummarySocket.class.getName());
    private static final Map<Long, Set<Session>> SESSIONS = new ConcurrentHashMap<>();

    @OnOpen
    public void open(Session session, @PathParam("itemId") String itemId) {
        try {
            SESSIONS.computeIfAbsent(Long.parseLong(itemId), k -> ConcurrentHashMap.newKeySet()).add(session);
        } catch (NumberFormatException e) {
            try {
                session.close();
            } catch (java.io.IOException io) {
                LOG.log(Level.FINE, "closing a summary connection", io);
            }
        }
    }

    @OnClose
    public void closed(Session session) {
        SESSIONS.values().forEach(set -> set.remove(session));
    }

    @OnError
    public void failed(Session session, Throwable error) {
        SESSIONS.values().forEach(set -> set.remove(session));
        LOG.log(Level.FINE, "summary connection failed", error);
    }

    /** Tells every page showing the item's summary on this instance that it changed. */
    public static int broadcast(long itemId) {
        Set<Session> set = SESSIONS.getOrDefault(itemId, Set.of());
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
