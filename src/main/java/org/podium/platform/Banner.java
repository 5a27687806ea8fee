package org.podium.platform;

import java.util.List;
import java.util.logging.Logger;

/** What Podium prints at start-up for the person who started it: where to open it and how to log in. */
public final class Banner {

    private static final Logger LOG = Logger.getLogger("org.podium");

    private Banner() {}

    /** The HTTP port given on the command line ({@code --port N}), else Payara Micro's default, 8080. */
    public static int port() {
        String command = System.getProperty("sun.java.command", "");
        String[] words = command.split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].equalsIgnoreCase("--port")) {
                try {
                    return Integer.parseInt(words[i + 1]);
                } catch (NumberFormatException e) {
                    break;
                }
            }
        }
        return 8080;
    }

    public static void print(List<String> lines) {
        StringBuilder b = new StringBuilder("\n");
        String rule = "=".repeat(78);
        b.append(rule).append('\n');
        lines.forEach(l -> b.append("  ").append(l).append('\n'));
        b.append(rule);
        LOG.info(b::toString);
    }
}
