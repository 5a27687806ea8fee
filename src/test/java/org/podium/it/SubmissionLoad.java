package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Residents filing comments through the API at the same time, as a well-behaved client does: each comment has its own
 * Idempotency-Key, and a comment that got no answer (connection refused or reset, 502, 503, timeout) is sent again with
 * the same key until it is acknowledged or the load stops. Each comment comes from its own client address (sent as
 * X-Forwarded-For, believed because the test's proxy or the test itself is a trusted proxy) and e-mail address, so that
 * no per-address limit is what the run measures.
 *
 * <p>Afterwards {@link #verify} compares what was acknowledged with what the database holds: every acknowledged
 * tracking number stored exactly once, with the key it was acknowledged for; nothing stored twice.
 */
public final class SubmissionLoad implements AutoCloseable {

    private final String base;
    private final long item;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /** key → tracking number, for every acknowledged comment. */
    public final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** every key sent at least once. */
    public final Set<String> attempted = ConcurrentHashMap.newKeySet();

    public final AtomicInteger retries = new AtomicInteger();
    public final AtomicInteger unexpected = new AtomicInteger();
    public final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicLong lastAck = new AtomicLong(System.nanoTime());
    private final AtomicLong longestGapNanos = new AtomicLong();
    private final AtomicInteger addresses = new AtomicInteger();
    public volatile String lastUnexpected = "";

    public SubmissionLoad(String base, long item, int clients) {
        this.base = base;
        this.item = item;
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(this::resident, "resident-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void resident() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (running) {
            String key = "load-" + UUID.randomUUID();
            int n = addresses.incrementAndGet();
            String address = "100.64." + (n / 250 % 250) + "." + (n % 250 + 1);
            String body = Fixtures.json(
                    "position",
                    "OPPOSE",
                    "text",
                    "Comment " + key + ": the levy increase is too much for seniors on fixed incomes.",
                    "email",
                    key + "@example.org",
                    "name",
                    "Load " + n);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/items/" + item + "/comments"))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Idempotency-Key", key)
                    .header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            boolean first = true;
            while (running) {
                if (!first) {
                    retries.incrementAndGet();
                }
                first = false;
                attempted.add(key);
                int status;
                String answer;
                try {
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    status = r.statusCode();
                    answer = r.body();
                } catch (IOException e) {
                    status = -1;
                    answer = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                if (status == 200 || status == 201) {
                    String tracking = Json.createReader(new StringReader(answer))
                            .readObject()
                            .getString("trackingNumber");
                    String before = acknowledged.putIfAbsent(key, tracking);
                    if (before != null && !before.equals(tracking)) {
                        unexpected.incrementAndGet();
                        lastUnexpected = "key " + key + " acknowledged as " + before + " and then " + tracking;
                    }
                    long now = System.nanoTime();
                    long gap = now - lastAck.getAndSet(now);
                    longestGapNanos.accumulateAndGet(gap, Math::max);
                    break;
                }
                if (status != -1 && status != 502 && status != 503 && status != 504) {
                    unexpected.incrementAndGet();
                    lastUnexpected = status + " " + answer;
                    break;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    /** Waits until this many more comments were acknowledged (at most 60 s). */
    public void awaitMore(int more) throws InterruptedException {
        int target = acknowledged.size() + more;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < target && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(
                acknowledged.size() >= target,
                "only " + acknowledged.size() + " of " + target + " acknowledged; statuses " + statuses
                        + "; last unexpected: " + lastUnexpected);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(20_000);
        }
    }

    /**
     * Every acknowledged key is stored exactly once under the tracking number it was acknowledged with; no text is
     * stored twice; returns the printed counts.
     */
    public String verify(Connection db, String what) throws Exception {
        close();
        Map<String, String> stored = new HashMap<>();
        Map<String, Integer> texts = new HashMap<>();
        // the key is stored scoped to its caller and hashed (issue 21); each load comment's address is its key's
        try (PreparedStatement s =
                db.prepareStatement("SELECT email, tracking_number, body FROM comment WHERE item_id = ?")) {
            s.setLong(1, item);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null && rs.getString(1).startsWith("load-")) {
                        stored.put(rs.getString(1).substring(0, rs.getString(1).indexOf('@')), rs.getString(2));
                        texts.merge(rs.getString(3), 1, Integer::sum);
                    }
                }
            }
        }
        int storedOfAcknowledged = 0;
        for (var e : acknowledged.entrySet()) {
            assertEquals(
                    e.getValue(),
                    stored.get(e.getKey()),
                    "acknowledged comment " + e.getKey() + " (" + e.getValue()
                            + ") is stored under its tracking number");
            storedOfAcknowledged++;
        }
        texts.forEach((text, count) -> assertEquals(1, count, "stored once: " + text));
        int inFlight = attempted.size() - acknowledged.size();
        int inFlightStored = (int) attempted.stream()
                .filter(k -> !acknowledged.containsKey(k) && stored.containsKey(k))
                .count();
        assertEquals(0, unexpected.get(), "no unexpected answer; last: " + lastUnexpected);
        assertEquals(stored.size(), storedOfAcknowledged + inFlightStored, "nothing stored that was never sent");
        String counts = String.format(
                "%s: acknowledged %d, stored %d (%d acknowledged + %d in flight), in flight at the "
                        + "end %d (%d stored, %d not), retries %d, longest pause between acknowledgements %d ms, answers %s",
                what,
                acknowledged.size(),
                stored.size(),
                storedOfAcknowledged,
                inFlightStored,
                inFlight,
                inFlightStored,
                inFlight - inFlightStored,
                retries.get(),
                longestGapNanos.get() / 1_000_000,
                statuses);
        System.out.println(counts);
        return counts;
    }
}
