package org.podium.insight.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The summary takes back the key points built on another thread, or builds them itself when none has begun. */
class ItemKeyPointsAwaitTest {

    static ItemKeyPoints.Views views() {
        ItemKeyPoints.View v = new ItemKeyPoints.View(7, Instant.EPOCH, List.of());
        return new ItemKeyPoints.Views(v, v);
    }

    @Test
    void whatTheOtherThreadBuiltIsTakenAndNotBuiltAgain() {
        ItemKeyPoints.Views built = views();
        AtomicInteger again = new AtomicInteger();
        assertSame(built, ItemKeyPoints.await(CompletableFuture.completedFuture(built), () -> {
            again.incrementAndGet();
            return views();
        }));
        assertEquals(0, again.get());
    }

    @Test
    void workNoThreadHasBegunIsCancelledAndBuiltHere() {
        CompletableFuture<ItemKeyPoints.Views> waiting = new CompletableFuture<>(); // queued behind a full pool
        ItemKeyPoints.Views here = views();
        assertSame(here, ItemKeyPoints.await(waiting, () -> here));
        assertTrue(waiting.isCancelled());
    }

    @Test
    void aFailureOnTheOtherThreadReachesTheCaller() {
        IllegalStateException failure = new IllegalStateException("the database went away");
        assertSame(
                failure,
                assertThrows(
                        IllegalStateException.class,
                        () -> ItemKeyPoints.await(
                                CompletableFuture.failedFuture(failure), ItemKeyPointsAwaitTest::views)));
    }
}
