package org.podium.speaker.entity;

import java.util.List;
import java.util.Locale;
import org.podium.comment.entity.Position;
import org.podium.meeting.entity.AgendaBuilder;
import org.podium.meeting.entity.AgendaItem;

/**
 * Sign-ups to speak for unit tests, said by name: {@code aSignUp().by("Rosa").remotely().build()}. By default: a
 * resident signs up in person, in Spanish, to the levy item of a meeting a day away, number 7 in the item's order.
 */
public final class SpeakerBuilder {

    private AgendaItem item = AgendaBuilder.aMeeting().item("4.a", "Property tax levy");
    private long sequence = 7;
    private String name = "Rosa Resident";
    private boolean nameWithheld;
    private String email = "Rosa+speak@Example.org";
    private SpeakingRules.Mode mode = SpeakingRules.Mode.IN_PERSON;
    private Position position;
    private String interpreterLanguage;
    private String groupName;
    private List<String> groupMembers = List.of();
    private boolean resident = true;
    private Locale language = Locale.forLanguageTag("es");

    private SpeakerBuilder() {}

    public static SpeakerBuilder aSignUp() {
        return new SpeakerBuilder();
    }

    public SpeakerBuilder on(AgendaItem item) {
        this.item = item;
        return this;
    }

    public SpeakerBuilder by(String name) {
        this.name = name;
        return this;
    }

    public SpeakerBuilder withheldName() {
        this.nameWithheld = true;
        return this;
    }

    public SpeakerBuilder remotely() {
        this.mode = SpeakingRules.Mode.REMOTE;
        return this;
    }

    public SpeakerBuilder taking(Position position) {
        this.position = position;
        return this;
    }

    /** Speaking for a group, with its members. */
    public SpeakerBuilder forGroup(String groupName, List<String> members) {
        this.groupName = groupName;
        this.groupMembers = members;
        return this;
    }

    public Speaker build() {
        return new Speaker(
                item,
                sequence,
                name,
                nameWithheld,
                email,
                mode,
                position,
                interpreterLanguage,
                groupName,
                groupMembers,
                resident,
                "hash",
                language);
    }
}
