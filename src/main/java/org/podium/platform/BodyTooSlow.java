package org.podium.platform;

import java.io.IOException;

/**
 * A request body that arrived slower than Podium's minimum rate ({@code org.podium.web.BodyReadLimit}): the request
 * is answered 408, with its connection closed, whoever was reading it (a page's form, the API).
 */
public final class BodyTooSlow extends IOException {

    private static final long serialVersionUID = 1L;

    public BodyTooSlow() {
        super("request body arrived too slowly");
    }

    /** Whether this failure, or one of its causes, is a body that came too slowly. */
    public static boolean explains(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooSlow) {
                return true;
            }
        }
        return false;
    }
}
