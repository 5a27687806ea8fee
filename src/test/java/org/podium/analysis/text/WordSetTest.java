package org.podium.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void answersAsASetDoesForMembersAndForWordsThatShareABitWithOne() {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            members.add("word" + i);
        }
        WordSet set = WordSet.of(members);
        Set<String> reference = new HashSet<>(members);
        for (String m : members) {
            assertTrue(set.contains(new String(m.toCharArray())), m);
        }
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            String w = "word" + i;
            assertEquals(reference.contains(w), set.contains(w), w);
            found += set.contains(w) ? 1 : 0;
        }
        assertEquals(300, found);
        assertFalse(WordSet.of("not", "never").contains(""));
        assertTrue(WordSet.of("not", "never").contains("never"));
    }
}
