package org.podium.speaker.web;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import org.podium.web.PushChannel;

/**
 * The push channel of a meeting's live pages (the chamber display, the council's view): a display connects to
 * {@code /live/{meetingId}} and is sent "changed" whenever the clerk acts; it then reads the state from the API. No
 * polling; a display that loses the connection reconnects and reads the state again.
 */
@ServerEndpoint("/live/{meetingId}")
public class LiveSocket {

    private static final PushChannel DISPLAYS = new PushChannel("live display");

    @OnOpen
    public void open(Session session, @PathParam("meetingId") String meetingId) {
        DISPLAYS.join(session, meetingId);
    }

    @OnClose
    public void closed(Session session) {
        DISPLAYS.leave(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        DISPLAYS.failed(session, error);
    }

    /** Tells every display of the meeting connected to this instance that the state changed. */
    public static int broadcast(long meetingId) {
        return DISPLAYS.broadcast(meetingId);
    }
}
