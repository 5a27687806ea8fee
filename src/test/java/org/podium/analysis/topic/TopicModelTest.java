package org.podium.analysis.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The topics a council's clerks taught: keywords first, then their decisions. */
class TopicModelTest {

    static final Taxonomy TAXONOMY = new Taxonomy(
            List.of(new Taxonomy.Topic("Schools", List.of("school")), new Taxonomy.Topic("Dogs", List.of("dog park"))));

    static final String[] SUBJECTS = {"music", "art", "history", "science"};

    /** What a clerk decided on an item about the school budget and a speed camera. */
    static List<TopicModel.Decision> decisions(int each) {
        List<TopicModel.Decision> out = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            String s = SUBJECTS[i % SUBJECTS.length];
            // the curriculum is about schools, though no keyword says so
            out.add(new TopicModel.Decision(
                    "The new curriculum leaves out " + s + " lessons " + i + ".", "Schools", true));
            // the school library is, as the keyword says
            out.add(new TopicModel.Decision("Our school library needs " + s + " books " + i + ".", "Schools", true));
            // speeding in a school zone is a matter of streets, not schools
            out.add(new TopicModel.Decision(
                    "Cars speeding through the school zone on Elm Street " + i + ".", "Schools", false));
            out.add(new TopicModel.Decision("The dog park needs lights " + i + ".", "Schools", false));
        }
        return out;
    }

    @Test
    void beforeAnyDecisionTheKeywordsDecide() {
        TopicModel m = TopicModel.of(TAXONOMY);
        assertEquals(List.of("Schools"), m.topicsOf("Cars speeding through the school zone again."));
        assertEquals(List.of(), m.topicsOf("Music belongs in the curriculum."));
        assertEquals(List.of(), TopicModel.train(TAXONOMY, List.of()).learnt());
    }

    @Test
    void aTopicLearnsTheWordsItsKeywordsMissedAndWhereAKeywordMisleads() {
        TopicModel m = TopicModel.train(TAXONOMY, decisions(4));
        assertEquals(List.of("Schools"), m.learnt());
        assertEquals(List.of("Schools"), m.topicsOf("Music belongs in the curriculum."));
        assertEquals(List.of(), m.topicsOf("Cars are speeding through the school zone again."));
        assertEquals(List.of("Schools"), m.topicsOf("The school library is too small."));
        // the topic the clerks did not correct keeps its keywords
        assertEquals(List.of("Dogs"), m.topicsOf("The dog park needs lights."));
    }

    @Test
    void aTopicWithTooFewDecisionsEitherWayKeepsItsKeywords() {
        List<TopicModel.Decision> few = new ArrayList<>(decisions(4));
        // only the "yes" decisions: nothing says where the topic stops
        few.removeIf(d -> !d.about());
        TopicModel m = TopicModel.train(TAXONOMY, few);
        assertEquals(List.of(), m.learnt());
        assertEquals(List.of("Schools"), m.topicsOf("Cars speeding through the school zone again."));
        // two each way are not enough either
        assertEquals(List.of(), TopicModel.train(TAXONOMY, decisions(1)).learnt());
        assertEquals(TopicModel.MIN_EACH, 3);
        assertEquals(
                List.of("Schools"), TopicModel.train(TAXONOMY, decisions(2)).learnt(), "4 each way");
    }

    @Test
    void decisionsAboutATopicNoLongerKeptAreLeftOut() {
        List<TopicModel.Decision> all = new ArrayList<>(decisions(4));
        for (TopicModel.Decision d : decisions(4)) {
            all.add(new TopicModel.Decision(d.text(), "Removed topic", d.about()));
        }
        TopicModel m = TopicModel.train(TAXONOMY, all);
        assertEquals(List.of("Schools"), m.learnt());
        assertEquals(List.of("Schools", "Dogs"), m.taxonomy().names());
    }
}
