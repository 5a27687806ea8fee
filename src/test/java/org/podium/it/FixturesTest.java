package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The integration tests' JSON bodies are what JSON-P writes: quotes, line breaks and surrogates escaped once. */
class FixturesTest {

    @Test
    void jsonWritesEachKindOfValueAndLeavesOutAJavaNull() {
        assertEquals(
                "{\"text\":\"She said \\\"no\\\"\\nTwice\",\"n\":3,\"x\":0.5,\"ok\":true,"
                        + "\"at\":\"2026-12-05T10:00:00Z\",\"names\":[\"Ana\",\"Luis\"],\"rules\":{\"max\":10},"
                        + "\"expires\":null}",
                Fixtures.json(
                        "text",
                        "She said \"no\"\nTwice",
                        "n",
                        3,
                        "x",
                        0.5,
                        "ok",
                        true,
                        "email",
                        null,
                        "at",
                        Instant.parse("2026-12-05T10:00:00Z"),
                        "names",
                        List.of("Ana", "Luis"),
                        "rules",
                        Map.of("max", 10),
                        "expires",
                        JsonValue.NULL));
    }

    @Test
    void keysAndValuesComeInPairs() {
        assertThrows(IllegalArgumentException.class, () -> Fixtures.json("position"));
    }
}
