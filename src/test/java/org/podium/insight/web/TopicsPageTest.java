package org.podium.insight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.insight.boundary.TopicAdmin;

/** The topics page's lines: "Name: keywords" or "Name | Spanish name: keywords", both ways. */
class TopicsPageTest {

    @Test
    void aLineGivesTheSpanishNameAfterABar() {
        List<TopicAdmin.Entry> read =
                TopicsPage.parse("Schools | Escuelas: school, teacher\n\n" + "Parks: park,  library \n");
        assertEquals(
                List.of(
                        new TopicAdmin.Entry("Schools", "Escuelas", List.of("school", "teacher")),
                        new TopicAdmin.Entry("Parks", null, List.of("park", "library"))),
                read);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<TopicAdmin.Entry> topics = List.of(
                new TopicAdmin.Entry("Shelter costs", "Costo de la vivienda", List.of("rent", "property tax")),
                new TopicAdmin.Entry("Dogs", null, List.of("leash")));
        String text = TopicsPage.format(topics);
        assertEquals("Shelter costs | Costo de la vivienda: rent, property tax\nDogs: leash\n", text);
        assertEquals(topics, TopicsPage.parse(text));
    }
}
