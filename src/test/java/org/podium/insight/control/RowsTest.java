package org.podium.insight.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.podium.platform.Sql;

class RowsTest {

    @Test
    void inListsAndValuesHaveOnePlaceholderPerValue() {
        assertEquals("?", Sql.placeholders(1));
        assertEquals("?, ?, ?", Sql.placeholders(3));
        assertEquals("(?, ?, ?), (?, ?, ?)", Sql.values(2, 3));
        assertEquals("(?)", Sql.values(1, 1));
    }

    @Test
    void booleansAndTimestampsAreReadAsEitherDriverHandsThemBack() {
        assertTrue(Rows.bool(Boolean.TRUE));
        assertTrue(Rows.bool(1));
        assertTrue(Rows.bool((byte) 1));
        assertFalse(Rows.bool(0L));
        assertFalse(Rows.bool(null));
        Instant at = Instant.parse("2026-12-06T01:30:00Z");
        assertEquals(at, Rows.instant(Timestamp.from(at)));
        assertEquals(at, Rows.instant(OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
        assertEquals(
                Timestamp.valueOf(LocalDateTime.of(2026, 12, 6, 1, 30)).toInstant(),
                Rows.instant(LocalDateTime.of(2026, 12, 6, 1, 30)));
        assertNull(Rows.instant(null));
        assertNull(Rows.idOrNull(null));
        assertEquals(7L, Rows.id(7));
    }
}
