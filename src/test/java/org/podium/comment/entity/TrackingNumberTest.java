package org.podium.comment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackingNumberTest {

    @Test
    void readableOverThePhone() {
        String t = TrackingNumber.of(2026, 4817);
        assertTrue(t.matches("PDM-26-004817-[A-Z]"), t);
        assertEquals(Optional.of(t), TrackingNumber.parse(t));
        assertEquals(Optional.of(t), TrackingNumber.parse(" " + t.toLowerCase().replace('-', ' ') + " "));
        assertTrue(TrackingNumber.of(2027, 12_345_678).matches("PDM-27-12345678-[A-Z]"), "grows past six digits");
    }

    @Test
    void theCheckLetterCatchesEveryWrongDigitAndEverySwap() {
        for (long serial = 0; serial < 3000; serial += 7) {
            String digits = String.format("26%06d", serial);
            char check = TrackingNumber.check(digits);
            for (int i = 0; i < digits.length(); i++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d != digits.charAt(i)) {
                        String wrong = digits.substring(0, i) + d + digits.substring(i + 1);
                        assertNotEquals(check, TrackingNumber.check(wrong), digits + " vs " + wrong);
                    }
                }
                if (i + 1 < digits.length() && digits.charAt(i) != digits.charAt(i + 1)) {
                    String swapped =
                            digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
                    assertNotEquals(check, TrackingNumber.check(swapped), digits + " vs " + swapped);
                }
            }
        }
    }

    @Test
    void malformedOrMistypedNumbersAreRefused() {
        String t = TrackingNumber.of(2026, 4817);
        char other = t.charAt(t.length() - 1) == 'A' ? 'B' : 'A';
        assertEquals(Optional.empty(), TrackingNumber.parse(t.substring(0, t.length() - 1) + other));
        assertEquals(Optional.empty(), TrackingNumber.parse("PDM-26-4817-K"));
        assertEquals(Optional.empty(), TrackingNumber.parse("'; drop table comment; --"));
        assertEquals(Optional.empty(), TrackingNumber.parse(null));
        assertTrue(TrackingNumber.CHECK_LETTERS.chars().noneMatch(c -> c == 'I' || c == 'O' || c == 'L'));
    }
}
