package org.podium.summary.web;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import org.podium.web.PushChannel;

/**
 * The push channel of an item's summary pages: a page connects to {@code /summary/{itemId}} and is sent "changed"
 * when the item's summary has been computed again; it then renders the new figures. No polling.
 */
@ServerEndpoint("/summary/{itemId}")
public class SummarySocket {

    private static final PushChannel PAGES = new PushChannel("summary page");

    @OnOpen
    public void open(Session session, @PathParam("itemId") String itemId) {
        PAGES.join(session, itemId);
    }

    @OnClose
    public void closed(Session session) {
        PAGES.leave(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        PAGES.failed(session, error);
    }

    /** Tells every page showing the item's summary on this instance that it changed. */
    public static int broadcast(long itemId) {
        return PAGES.broadcast(itemId);
    }
}
