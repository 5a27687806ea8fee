package org.podium.speaker.web;

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
 * The push channel of a meeting's live pages (the chamber display, the council's view): a display connects to
 * {@code /live/{meetingId}} and is sent "changed" whenever the clerk acts; it then reads the state from the API. No
 * polling; a display that loses the connection reconnects and reads the state again.
 */
@ServerEndpoint("/live/{meetingId}")
public class LiveSocket {

    private static final Logger LOG = Logger.getLogger(LiveSocket.class.getName());
    private static final Map<Long, Set<Session>> SESSIONS = new ConcurrentHashMap<>();

    @OnOpen
    public void open(Session session, @PathParam("meetingId") String meetingId) {
        try {
            SESSIONS.computeIfAbsent(Long.parseLong(meetingId), k -> ConcurrentHashMap.newKeySet()).add(session);
        } catch (NumberFormatException e) {
            close(session);
        }
    }

    @OnClose
    public void closed(Session session, @PathParam("meetingId") String meetingId) {
        SESSIONS.values().forEach(set -> set.remove(session));
    }

    @OnError
    public void failed(Session session, Throwable error) {
        SESSIONS.values().forEach(set -> set.remove(session));
        LOG.log(Level.FINE, "live display connection failed", error);
    }

    /** Tells every display of the meeting connected to this instance that the state changed. */
    public static int broadcast(long meetingId) {
        Set<Session> set = SESSIONS.getOrDefault(meetingId, Set.of());
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

    private static void close(Session s) {
        try {
            s.close();
        } catch (java.io.IOException e) {
            LOG.log(Level.FINE, "closing a live connection", e);
        }
    }
}
