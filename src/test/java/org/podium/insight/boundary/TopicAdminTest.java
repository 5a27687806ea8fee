package org.podium.insight.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.platform.PodiumException;

/** The clerks' topics as they are checked before they are stored: names in both languages, keywords. */
class TopicAdminTest {

    private static String refusedField(TopicAdmin.Entry... topics) {
        return assertThrows(PodiumException.class, () -> TopicAdmin.check(List.of(topics)))
                .field();
    }

    @Test
    void aSpanishNameIsKeptStrippedAndABlankOneIsNone() {
        List<TopicAdmin.Entry> clean = TopicAdmin.check(List.of(
                new TopicAdmin.Entry(" Schools ", "  Escuelas ", List.of("school", " teacher ", "")),
                new TopicAdmin.Entry("Parks", "  ", List.of("park"))));
        assertEquals(new TopicAdmin.Entry("Schools", "Escuelas", List.of("school", "teacher")), clean.get(0));
        assertNull(clean.get(1).nameEs(), "a blank Spanish name is no Spanish name");
    }

    @Test
    void aSpanishNameIsRefusedByItsFieldWhenItCannotBeWrittenOnTheTopicsPage() {
        assertEquals(
                "topics[0].nameEs",
                refusedField(new TopicAdmin.Entry("Schools", "Escuelas: todas", List.of("school"))));
        assertEquals(
                "topics[0].nameEs",
                refusedField(new TopicAdmin.Entry("Schools", "Escuelas | colegios", List.of("school"))));
        assertEquals(
                "topics[0].nameEs", refusedField(new TopicAdmin.Entry("Schools", "e".repeat(121), List.of("school"))));
        assertEquals(
                "topics[1].nameEs",
                refusedField(
                        new TopicAdmin.Entry("Schools", "Escuelas", List.of("school")),
                        new TopicAdmin.Entry("Colleges", "escuelas", List.of("college"))),
                "two topics, one Spanish name");
        assertEquals(
                "topics[0].name",
                refusedField(new TopicAdmin.Entry("Schools | Escuelas", null, List.of("school"))),
                "a bar in the name would read as the Spanish name on the topics page");
    }

    @Test
    void theOldRulesStand() {
        assertEquals(
                "topics[1].name",
                refusedField(
                        new TopicAdmin.Entry("A", null, List.of("x")), new TopicAdmin.Entry("a", null, List.of("y"))));
        assertEquals("topics[0].keywords", refusedField(new TopicAdmin.Entry("A", null, List.of(" "))));
        assertEquals(
                "topics",
                assertThrows(PodiumException.class, () -> TopicAdmin.check(null))
                        .field());
    }
}
