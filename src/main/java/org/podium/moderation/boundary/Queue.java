package org.podium.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.podium.account.entity.Role;
import org.podium.comment.boundary.CommentSearch;
import org.podium.comment.control.PreScreen;
import org.podium.comment.entity.Comment;
import org.podium.platform.Api;
import org.podium.platform.PodiumException;

/**
 * The moderation queue: comments of every channel, across meetings and items, that wait for a clerk (or any other
 * status), filtered and paged; oldest first by default so that nothing waits forever.
 */
@Stateless
@RolesAllowed(Role.CLERK_NAME)
public class Queue {

    /** The flags a clerk can narrow the queue to (besides the pre-screen's own codes). */
    public static final List<String> FLAGS = List.of(
            "flagged",
            "personal-data",
            "obscenity",
            "threat",
            "link",
            "disposable-email",
            "burst",
            "disowned",
            "late",
            "reported",
            "hidden",
            "appeal",
            "needs-review",
            "mismatch");

    /**
     * A page of the queue. {@code total} is exact up to {@link #COUNT_CAP}; above it {@code more} is true and
     * {@code total} is the cap (counting every one of 100,000 waiting comments at each page view costs more than it
     * tells a clerk). {@code hasNext}: a later page exists.
     */
    public record Page(List<Comment> items, int page, int size, long total, boolean more, boolean hasNext) {}

    public static final int COUNT_CAP = 1000;

    public static final int MAX_SIZE = 100;

    @Inject
    CommentSearch search;

    public Page list(CommentSearch.Filter f, int page, int size) {
        if (page < 0 || page > Api.MAX_PAGE) {
            throw PodiumException.invalid("page", "paging.page", Api.MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw PodiumException.invalid("size", "paging.size", MAX_SIZE);
        }
        if (f.flag() != null
                && !FLAGS.contains(f.flag())
                && PreScreen.Flag.of(f.flag()).isEmpty()) {
            throw PodiumException.invalid("flag", "queue.flag.unknown", f.flag());
        }
        // without a status: everything waiting for a clerk, reported (hidden) comments first, then appeals
        List<Comment> items = new ArrayList<>(search.find(f, page * size, size + 1));
        boolean hasNext = items.size() > size;
        if (hasNext) {
            items.remove(size);
        }
        int counted = search.count(f, COUNT_CAP);
        return new Page(items, page, size, Math.min(counted, COUNT_CAP), counted > COUNT_CAP, hasNext);
    }
}
