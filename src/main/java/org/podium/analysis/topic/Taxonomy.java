package org.podium.analysis.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.Terms;

/**
 * A council's topics, each with keywords a clerk can edit ("Seniors and fixed incomes": seniors, retired, fixed
 * income, pension …). A comment is about every topic one of whose keywords (a word or a phrase, stemmed, so "taxes"
 * matches "tax") it contains; several topics per comment, or none.
 */
public final class Taxonomy {

    /** A topic and its keywords. */
    public record Topic(String name, List<String> keywords) {}

    private record Compiled(String name, List<List<String>> phrases) {}

    private final List<Compiled> topics = new ArrayList<>();
    private final List<String> names;
    /** Each keyword phrase by its first term: (topic number, phrase). */
    private final Map<String, List<Map.Entry<Integer, List<String>>>> byFirst = new HashMap<>();

    public Taxonomy(List<Topic> topics) {
        for (Topic t : topics) {
            List<List<String>> phrases = new ArrayList<>();
            for (String k : t.keywords()) {
                List<String> terms = Terms.of(k);
                if (!terms.isEmpty()) {
                    phrases.add(terms);
                }
            }
            for (List<String> phrase : phrases) {
                byFirst.computeIfAbsent(phrase.get(0), k -> new ArrayList<>())
                        .add(Map.entry(this.topics.size(), phrase));
            }
            this.topics.add(new Compiled(t.name(), phrases));
        }
        this.names = this.topics.stream().map(Compiled::name).toList();
    }

    /** The names of the topics the text is about, in the taxonomy's order. */
    public List<String> topicsOf(String text) {
        return topicsOfTerms(Terms.of(text));
    }

    public List<String> topicsOf(Prepared text) {
        return topicsOfTerms(Terms.of(text.tokens()));
    }

    public List<String> topicsOfTerms(List<String> terms) {
        boolean[] found = hits(terms);
        List<String> out = new ArrayList<>();
        for (int t = 0; t < found.length; t++) {
            if (found[t]) {
                out.add(topics.get(t).name());
            }
        }
        return out;
    }

    /** The topics' names, in the taxonomy's order. */
    public List<String> names() {
        return names;
    }

    /** For each topic, in order: whether one of its keywords is among the terms ({@link Terms#of}). */
    public boolean[] hits(List<String> terms) {
        boolean[] found = new boolean[topics.size()];
        for (int i = 0; i < terms.size(); i++) {
            List<Map.Entry<Integer, List<String>>> candidates = byFirst.get(terms.get(i));
            if (candidates == null) {
                continue;
            }
            for (Map.Entry<Integer, List<String>> c : candidates) {
                if (!found[c.getKey()] && startsAt(terms, i, c.getValue())) {
                    found[c.getKey()] = true;
                }
            }
        }
        return found;
    }

    private static boolean startsAt(List<String> terms, int i, List<String> phrase) {
        if (i + phrase.size() > terms.size()) {
            return false;
        }
        for (int j = 1; j < phrase.size(); j++) {
            if (!terms.get(i + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** A starting taxonomy for a council that has none yet (the clerk renames, edits or removes any of it). */
    public static List<Topic> defaults() {
        return List.of(
                new Topic(
                        "Seniors and fixed incomes",
                        List.of(
                                "senior",
                                "elderly",
                                "retired",
                                "retiree",
                                "fixed income",
                                "pension",
                                "social security",
                                "grandparent")),
                new Topic(
                        "Shelter costs",
                        List.of(
                                "rent",
                                "mortgage",
                                "housing",
                                "afford",
                                "affordable",
                                "homeowner",
                                "landlord",
                                "tenant",
                                "eviction",
                                "property tax",
                                "lose my home",
                                "lose our home")),
                new Topic(
                        "Police and public safety",
                        List.of(
                                "police",
                                "officer",
                                "crime",
                                "safety",
                                "safe",
                                "firefighter",
                                "fire department",
                                "emergency",
                                "911")),
                new Topic(
                        "Schools",
                        List.of("school", "teacher", "student", "education", "classroom", "children", "kids")),
                new Topic(
                        "Business impact",
                        List.of(
                                "business",
                                "small business",
                                "shop",
                                "store",
                                "restaurant",
                                "jobs",
                                "employer",
                                "customer",
                                "economy")),
                new Topic(
                        "Parks and libraries",
                        List.of("park", "library", "libraries", "pool", "recreation", "playground", "trail")),
                new Topic(
                        "Streets and transit",
                        List.of(
                                "street",
                                "road",
                                "pothole",
                                "traffic",
                                "bus",
                                "transit",
                                "bike",
                                "sidewalk",
                                "parking")),
                new Topic(
                        "Government spending",
                        List.of(
                                "waste",
                                "budget",
                                "spending",
                                "salaries",
                                "overtime",
                                "efficiency",
                                "audit",
                                "consultant")));
    }
}
