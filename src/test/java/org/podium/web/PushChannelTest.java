package org.podium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushChannelTest {

    /** A page's connection as the container hands it over: what it was sent, and with which context class loader. */
    static final class Page {
        final List<String> received = new ArrayList<>();
        final List<ClassLoader> loaders = new ArrayList<>();
        boolean open = true;
        boolean closed;
        boolean failsOnSend;
        final Session session;

        Page() {
            RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {RemoteEndpoint.Async.class}, (p, m, args) -> {
                        if (m.getName().equals("sendText") && args.length == 1) {
                            if (failsOnSend) {
                                throw new IllegalStateException("The connection has been closed.");
                            }
                            received.add((String) args[0]);
                            loaders.add(Thread.currentThread().getContextClassLoader());
                            return null;
                        }
                        throw new UnsupportedOperationException(m.getName());
                    });
            session = (Session) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Session.class}, (p, m, args) -> switch (m.getName()) {
                        case "isOpen" -> open;
                        case "getAsyncRemote" -> remote;
                        case "close" -> {
                            closed = true;
                            open = false;
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(p);
                        case "equals" -> p == args[0];
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }

    @Test
    void everyPageFollowingTheNumberIsToldAndNoOther() {
        PushChannel channel = new PushChannel("test page");
        Page a = new Page();
        Page b = new Page();
        Page other = new Page();
        channel.join(a.session, "4");
        channel.join(b.session, "4");
        channel.join(other.session, "5");

        assertEquals(2, channel.broadcast(4));
        assertEquals(List.of("changed"), a.received);
        assertEquals(List.of("changed"), b.received);
        assertEquals(List.of(), other.received);
        assertEquals(0, channel.broadcast(6));

        channel.leave(b.session);
        assertEquals(1, channel.broadcast(4));
        assertEquals(2, a.received.size());
        assertEquals(1, b.received.size());
    }

    @Test
    void anAddressWithoutANumberClosesTheConnection() {
        PushChannel channel = new PushChannel("test page");
        Page page = new Page();
        channel.join(page.session, "4; drop table");
        assertTrue(page.closed);
        assertEquals(0, channel.broadcast(4));
    }

    @Test
    void aClosedOrFailingConnectionIsDroppedAndTheOthersAreStillTold() {
        PushChannel channel = new PushChannel("test page");
        Page closed = new Page();
        Page failing = new Page();
        Page fine = new Page();
        for (Page p : List.of(closed, failing, fine)) {
            channel.join(p.session, "7");
        }
        closed.open = false;
        failing.failsOnSend = true;

        assertEquals(1, channel.broadcast(7));
        assertEquals(List.of("changed"), fine.received);

        // both were dropped: mended, they are not told again until they join again
        closed.open = true;
        failing.failsOnSend = false;
        assertEquals(1, channel.broadcast(7));
        assertEquals(List.of(), closed.received);
        assertEquals(List.of(), failing.received);
        assertEquals(2, fine.received.size());
    }

    @Test
    void theSendsRunWithThePlatformClassLoaderAndTheThreadsOwnIsPutBackEvenAfterAFailure() throws Exception {
        PushChannel channel = new PushChannel("test page");
        Page page = new Page();
        Page failing = new Page();
        failing.failsOnSend = true;
        channel.join(page.session, "3");
        channel.join(failing.session, "3");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader application = new URLClassLoader(new URL[0], before)) {
            thread.setContextClassLoader(application);
            channel.broadcast(3);
            assertSame(application, thread.getContextClassLoader());
        } finally {
            thread.setContextClassLoader(before);
        }
        assertEquals(List.of(ClassLoader.getPlatformClassLoader()), page.loaders);
        assertFalse(page.loaders.contains(before));
    }
}
