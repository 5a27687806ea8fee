package org.podium.comment.control;

import org.podium.comment.entity.Comment;
import org.podium.comment.entity.Span;
import org.podium.platform.PodiumException;

/** What every comment's text passes when it is filed and again when its author changes it. */
public final class CommentRules {

    private static final PreScreen SCREEN = PreScreen.standard();

    private CommentRules() {}

    /** The text as it is kept (stripped), or a refusal naming what is wrong with it. */
    public static String text(String raw, int maxLength) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw PodiumException.invalid("text", "comment.text.required");
        }
        if (text.indexOf('\uFFFD') >= 0
                || text.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
            throw PodiumException.invalid("text", "comment.text.encoding");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw PodiumException.invalid("text", "comment.text.tooLong", maxLength);
        }
        return text;
    }

    /** The pre-screen: flags and suggested redactions for the clerk (it never decides). */
    public static void screen(Comment c, String sender, boolean burst) {
        PreScreen.Result r = SCREEN.screen(c.getBody(), sender, burst);
        c.screened(r.flagCodes(), Span.format(r.suggested()));
    }
}
