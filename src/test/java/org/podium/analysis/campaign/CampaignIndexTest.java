package org.podium.analysis.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mail-merge variants of one letter are one campaign; different letters on the same item are not. */
class CampaignIndexTest {

    static final List<String> LETTER = List.of(
            "I am writing to oppose the proposed property tax levy increase of sixty million dollars.",
            "Families in our neighbourhood are already struggling with rising rents and grocery bills.",
            "Seniors on fixed incomes cannot absorb another increase without losing their homes.",
            "The city should find savings in its own budget before asking residents to pay more.",
            "Please vote no on this ordinance and protect the people you represent.");

    static String letter(String name, List<String> sentences, String extra) {
        StringBuilder b = new StringBuilder("Dear Council Members,\n\n");
        sentences.forEach(s -> b.append(s).append(' '));
        if (extra != null) {
            b.append("\n\n").append(extra);
        }
        return b.append("\n\nSincerely,\n").append(name).toString();
    }

    @Test
    void mailMergeVariantsAreOneCampaign() {
        CampaignIndex index = new CampaignIndex(CampaignIndex.DEFAULT_THRESHOLD);
        int first = index.add(letter("Maria Lopez", LETTER, null));
        assertEquals(0, first);
        // a name inserted, in capitals and other punctuation
        assertEquals(
                first,
                index.add(letter("John Smith", LETTER, null).toUpperCase().replace(",", ";")));
        // two sentences swapped
        List<String> swapped = new ArrayList<>(LETTER);
        Collections.swap(swapped, 1, 2);
        assertEquals(first, index.add(letter("Ana Ruiz", swapped, null)));
        // a short personal paragraph added
        assertEquals(first, index.add(letter("Ben Okafor", LETTER, "My taxes went up 12% last year already.")));
        // the same letter word for word: by the exact hash
        assertEquals(first, index.add(letter("Maria Lopez", LETTER, null)));
        // a different letter on the same item starts a campaign of its own
        int other = index.add("I support the levy. The library and the pools need the money, and our parks have "
                + "been neglected for a decade. Please vote yes for the children of this city.");
        assertNotEquals(first, other);
        assertEquals(5, other);
        assertEquals(6, index.size());
    }

    @Test
    void aLetterRewrittenHalfwayIsNotTheCampaign() {
        CampaignIndex index = new CampaignIndex(0.8);
        int first = index.add(letter("Maria Lopez", LETTER, null));
        List<String> half = new ArrayList<>(LETTER.subList(0, 2));
        half.add("I walked my whole block last weekend and spoke with every neighbour about the budget.");
        half.add("Most of them told me they had not even heard about the hearing until this week.");
        half.add("That is not how a sixty million dollar decision should be made in our city.");
        assertNotEquals(first, index.add(letter("Cy Jones", half, null)));
    }

    @Test
    void thousandsOfVariantsWithNoise() {
        Random r = new Random(1);
        CampaignIndex index = new CampaignIndex(0.8);
        int first = index.add(letter("Resident 0", LETTER, null));
        int joined = 0;
        for (int i = 1; i <= 2000; i++) {
            List<String> s = new ArrayList<>(LETTER);
            Collections.swap(s, r.nextInt(5), r.nextInt(5));
            if (index.add(letter("Resident " + i, s, r.nextBoolean() ? null : "I live on Elm Street.")) == first) {
                joined++;
            }
        }
        assertEquals(2000, joined);
    }

    @Test
    void theThresholdIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new CampaignIndex(0));
        assertThrows(IllegalArgumentException.class, () -> new CampaignIndex(1.5));
    }
}
