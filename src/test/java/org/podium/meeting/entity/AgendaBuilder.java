package org.podium.meeting.entity;

import java.time.Instant;

/**
 * Meetings and items for unit tests, said by name: {@code AgendaBuilder.aMeeting().startingAt(t).item("4.a", "Levy")}. The
 * entities' constructors take every field in order; a test names only what it is about.
 */
public final class AgendaBuilder {

    private String body = "City Council";
    private String title = "Regular meeting";
    private Instant startsAt = Instant.parse("2026-12-10T00:30:00Z");
    private String location = "Chamber";
    private String remoteInstructions;

    private AgendaBuilder() {}

    /** A regular meeting of the City Council in the chamber, on 9 December 2026 in the evening (Chicago). */
    public static AgendaBuilder aMeeting() {
        return new AgendaBuilder();
    }

    public AgendaBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public AgendaBuilder startingAt(Instant startsAt) {
        this.startsAt = startsAt;
        return this;
    }

    public AgendaBuilder remotely(String instructions) {
        this.remoteInstructions = instructions;
        return this;
    }

    public Meeting build() {
        return new Meeting(body, title, startsAt, location, remoteInstructions);
    }

    /** An item of this meeting that takes comment, with no window of its own. */
    public AgendaItem item(String number, String title) {
        return build().addItem(new AgendaItem(number, title, null, null, null, true, null, null));
    }

    /** An item on no meeting (an entity test that needs only the item). */
    public static AgendaItem anItem(String number, String title) {
        return new AgendaItem(number, title, null, null, null, true, null, null);
    }
}
