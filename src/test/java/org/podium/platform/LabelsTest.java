package org.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void directionControlsLeaveANameAndNothingElseDoes() {
        assertEquals("gpj.exe.png", Labels.clean("\u202Egpj.exe.png"));
        assertEquals("Ana Ruiz", Labels.clean("Ana\u2066 Ruiz\u2069\u200F"));
        assertEquals("José Núñez 😀", Labels.clean("José Núñez 😀"), "letters and emoji stay");
        assertEquals("محمد", Labels.clean("\u200Fمحمد"));
        assertNull(Labels.clean(null));
    }

    @Test
    void halfASurrogatePairIsNotWellFormed() {
        assertTrue(Labels.wellFormed("ok 😀"));
        assertFalse(Labels.wellFormed("x \uD800 y"));
        assertFalse(Labels.wellFormed("\uDC00"));
        assertFalse(Labels.wellFormed("end \uD83D"));
    }
}
