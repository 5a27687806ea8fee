package org.podium.speaker.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.meeting.entity.AgendaBuilder;
import org.podium.meeting.entity.AgendaItem;

/** A sign-up to speak: its life from the mail's confirmation to the chamber, as the entity keeps it. */
class SpeakerTest {

    static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z");

    static AgendaItem item() {
        return AgendaBuilder.aMeeting().startingAt(NOW.plusSeconds(86_400)).item("4.a", "Property tax levy");
    }

    static Speaker signUp(String name, boolean withheld) {
        SpeakerBuilder b = SpeakerBuilder.aSignUp()
                .on(item())
                .by(name)
                .forGroup("Friends\u202e of the Park", List.of("Ana", "Luis"));
        return (withheld ? b.withheldName() : b).build();
    }

    @Test
    void anUnconfirmedSignUpHoldsNoPlaceAndJoinsTheLineWhenConfirmed() {
        Speaker s = signUp("Rosa Resident", false);
        s.awaitConfirmation("token-hash", "203.0.113.0");
        assertEquals(Speaker.Status.UNCONFIRMED, s.getStatus());
        assertEquals(0, s.getPlace());
        assertFalse(s.isEmailConfirmed());
        s.emailConfirmed(NOW, 42, null);
        assertEquals(Speaker.Status.WAITLISTED, s.getStatus(), "in line; the rules say where");
        assertEquals(42, s.getSequence(), "its arrival is the moment of confirmation");
        assertNull(s.getConfirmTokenHash(), "the link works once");
        assertTrue(s.isEmailConfirmed());
    }

    @Test
    void aPlaceFromTheWaitlistIsAPromotionOnlyForAConfirmedAddress() {
        Speaker s = signUp("Rosa Resident", false);
        s.awaitConfirmation("t", null);
        s.emailConfirmed(NOW, 1, null);
        assertTrue(s.allocated(Speaker.Status.CONFIRMED, 3, 180), "waitlisted → confirmed: the mail says so");
        assertEquals(3, s.getPlace());
        assertEquals(180, s.getSeconds());
        assertFalse(s.allocated(Speaker.Status.CONFIRMED, 2, 180), "moving up within the places is no promotion");

        Speaker unconfirmed = signUp("Luis", false);
        unconfirmed.awaitConfirmation("t", null);
        unconfirmed.allocated(Speaker.Status.WAITLISTED, 5, 0);
        assertFalse(unconfirmed.allocated(Speaker.Status.CONFIRMED, 1, 180), "never for an address not confirmed");
    }

    @Test
    void withdrawingFreesThePlaceAndTheMailbox() {
        Speaker s = signUp("Rosa Resident", false);
        s.allocated(Speaker.Status.CONFIRMED, 1, 180);
        s.withdraw(NOW);
        assertEquals(Speaker.Status.WITHDRAWN, s.getStatus());
        assertEquals(0, s.getPlace());
        assertEquals(NOW, s.getWithdrawnAt());
        assertFalse(s.isActive());
        assertFalse(s.isWaitingToSpeak());
    }

    @Test
    void inTheChamberANoShowGoesToTheEndOfTheLineThenForfeits() {
        Speaker s = Speaker.walkIn(item(), 9, null, SpeakingRules.Mode.IN_PERSON, 120, 4);
        assertTrue(s.isWalkIn());
        assertEquals(Speaker.Status.CONFIRMED, s.getStatus());
        assertNull(s.getPublicName(), "a card without a name is 'Speaker 4' on the display");
        assertTrue(s.isWaitingToSpeak());
        assertEquals(4, s.getCallOrder());
        s.noShow(1, 12);
        assertEquals(Speaker.Live.NO_SHOW, s.getLive());
        assertEquals(12, s.getCallOrder(), "called back at the end of the line");
        assertTrue(s.isWaitingToSpeak());
        s.noShow(1, 13);
        assertEquals(Speaker.Live.FORFEITED, s.getLive(), "the call-backs are used up");
        assertFalse(s.isWaitingToSpeak());
    }

    @Test
    void onlyARemoteSpeakerIsRemote() {
        assertFalse(signUp("Rosa Resident", false).isRemote());
        assertTrue(Speaker.walkIn(item(), 1, "Ana", SpeakingRules.Mode.REMOTE, 180, 1)
                .isRemote());
    }

    @Test
    void theTimeSpokenIsMinutesAndSeconds() {
        Speaker s = Speaker.walkIn(item(), 1, "Ana", SpeakingRules.Mode.REMOTE, 180, 1);
        assertEquals("", s.getSpokenTime());
        s.calledToSpeak();
        assertEquals(Speaker.Live.SPEAKING, s.getLive());
        s.spoke(185);
        assertEquals("3:05", s.getSpokenTime());
        assertFalse(s.isWaitingToSpeak());
    }

    @Test
    void namesAreCleanedAndAWithheldNameIsNotPublic() {
        Speaker s = signUp("Rosa Resident", false);
        assertEquals("Rosa Resident", s.getPublicName());
        assertEquals("Friends of the Park", s.getGroupName(), "a direction control removed");
        assertEquals(2, s.getGroupSize());
        assertEquals(Locale.forLanguageTag("es"), s.getLanguage());
        assertNull(signUp("Rosa Resident", true).getPublicName());
    }
}
