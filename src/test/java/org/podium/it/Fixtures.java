package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the integration tests set up, said as the product says it: a meeting with its items, published; a resident
 * with an address no other test uses. Every test makes its own (the tests share one database and run in any order).
 * JSON bodies are built with Jakarta JSON-P, never by concatenating strings.
 */
public final class Fixtures {

    private Fixtures() {}

    /** "Levy hearing 3f2a9c1d": a title or a name no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** "rosa-3f2a9c1d@example.org": an address no other test uses (limits are counted per address). */
    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /**
     * A JSON object built with JSON-P from keys and values: {@code json("position", "OPPOSE", "text", text)}. Values
     * may be strings, numbers, booleans, JSON-P values, lists (arrays), maps (objects) or anything else (its
     * {@code toString()}, e.g. an {@code Instant}); a Java {@code null} leaves the key out, {@code JsonValue.NULL}
     * writes null.
     */
    public static String json(Object... keysAndValues) {
        return object(keysAndValues).toString();
    }

    /** {@link #json} as a JSON-P object. */
    public static JsonObject object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            if (v != null) {
                b.add((String) keysAndValues[i], value(v));
            }
        }
        return b.build();
    }

    /** A JSON array of the values, as {@link #json} writes each. */
    public static JsonArray array(Object... values) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (Object v : values) {
            b.add(value(v));
        }
        return b.build();
    }

    private static JsonValue value(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof JsonValue j) {
            return j;
        }
        if (v instanceof String s) {
            return Json.createValue(s);
        }
        if (v instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return Json.createValue(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return Json.createValue(n.doubleValue());
        }
        if (v instanceof Collection<?> c) {
            return array(c.toArray());
        }
        if (v instanceof Map<?, ?> m) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            m.forEach((k, x) -> b.add(String.valueOf(k), value(x)));
            return b.build();
        }
        return Json.createValue(v.toString());
    }

    public static String meetingJson(String title, Instant startsAt) {
        return Json.createObjectBuilder()
                .add("body", "City Council")
                .add("title", title)
                .add("startsAt", startsAt.toString())
                .add("location", "Council Chamber")
                .add("remoteInstructions", "Call in")
                .build()
                .toString();
    }

    public static String itemJson(String number, String title) {
        return Json.createObjectBuilder()
                .add("number", number)
                .add("title", title)
                .add("fileNumber", "O2026-1")
                .add("description", "<b>markup</b> stays text")
                .add("acceptsComment", true)
                .build()
                .toString();
    }

    /** A clerk creates a meeting (a draft): its id. */
    public static long createMeeting(Http clerk, String title, Instant startsAt) {
        HttpResponse<String> r = clerk.post("api/v1/clerk/meetings", meetingJson(title, startsAt));
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/api/v1/clerk/meetings/"));
        return Http.object(r).getJsonNumber("id").longValue();
    }

    /** A clerk adds an item that takes comment: its id. */
    public static long addItem(Http clerk, long meetingId, String number, String title) {
        HttpResponse<String> r = clerk.post("api/v1/clerk/meetings/" + meetingId + "/items", itemJson(number, title));
        assertEquals(201, r.statusCode(), r.body());
        return Http.object(r).getJsonNumber("id").longValue();
    }

    /** A clerk publishes the meeting's agenda: residents see it and may comment. */
    public static void publish(Http clerk, long meetingId) {
        HttpResponse<String> r = clerk.post("api/v1/clerk/meetings/" + meetingId + "/publish", null);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** An RFC 9457 problem with the status, a detail, no stack trace, and (when given) the field at fault. */
    public static void assertProblem(HttpResponse<String> r, int status, String field) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject p = Http.object(r);
        assertEquals(status, p.getInt("status"));
        assertFalse(p.getString("detail").isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains(".java:"), r.body());
        if (field != null) {
            assertTrue(
                    p.getJsonArray("errors").stream()
                            .map(JsonValue::asJsonObject)
                            .anyMatch(e -> field.equals(e.getString("field"))
                                    && !e.getString("message").isBlank()),
                    r.body());
        }
    }

    /** A clerk holds the meeting, adjourns it and finalizes its official record. */
    public static void finalizeRecord(Http clerk, long meeting) {
        for (String status : List.of("IN_PROGRESS", "ADJOURNED")) {
            HttpResponse<String> r = clerk.post("api/v1/clerk/meetings/" + meeting + "/status", json("status", status));
            assertEquals(200, r.statusCode(), r.body());
        }
        HttpResponse<String> r = clerk.post("api/v1/clerk/meetings/" + meeting + "/record", "{}");
        assertEquals(200, r.statusCode(), r.body());
    }

    /**
     * Waits (polling every quarter second, at most {@code seconds}) for what a background task makes true: a test
     * asserts on the outcome, never after a fixed sleep.
     */
    public static void await(String what, int seconds, java.util.function.BooleanSupplier ready)
            throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!ready.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "never: " + what);
            Thread.sleep(250);
        }
    }

    /**
     * Runs {@code work} with the council publishing comments whose address is not confirmed (the default keeps them
     * for the record only), and sets the default back after it.
     */
    public static void withUnverifiedPublished(Http admin, Runnable work) {
        unverifiedComments(admin, "PUBLISH");
        try {
            work.run();
        } finally {
            unverifiedComments(admin, "RECORD_ONLY");
        }
    }

    private static void unverifiedComments(Http admin, String rule) {
        JsonObject now = Http.object(admin.get("api/v1/admin/settings"));
        assertEquals(
                200,
                admin.send(
                                "PUT",
                                "api/v1/admin/settings",
                                json(
                                        "commentMaxLength",
                                        5000,
                                        "acceptLate",
                                        false,
                                        "unverifiedComments",
                                        rule,
                                        "version",
                                        now.getJsonNumber("version")))
                        .statusCode());
    }

    /** A form letter against the levy, as campaigns send it (the analysis tests group its copies). */
    public static final String FORM_LETTER =
            "Dear Council Members, I am writing to oppose the proposed property tax levy increase "
                    + "of sixty million dollars. Seniors on fixed incomes cannot absorb another increase without losing their "
                    + "homes. The city should find savings in its own budget first. Please vote no on this ordinance.";

    /** The analysis of a comment once it has its campaign (grouped in the background right after it is stored). */
    public static JsonObject grouped(Http clerk, String tracking) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        JsonObject a = Http.object(clerk.get("api/v1/comments/" + tracking)).getJsonObject("analysis");
        while (!a.containsKey("campaignId") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            a = Http.object(clerk.get("api/v1/comments/" + tracking)).getJsonObject("analysis");
        }
        assertTrue(a.containsKey("campaignId"), "grouped within 20 s: " + a);
        return a;
    }
}
