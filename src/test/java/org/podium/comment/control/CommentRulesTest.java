package org.podium.comment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentBuilder;
import org.podium.comment.entity.Position;
import org.podium.platform.PodiumException;

class CommentRulesTest {

    @Test
    void aTextIsKeptStrippedWithItsLineBreaksAndTabs() {
        assertEquals("Line one\n\tline two", CommentRules.text("  Line one\n\tline two \n", 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t "})
    void anEmptyTextIsRefusedAsRequired(String text) {
        PodiumException e = assertThrows(PodiumException.class, () -> CommentRules.text(text, 100));
        assertEquals("comment.text.required", e.messageKey());
        assertEquals("text", e.field());
        assertEquals(400, e.status());
    }

    @Test
    void noTextIsRefusedAsRequired() {
        assertEquals(
                "comment.text.required",
                assertThrows(PodiumException.class, () -> CommentRules.text(null, 100))
                        .messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad \uFFFD byte", "bell \u0007 here", "nul \u0000 here"})
    void aTextThatLostItsEncodingOrCarriesControlCharactersIsRefused(String text) {
        assertEquals(
                "comment.text.encoding",
                assertThrows(PodiumException.class, () -> CommentRules.text(text, 100))
                        .messageKey());
    }

    @Test
    void theLengthIsCountedInCharactersAsReadersSeeThemNotInUtf16Units() {
        String emoji = "\uD83D\uDE00".repeat(10); // ten characters, twenty UTF-16 units
        assertEquals(emoji, CommentRules.text(emoji, 10));
        PodiumException e = assertThrows(PodiumException.class, () -> CommentRules.text(emoji + "x", 10));
        assertEquals("comment.text.tooLong", e.messageKey());
        assertEquals(List.of(10), List.of(e.arguments()));
    }

    @Test
    void theScreenFlagsAPhoneNumberAndSuggestsItsRedaction() {
        Comment c = CommentBuilder.aWebComment()
                .saying(Position.OPPOSE, "Call me at (312) 555-0142 about the levy.")
                .build();
        CommentRules.screen(c, null, false);
        assertTrue(c.getModeration().getFlagCodes().contains(PreScreen.Flag.PERSONAL_DATA.code));
        assertEquals(
                List.of("(312) 555-0142"),
                c.getModeration().getSuggestedRedactions().stream()
                        .map(s -> c.getBody().substring(s.start(), s.end()))
                        .toList());
    }

    @Test
    void aBurstIsFlaggedOnlyWhenTheCallerSaysSo() {
        Comment calm = CommentBuilder.aWebComment()
                .saying(Position.SUPPORT, "Fund it.")
                .build();
        CommentRules.screen(calm, null, false);
        assertTrue(calm.getModeration().getFlagCodes().isEmpty());
        Comment burst = CommentBuilder.aWebComment()
                .saying(Position.SUPPORT, "Fund it.")
                .build();
        CommentRules.screen(burst, null, true);
        assertEquals(List.of(PreScreen.Flag.BURST.code), burst.getModeration().getFlagCodes());
    }
}
