package org.podium.record.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.record.control.Canonical;

class RecordEntryTest {

    private static Map<String, Object> comment(String name) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "comment");
        e.put("tracking", "PDM-26-000001-A");
        e.put("name", name);
        e.put("text", "Keep the library open.");
        return e;
    }

    @Test
    void aNameLeavesWhatIsHashedForASaltedCommitmentAndComesBackToReaders() {
        Map<String, Object> e = comment("Rosa Díaz");
        String personal = Records.commitPersonal(e);
        assertFalse(e.containsKey("name"), "the hashed data holds no name");
        String content = Canonical.json(e);
        var entry = new Records.Entry(
                2, "comment", content, Canonical.ZERO, Canonical.chain(Canonical.ZERO, content), personal);
        String salt = entry.personalData().getString("salt");
        assertEquals(32, salt.length());
        assertEquals(Canonical.commit(salt, "Rosa Díaz"), entry.data().getString(Records.COMMITMENT));
        assertEquals("Rosa Díaz", entry.view().getString("name"), "the PDF and the CSV show it");
        assertFalse(entry.view().containsKey(Records.COMMITMENT));
        // the same name in another entry gets another salt: commitments cannot be compared across entries
        Map<String, Object> other = comment("Rosa Díaz");
        Records.commitPersonal(other);
        assertFalse(other.get(Records.COMMITMENT).equals(e.get(Records.COMMITMENT)));

        var erased = new Records.Entry(2, "comment", content, Canonical.ZERO, entry.hash(), "{\"erased\":true}");
        assertTrue(erased.erased());
        assertEquals(JsonValue.NULL, erased.view().get("name"), "erased: no name, the same hash");
        assertEquals(entry.hash(), Canonical.chain(Canonical.ZERO, erased.content()));
    }

    @Test
    void aWithheldNameHasNothingToCommitTo() {
        Map<String, Object> e = comment(null);
        assertNull(Records.commitPersonal(e));
        assertTrue(e.containsKey(Records.COMMITMENT) && e.get(Records.COMMITMENT) == null);
        String content = Canonical.json(e);
        var entry = new Records.Entry(
                2, "comment", content, Canonical.ZERO, Canonical.chain(Canonical.ZERO, content), null);
        assertEquals(JsonValue.NULL, entry.view().get("name"));
    }

    @Test
    void aFormatOneEntryIsReadAsItIs() {
        Map<String, Object> e = comment("Ben");
        String content = Canonical.json(e);
        var entry = new Records.Entry(
                2, "comment", content, Canonical.ZERO, Canonical.chain(Canonical.ZERO, content), null);
        assertEquals("Ben", entry.view().getString("name"));
        assertFalse(entry.erased());
    }
}
