package org.podium.analysis.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void aCommentIsAboutEveryTopicOneOfWhoseKeywordsItHolds() {
        Taxonomy t = new Taxonomy(Taxonomy.defaults());
        assertEquals(
                List.of("Seniors and fixed incomes", "Shelter costs"),
                t.topicsOf("As a retired widow on a fixed income, my property taxes already exceed my mortgage."));
        assertEquals(
                List.of("Police and public safety", "Schools"),
                t.topicsOf("Fund the police officers who keep our schools safe."));
        assertEquals(List.of(), t.topicsOf("I have nothing else to add."));
        Taxonomy custom = new Taxonomy(List.of(new Taxonomy.Topic("Dogs", List.of("dog park", "leash"))));
        assertEquals(List.of("Dogs"), custom.topicsOf("The DOG PARKS need lights"), "phrases match stemmed, any case");
        assertEquals(List.of(), custom.topicsOf("the dog ate the park map"), "a phrase is a phrase");
    }

    @Test
    void aCommentFiledUnderTheWrongItemIsRoutedToItsItem() {
        ItemRouter router = new ItemRouter(List.of(
                new ItemRouter.Item(1, "General public comment", "", List.of()),
                new ItemRouter.Item(
                        2,
                        "Ordinance: 2027 property tax levy increase of $60 million",
                        "Raises the property tax levy to fund the general fund deficit.",
                        List.of("levy", "taxes")),
                new ItemRouter.Item(
                        3,
                        "Resolution: Elm Street bike lanes",
                        "Protected bike lanes on Elm Street between 1st and 9th.",
                        List.of("cycling", "traffic")),
                new ItemRouter.Item(
                        4,
                        "Contract: library branch renovation",
                        "Renovates the Northside branch library.",
                        List.of("books"))));
        assertEquals(
                2,
                router.suggest("Raising our property taxes again is unfair to homeowners.")
                        .orElseThrow()
                        .itemId());
        assertEquals(
                3,
                router.suggest("The bikes lanes on Elm will make traffic worse for deliveries.")
                        .orElseThrow()
                        .itemId());
        assertEquals(
                4,
                router.suggest("Our libraries deserve better; please fix the Northside building.")
                        .orElseThrow()
                        .itemId());
        assertTrue(router.suggest("Thank you for your service.").isEmpty(), "nothing to go on: no suggestion");
    }

    @Test
    void groupsOfSimilarCommentsAreDiscoveredWithTheirTopTerms() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            texts.add("The potholes on street " + i + " damage cars and the road repairs are years late.");
            texts.add("Library hours were cut " + i + " times; the library is where my children read after school.");
        }
        List<Clusters.Cluster> groups = Clusters.discover(texts, 6);
        assertTrue(groups.size() >= 2, groups.toString());
        Clusters.Cluster potholes = groups.stream()
                .filter(g -> g.topTerms().contains("pothole"))
                .findFirst()
                .orElseThrow();
        Clusters.Cluster library = groups.stream()
                .filter(g -> g.topTerms().contains("library"))
                .findFirst()
                .orElseThrow();
        assertTrue(potholes.members().stream().allMatch(i -> i % 2 == 0), potholes.toString());
        assertTrue(library.members().stream().allMatch(i -> i % 2 == 1), library.toString());
        assertEquals(List.of(), Clusters.discover(texts.subList(0, 5), 6), "too few to group");
    }

    @Test
    void aGroupIsNamedByAPhraseItsAuthorsShareNeverByWordStems() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            texts.add("The potholes on street " + i + " damage cars and the road repairs are years late.");
            texts.add("Library hours were cut " + i + " times; the library is where my children read after school.");
        }
        List<Clusters.Cluster> groups = Clusters.discover(texts, 6);
        for (Clusters.Cluster g : groups) {
            assertTrue(g.name().split(" ").length >= 2, g.name());
            for (int m : g.members()) {
                assertTrue(
                        texts.get(m).toLowerCase().contains(g.name()),
                        "every text of the group says \"" + g.name() + "\": " + texts.get(m));
            }
        }
        assertTrue(
                groups.stream().anyMatch(g -> g.name().contains("library")),
                groups.stream().map(Clusters.Cluster::name).toList().toString());
    }

    @Test
    void withoutASharedPhraseTheNameIsTheWordsAsWrittenNotTheirStems() {
        List<String> texts = List.of(
                "Please publish how much of the levy goes to each pension fund.",
                "My landlord raised the rent twice; ask him where the money goes.",
                "Pensions were raised last year and nobody asked where it goes.");
        String name = Clusters.name(texts, List.of(0, 1, 2), List.of("goe", "pension", "rais"));
        assertEquals("goes, pension, raised", name);
    }
}
