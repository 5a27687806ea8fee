package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

/**
 * What the integration tests set up, said as the product says it: a meeting with its items, published; a resident
 * with an address no other test uses. Every test makes its own (the tests share one database and run in any order).
 * JSON bodies are built with Jakarta JSON-P, never by concatenating strings.
 */
final class Fixtures {

    private Fixtures() {}

    /** "Levy hearing 3f2a9c1d": a title or a name no other test uses. */
    static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** "rosa-3f2a9c1d@example.org": an address no other test uses (limits are counted per address). */
    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static String meetingJson(String title, Instant startsAt) {
        return Json.createObjectBuilder()
                .add("body", "City Council")
                .add("title", title)
                .add("startsAt", startsAt.toString())
                .add("location", "Council Chamber")
                .add("remoteInstructions", "Call in")
                .build()
                .toString();
    }

    static String itemJson(String number, String title) {
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
    static long createMeeting(Http clerk, String title, Instant startsAt) {
        HttpResponse<String> r = clerk.post("api/v1/clerk/meetings", meetingJson(title, startsAt));
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/api/v1/clerk/meetings/"));
        return Http.object(r).getJsonNumber("id").longValue();
    }

    /** A clerk adds an item that takes comment: its id. */
    static long addItem(Http clerk, long meetingId, String number, String title) {
        HttpResponse<String> r = clerk.post("api/v1/clerk/meetings/" + meetingId + "/items", itemJson(number, title));
        assertEquals(201, r.statusCode(), r.body());
        return Http.object(r).getJsonNumber("id").longValue();
    }

    /** A clerk publishes the meeting's agenda: residents see it and may comment. */
    static void publish(Http clerk, long meetingId) {
        HttpResponse<String> r = clerk.post("api/v1/clerk/meetings/" + meetingId + "/publish", null);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** An RFC 9457 problem with the status, a detail, no stack trace, and (when given) the field at fault. */
    static void assertProblem(HttpResponse<String> r, int status, String field) {
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
}
