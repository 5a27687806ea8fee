package org.podium.platform;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The words of the status line for the codes the server's HTTP layer does not know (it answers "429 CUSTOM"). The
 * servlet API cannot set them since Servlet 6, so they are given to the server's own response, found by reflection;
 * if that ever fails, only the words are lost, never the status. Used by {@code web.StatusLineFilter} and by answers
 * written before any filter runs (the authentication mechanism's 429).
 */
public final class StatusLine {

    public static final Map<Integer, String> PHRASES = Map.of(422, "Unprocessable Content", 429, "Too Many Requests");

    private StatusLine() {}

    public static void phrase(ServletResponse response, int sc) {
        String p = PHRASES.get(sc);
        if (p == null) {
            return;
        }
        ServletResponse base = response;
        while (base instanceof ServletResponseWrapper w) {
            base = w.getResponse();
        }
        try {
            Object target = base;
            Field inner = field(base.getClass(), "response");
            if (inner != null) {
                inner.setAccessible(true);
                target = inner.get(base);
            }
            // Catalina's response holds Grizzly's, which writes the status line and takes the words with the number
            Object grizzly = target.getClass().getMethod("getCoyoteResponse").invoke(target);
            Method m = grizzly.getClass().getMethod("setStatus", int.class, String.class);
            m.invoke(grizzly, sc, p);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the number stands; only its words stay the server's
        }
    }

    private static Field field(Class<?> c, String name) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                return k.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        return null;
    }
}
