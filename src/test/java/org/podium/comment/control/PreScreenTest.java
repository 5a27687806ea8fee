package org.podium.comment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.comment.control.PreScreen.Flag;

class PreScreenTest {

    private static final PreScreen SCREEN = PreScreen.standard();

    /** The text of the suggested spans, in order. */
    private static List<String> found(String text) {
        return SCREEN.screen(text, null, false).suggested().stream()
                .map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(312) 555-0142",
                "312-555-0142",
                "312.555.0142",
                "312 555 0142",
                "+1 312 555 0142",
                "1-312-555-0142",
                "(312)555-0142",
                "+52 55 1234 5678",
                "+44 20 7946 0958"
            })
    void phoneNumbersInManyFormatsAreSuggested(String phone) {
        String text = "Call my neighbour at " + phone + " if you doubt me.";
        assertEquals(List.of(phone), found(text));
        assertTrue(SCREEN.screen(text, null, false).flags().contains(Flag.PERSONAL_DATA));
    }

    @Test
    void tenDigitsRunTogetherAreAPhoneNumberOnlyWhereTheWordsSaySo() {
        assertEquals(List.of("3125550142"), found("Please call me: 3125550142."));
        assertEquals(List.of(), found("See file 2026001234 of the clerk."));
        assertEquals(List.of(), found("In that context 2026001234 is a file number."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Call 3-1-1 to report potholes.",
                "Ordinance O2026-0153 amends section 4-12-050.",
                "The levy rises from $58,000,000 to $60,000,000 in 2026-2027.",
                "Resolution 2024-117 passed 7-2.",
                "Item 12 on the agenda, page 3 of 45, at 6:30 p.m.",
                "We need 24/7 service and 911 response times."
            })
    void numbersThatAreNotPersonalDataAreLeftAlone(String text) {
        PreScreen.Result r = SCREEN.screen(text, null, false);
        assertEquals(List.of(), found(text), text);
        assertFalse(r.flags().contains(Flag.PERSONAL_DATA), text);
    }

    @Test
    void emailAddressesAlsoWrittenOut() {
        assertEquals(List.of("jane.doe@example.org"), found("Write to jane.doe@example.org today."));
        assertEquals(List.of("jane dot doe at gmail dot com"), found("Mail jane dot doe at gmail dot com please"));
        assertEquals(List.of("jane(at)gmail(dot)com"), found("or jane(at)gmail(dot)com."));
        assertEquals(List.of("maria [at] correo [dot] mx"), found("escriba a maria [at] correo [dot] mx"));
        assertEquals(List.of(), found("Look at the report, dot the i's and cross the t's at home."));
        assertEquals(
                List.of(),
                found("Great article on levies at www.example.com/levy-explained, read it."),
                "a website after 'at' is no mailbox");
        assertEquals(
                "link",
                SCREEN.screen("Great article on levies at www.example.com/levy-explained", null, false)
                        .flagCodes());
    }

    @Test
    void socialSecurityLikeNumbersAndStreetAddresses() {
        assertEquals(List.of("123-45-6789"), found("His SSN is 123-45-6789."));
        assertEquals(List.of("123456789"), found("social security number 123456789"));
        assertEquals(List.of("1234 N. Maple Ave, Apt 3"), found("He lives at 1234 N. Maple Ave, Apt 3 and shouts."));
        assertEquals(List.of("42 Elm Street"), found("The party is at 42 Elm Street tonight."));
        assertEquals(List.of(), found("In 2026 the city spent more on streets than on parks."));
    }

    @Test
    void obscenityIsMatchedAsAWholeWordOnly() {
        assertTrue(SCREEN.screen("This levy is bullshit.", null, false).flags().contains(Flag.OBSCENITY));
        assertTrue(SCREEN.screen("What the FUCKING hell", null, false).flags().contains(Flag.OBSCENITY));
        assertTrue(SCREEN.screen("Es una mierda.", null, false).flags().contains(Flag.OBSCENITY));
        for (String clean : List.of(
                "The Scunthorpe council met in Essex.",
                "Shitake mushrooms? No: shiitake.",
                "Computation of the assessment",
                "We must pass the budget",
                "la computadora de la escuela")) {
            assertFalse(SCREEN.screen(clean, null, false).flags().contains(Flag.OBSCENITY), clean);
        }
    }

    @Test
    void threatsAreFlaggedButStrongOppositionIsNot() {
        for (String threat : List.of(
                "If you pass this I will kill you.",
                "We're going to burn down city hall",
                "Watch your back, alderman.",
                "I know where you live.",
                "Te voy a matar.")) {
            assertTrue(SCREEN.screen(threat, null, false).flags().contains(Flag.THREAT), threat);
        }
        for (String opposition : List.of(
                "Kill this levy!",
                "This tax will kill small business.",
                "Vote them out, they will pay at the ballot box.",
                "The budget shoots the city in the foot.")) {
            assertFalse(SCREEN.screen(opposition, null, false).flags().contains(Flag.THREAT), opposition);
        }
    }

    @Test
    void everyThreatPhraseHasAHintWordSoThatItIsTried() throws Exception {
        try (var in = PreScreen.class.getResourceAsStream("threats.txt")) {
            List<String> phrases = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
            assertTrue(phrases.size() >= 9);
            for (String p : phrases) {
                assertTrue(
                        PreScreen.THREAT_HINTS.stream()
                                .anyMatch(h -> p.toLowerCase().contains(h)),
                        p);
            }
        }
    }

    @Test
    void linksDisposableAddressesAndBurstsAreFlagged() {
        assertEquals(
                Set.of(Flag.LINK),
                SCREEN.screen("Read https://example.org/levy first", null, false)
                        .flags());
        assertEquals(
                Set.of(Flag.LINK),
                SCREEN.screen("cheap pills at www.pills-now.biz", null, false).flags());
        assertEquals(
                Set.of(Flag.LINK),
                SCREEN.screen("buy at bestdeals.shop/now", null, false).flags());
        assertEquals(
                Set.of(),
                SCREEN.screen("The levy is 3.5 percent, i.e. too much.", null, false)
                        .flags());
        assertEquals(
                Set.of(Flag.DISPOSABLE_EMAIL),
                SCREEN.screen("No.", "x@mailinator.com", false).flags());
        assertEquals(
                Set.of(Flag.DISPOSABLE_EMAIL),
                SCREEN.screen("No.", "x@eu.YOPMAIL.com", false).flags());
        assertEquals(
                Set.of(), SCREEN.screen("No.", "x@notmailinator.com", false).flags());
        assertEquals(
                Set.of(Flag.BURST), SCREEN.screen("No.", "x@example.org", true).flags());
        assertEquals(
                "personal-data,link",
                SCREEN.screen("me@example.org http://x.org", null, false).flagCodes());
    }
}
