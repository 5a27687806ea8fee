package org.podium.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.faces.context.ExternalContext;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The features' directions, checked on the compiled classes (ArchUnit). Features sit in layers; a class may use its own
 * feature, anything in a lower layer, and a feature of its own layer as long as no cycle forms. What all features share
 * ({@code platform}, {@code web}, {@code audit}) uses no feature, and {@code analysis} uses nothing of Jakarta EE nor of
 * Podium. docs/architecture.md draws the same picture.
 *
 * <p>{@link #KNOWN} lists the edges against these rules that are still in the code, each by class, so that the build
 * fails on any new one and on a listed one that has gone (the list only shrinks). {@link #KNOWN_SQL} does the same for
 * queries that read or write another feature's tables, where a call to that feature's boundary belongs.
 */
class ArchitectureTest {

    static final JavaClasses PODIUM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.podium");

    /** Low to high: a feature may depend on the features of lower layers and, without a cycle, of its own. */
    static final List<Set<String>> LAYERS = List.of(
            Set.of("analysis"),
            Set.of("platform"),
            Set.of("audit", "web"),
            Set.of("account", "council", "meeting"),
            Set.of("comment"),
            Set.of("speaker", "insight"),
            Set.of("moderation"),
            Set.of("summary", "record"),
            Set.of("privacy"),
            Set.of("demo"));

    /** Edges against the layers still in the code ("from -> to", classes named within their feature). */
    static final Set<String> KNOWN = Set.of();

    /** Tables without an entity, by the feature that owns them (the others belong to their entity's feature). */
    static final Map<String, String> TABLES_WITHOUT_ENTITY = Map.ofEntries(
            Map.entry("campaign_band", "insight"),
            Map.entry("campaign_grouping", "insight"),
            Map.entry("stance_label", "insight"),
            Map.entry("topic", "insight"),
            Map.entry("topic_label", "insight"),
            Map.entry("meeting_record", "record"),
            Map.entry("record_entry", "record"),
            Map.entry("record_file", "record"),
            Map.entry("rate_event", "platform"),
            Map.entry("setup_token", "account"),
            Map.entry("key_point", "insight"),
            Map.entry("key_point_item", "insight"),
            Map.entry("key_point_match", "insight"));

    /**
     * Queries of one feature on another's tables still in the code ("feature.Class: table or entity"): none. A feature
     * that needs another's rows asks that feature (comment's {@code CommentReadings}, {@code CommentCounts},
     * {@code CommentSearch}, {@code MeetingComments}; speaker's {@code Speakers}; council's {@code PostingPolicy}).
     */
    static final Set<String> KNOWN_SQL = Set.of();

    static final Path SOURCES = Path.of("src", "main", "java", "org", "podium");
    static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern COMMENT = Pattern.compile("//[^\n]*|/\\*(?s:.*?)\\*/");
    static final Pattern SQL = Pattern.compile("(?i)^\\s*(select|insert|update|delete|with)\\b");
    static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+`?(\\w+)");

    static String feature(Path source) {
        return SOURCES.relativize(source).getName(0).toString();
    }

    /** Every table named in @Table and every entity class, by feature. */
    static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new HashMap<>(TABLES_WITHOUT_ENTITY);
        for (JavaClass c : PODIUM) {
            if (c.isAnnotatedWith(Entity.class)) {
                owners.put(c.getSimpleName(), feature(c));
                c.tryGetAnnotationOfType(Table.class).ifPresent(t -> owners.put(t.name(), feature(c)));
            }
        }
        return owners;
    }

    /**
     * The queries of a source: the string literals of each statement joined (a query built over several lines, or
     * handed to a helper such as {@code rows(sql, …)}, is one text), kept when the text starts like SQL or JPQL.
     */
    static List<String> queries(String source) {
        List<String> out = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        Matcher lit = LITERAL.matcher(source);
        Matcher comment = COMMENT.matcher(source);
        int i = 0;
        while (i < source.length()) {
            char ch = source.charAt(i);
            if (ch == '"' && lit.find(i) && lit.start() == i) {
                statement.append(lit.group(1)).append(' ');
                i = lit.end();
            } else if (ch == '\'' && i + 2 < source.length()) {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2)) + 1;
            } else if (ch == '/' && comment.find(i) && comment.start() == i) {
                i = comment.end();
            } else {
                if (ch == ';' || ch == '{' || ch == '}') {
                    if (SQL.matcher(statement).find()) {
                        out.add(statement.toString());
                    }
                    statement.setLength(0);
                }
                i++;
            }
        }
        return out;
    }

    @Test
    void theScanFindsAQueryBuiltOverLinesOrHandedToAHelper() {
        String source = "class X { void a() { rows(\"select status, count(*)\"\n + \" from comment where item_id = ?\","
                + " id); log(\"read from speaker\"); char c = '\"'; em.createQuery(\"select s from Speaker s\"); } }";
        List<String> found = queries(source);
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).contains("from comment where"), found::toString);
        assertTrue(found.get(1).contains("from Speaker s"), found::toString);
    }

    @Test
    void aFeaturesQueriesTouchOnlyItsOwnTables() throws IOException {
        Map<String, String> owners = owners();
        SortedSet<String> against = new TreeSet<>();
        int scanned = 0;
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path p : sources) {
            String feature = feature(p);
            // demo fills every feature's tables by design; Flyway's Java migrations change any table
            if (feature.equals("demo") || p.toString().contains("migration")) {
                continue;
            }
            String cls = p.getFileName().toString().replace(".java", "");
            for (String sql : queries(Files.readString(p))) {
                scanned++;
                Matcher t = TABLE.matcher(sql);
                while (t.find()) {
                    String owner = owners.get(t.group(1));
                    if (owner != null && !owner.equals(feature)) {
                        against.add(feature + "." + cls + ": " + t.group(1));
                    }
                }
            }
        }
        assertTrue(scanned > 150, "the scan finds Podium's queries: " + scanned);
        SortedSet<String> added = new TreeSet<>(against);
        added.removeAll(KNOWN_SQL);
        SortedSet<String> gone = new TreeSet<>(KNOWN_SQL);
        gone.removeAll(against);
        assertTrue(
                added.isEmpty(),
                () -> "queries on another feature's tables (call its boundary instead):\n  "
                        + String.join("\n  ", added));
        assertTrue(
                gone.isEmpty(),
                () -> "no longer in the code, take them out of KNOWN_SQL:\n  " + String.join("\n  ", gone));
    }

    static String feature(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith("org.podium.")) {
            return null;
        }
        String rest = p.substring("org.podium.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static int layer(String feature) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(feature)) {
                return i;
            }
        }
        throw new AssertionError("the feature '" + feature + "' has no layer in ArchitectureTest.LAYERS");
    }

    static String name(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return feature(c) + "." + top.getSimpleName();
    }

    /** Every dependency between two Podium features, as "from.Class -> to.Class". */
    static Map<String, SortedSet<String>> edges() {
        Map<String, SortedSet<String>> byFeatures = new TreeMap<>();
        for (JavaClass c : PODIUM) {
            String from = feature(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = feature(d.getTargetClass());
                if (from != null && to != null && !from.equals(to)) {
                    byFeatures
                            .computeIfAbsent(from + " -> " + to, k -> new TreeSet<>())
                            .add(name(c) + " -> " + name(d.getTargetClass()));
                }
            }
        }
        return byFeatures;
    }

    @Test
    void everyFeatureHasALayer() {
        PODIUM.stream()
                .map(ArchitectureTest::feature)
                .filter(f -> f != null)
                .distinct()
                .forEach(ArchitectureTest::layer);
    }

    @Test
    void featuresDependOnlyDownwardsAndWithoutCycles() {
        SortedSet<String> against = new TreeSet<>();
        Map<String, SortedSet<String>> edges = edges();
        edges.forEach((pair, classes) -> {
            String[] f = pair.split(" -> ");
            if (layer(f[0]) < layer(f[1])) {
                against.addAll(classes);
            }
        });
        // within a layer, a feature pair used both ways is a cycle
        edges.forEach((pair, classes) -> {
            String[] f = pair.split(" -> ");
            if (layer(f[0]) == layer(f[1]) && edges.containsKey(f[1] + " -> " + f[0])) {
                against.addAll(classes);
            }
        });
        SortedSet<String> added = new TreeSet<>(against);
        added.removeAll(KNOWN);
        SortedSet<String> gone = new TreeSet<>(KNOWN);
        gone.removeAll(against);
        assertTrue(
                added.isEmpty(),
                () -> "dependencies against the features' layers (see docs/architecture.md):\n  "
                        + String.join("\n  ", added));
        assertTrue(
                gone.isEmpty(), () -> "no longer in the code, take them out of KNOWN:\n  " + String.join("\n  ", gone));
    }

    @Test
    void entitiesUseNoBoundaryControlOrPage() {
        SortedSet<String> wrong = new TreeSet<>();
        for (JavaClass c : PODIUM) {
            if (c.getPackageName().contains(".entity")) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    String p = d.getTargetClass().getPackageName();
                    if (p.startsWith("org.podium.")
                            && (p.contains(".boundary") || p.contains(".control") || p.contains(".web"))) {
                        wrong.add(c.getName() + " -> " + d.getTargetClass().getName());
                    }
                }
            }
        }
        assertEquals(Set.of(), wrong, "an entity uses a boundary, a control or a page");
    }

    @Test
    void theAnalysisIsPlainJava() {
        SortedSet<String> wrong = PODIUM.stream()
                .filter(c -> "analysis".equals(feature(c)))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(Dependency::getTargetClass)
                .filter(t -> t.getPackageName().startsWith("jakarta.")
                        || t.getPackageName().startsWith("javax.")
                        || (feature(t) != null && !"analysis".equals(feature(t))))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), wrong, "org.podium.analysis uses Jakarta EE or another part of Podium");
    }

    /** No cycle between features of any length (the pair check above names the classes; this catches a ring of three). */
    @Test
    void noRingOfFeatures() {
        SlicesRuleDefinition.slices()
                .matching("org.podium.(*)..")
                .should()
                .beFreeOfCycles()
                .check(PODIUM);
    }

    /**
     * Pages read their address and posted fields as OmniFaces {@code @Param} injections or view parameters, never
     * through the raw request map (docs/architecture.md, "Pages").
     */
    @Test
    void pagesReadNoRawRequestParameters() {
        assertEquals(
                Set.of(),
                callers(c -> true, ExternalContext.class, name -> name.startsWith("getRequestParameter")),
                "a page reads the raw request parameters");
    }

    /**
     * Insight's SQL is in {@code insight.control} (the rows of its tables: key points, campaign bands, labels,
     * topics); its boundaries decide and its pages show, neither runs a query of its own.
     */
    @Test
    void insightsSqlIsInItsControl() {
        assertEquals(
                Set.of(),
                callers(
                        c -> c.getPackageName().startsWith("org.podium.insight.")
                                && !c.getPackageName().equals("org.podium.insight.control"),
                        EntityManager.class,
                        "createNativeQuery"::equals),
                "insight runs SQL outside insight.control");
    }

    /**
     * An enterprise bean is called by other classes only through its public methods: the container's proxy refuses any
     * other ("Not a business method", a 500 at run time that the compiler accepts within a package).
     */
    @Test
    void enterpriseBeansAreCalledOnlyThroughPublicMethods() {
        SortedSet<String> wrong = new TreeSet<>();
        for (JavaClass bean : PODIUM) {
            if (!bean.isAnnotatedWith(Stateless.class) && !bean.isAnnotatedWith(Singleton.class)) {
                continue;
            }
            for (JavaMethod m : bean.getMethods()) {
                if (m.getModifiers().contains(JavaModifier.PUBLIC)
                        || m.getModifiers().contains(JavaModifier.STATIC)) {
                    continue;
                }
                m.getCallsOfSelf().stream()
                        .filter(call -> !call.getOriginOwner().equals(bean))
                        .forEach(call -> wrong.add(call.getOriginOwner().getSimpleName() + "."
                                + call.getOrigin().getName() + " -> " + bean.getSimpleName() + "." + m.getName()));
            }
        }
        assertEquals(Set.of(), wrong, "a bean's method that is not public is called from another class");
    }

    /** The methods ("Class.method") of the classes {@code from} that call a method {@code name} of {@code owner}. */
    private static SortedSet<String> callers(Predicate<JavaClass> from, Class<?> owner, Predicate<String> name) {
        return PODIUM.stream()
                .filter(from)
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().isAssignableTo(owner) && name.test(call.getName()))
                .map(call ->
                        call.getOriginOwner().getName() + "." + call.getOrigin().getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
