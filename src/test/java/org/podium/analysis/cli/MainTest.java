package org.podium.analysis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.analysis.text.WordVectors;

/** The command line as a council runs it: results on the last line, and bad files named with their line. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String last(ByteArrayOutputStream s) {
        List<String> lines = s.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void stanceTrainsPerTargetAndScoresTheTestFile() throws Exception {
        StringBuilder train = new StringBuilder("target\ttext\tlabel\n");
        for (int i = 0; i < 15; i++) {
            train.append("Levy\tThe library needs this money ").append(i).append("\tFAVOR\n");
            train.append("Levy\tMy taxes are already too high ").append(i).append("\tAGAINST\n");
        }
        Path tr = file("train.tsv", train.toString());
        Path te = file(
                "test.tsv",
                "target\ttext\tlabel\nLevy\tThe library needs this money badly\tSUPPORT\n"
                        + "Levy\tMy taxes are already far too high\tOPPOSE\n"
                        + "Ban leaf blowers\tI urge you to vote no.\tCON\n");
        assertEquals(0, run("stance", "--train", tr.toString(), "--test", te.toString()), err.toString());
        assertEquals("RESULT f_avg=1.0000 macro_f1=1.0000 accuracy=1.0000 n=3", last(out));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(
                report.contains("calibration (confidence said: how often right)")
                        && report.matches("(?s).*\\nCALIBRATION ece=0\\.\\d{4} n=3\\n.*"),
                report);
        assertTrue(report.contains("confusion matrix")
                && report.contains("F1 SUPPORT")
                && report.contains("Ban leaf blowers"));
    }

    @Test
    void toneCorrelatesWithTheRatings() throws Exception {
        Path f = file(
                "tone.tsv",
                "text\tvalence\nI love this wonderful park!\t3.1\nThis is a terrible, awful plan.\t-2.9\n"
                        + "The meeting is on Tuesday.\t0.1\nGood idea.\t1.5\n");
        assertEquals(0, run("tone", "--test", f.toString()), err.toString());
        assertTrue(last(out).matches("RESULT pearson=0\\.9\\d{3} n=4"), last(out));
    }

    @Test
    void campaignsNameEachRowsCampaignByItsFirstMember() throws Exception {
        String letter = "I oppose the levy increase because seniors on fixed incomes cannot pay more. Please vote no.";
        Path f = file(
                "in.tsv",
                "id\ttext\na1\t" + letter + "\na2\t" + letter.toUpperCase() + "\nb1\tThe park needs "
                        + "new benches and better lighting for evening walks.\na3\t" + letter + " Signed, Ana.\n");
        assertEquals(0, run("campaigns", "--input", f.toString()), err.toString());
        assertEquals(
                List.of("a1\ta1", "a2\ta1", "b1\tb1", "a3\ta1"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals("RESULT campaigns=1 singletons=1", last(err));
    }

    @Test
    void badFilesAreNamedWithTheirLineAndExitTwo() throws Exception {
        assertEquals(2, run("stance", "--test", file("a.tsv", "target\ttext\n").toString()));
        assertTrue(last(err).matches("podium-analysis: .*a\\.tsv:1: no column 'label'.*"), last(err));
        assertEquals(
                2,
                run(
                        "stance",
                        "--test",
                        file("b.tsv", "target\ttext\tlabel\nx\ty\tMAYBE\n").toString()));
        assertTrue(
                last(err)
                        .endsWith(
                                "b.tsv:2: label 'MAYBE' is not one of SUPPORT, OPPOSE, NEUTRAL (or FAVOR, AGAINST, NONE, PRO, CON)"));
        assertEquals(2, run("tone", "--test", file("c.tsv", "").toString()));
        assertTrue(last(err).contains("c.tsv: empty"), last(err));
        Path latin1 = dir.resolve("d.tsv");
        Files.write(latin1, "text\tvalence\nse\u00f1or\t1\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(2, run("tone", "--test", latin1.toString()));
        assertTrue(last(err).endsWith("d.tsv:2: not UTF-8 text (save the file as UTF-8)"), last(err));
        assertEquals(
                2,
                run(
                        "tone",
                        "--test",
                        file("e.tsv", "text\tvalence\ngood\tvery\n").toString()));
        assertTrue(last(err).endsWith("e.tsv:2: valence 'very' is not a number"));
        assertEquals(
                2,
                run(
                        "campaigns",
                        "--input",
                        file("f.tsv", "id\ttext\n1\ta\textra\n").toString()));
        assertTrue(last(err).endsWith("f.tsv:2: expected 2 tab-separated fields as in the header, found 3"));
        assertEquals(2, run("tone", "--test", dir.resolve("missing.tsv").toString()));
        assertTrue(last(err).endsWith("missing.tsv: no such file"));
        assertEquals(
                2, run("campaigns", "--input", file("g.tsv", "id\ttext\n1\ta\n").toString(), "--threshold", "2"));
        assertEquals(2, run("sing"));
    }

    @Test
    void wordVectorsAreConvertedFromTheGloveTextFormatAndABadLineIsNamed() throws Exception {
        Path glove = file("glove.txt", "the 0.1 0.2\nlevy -1 0.5\ntax 0.9 0.4\n");
        Path vectors = dir.resolve("v.bin.gz");
        assertEquals(
                0,
                run("word-vectors", "--input", glove.toString(), "--words", "2", "--out", vectors.toString()),
                err.toString());
        assertEquals("word vectors: 2 words -> " + vectors, last(err));
        try (var in = Files.newInputStream(vectors)) {
            assertEquals(2, WordVectors.read(in).size());
        }
        Path bad = file("bad.txt", "the 0.1 0.2\nlevy -1 oops\n");
        assertEquals(2, run("word-vectors", "--input", bad.toString(), "--out", vectors.toString()));
        assertEquals("podium-analysis: " + bad + ":2: 'oops' is not a number", last(err));
        assertEquals(
                2, run("word-vectors", "--input", glove.toString(), "--words", "many", "--out", vectors.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--words must be a whole number"));
    }

    @Test
    void oneLabelledFileIsScoredByCrossValidation() throws Exception {
        StringBuilder rows = new StringBuilder("target\ttext\tlabel\n");
        for (int i = 0; i < 20; i++) {
            rows.append("Levy\tThe library needs this money ").append(i).append("\tFAVOR\n");
            rows.append("Levy\tMy taxes are already too high ").append(i).append("\tAGAINST\n");
        }
        rows.append("Parks\tMore parks please\tFAVOR\n");
        Path f = file("labelled.tsv", rows.toString());
        assertEquals(0, run("stance", "--train", f.toString(), "--folds", "5"), err.toString());
        // every row scored once, by a model that never saw it; the one Parks row has no other to learn from and is
        // answered as a new item (a cue-less comment: the general model, or a review when the build has none)
        assertTrue(last(out).startsWith("RESULT f_avg="), last(out));
        assertTrue(last(out).endsWith(" n=41"), last(out));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("1.0000  n=40     Levy"), report);
        assertEquals(2, run("stance", "--train", f.toString(), "--folds", "1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--folds must be a whole number of at least 2"));
        assertEquals(2, run("stance", "--train", f.toString(), "--folds", "5", "--test", f.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("leave --test out"));
    }

    static final String KEY_POINTS = "topic\targument\tkey_point\tstance\tlabel\n";

    static String keyPointRows(String topic) {
        String[][] args = {
            {"My mother lives on social security and cannot pay another dime in property tax.", "0"},
            {"Have an independent auditor go through the pension fund numbers first.", "1"},
            {"Keep the branch libraries open on weekends; that takes funding.", "2"}
        };
        String[] points = {
            "Seniors on fixed incomes cannot absorb the increase",
            "The pension contributions should be audited before any increase",
            "The libraries need the money"
        };
        StringBuilder rows = new StringBuilder();
        for (String[] a : args) {
            for (int j = 0; j < points.length; j++) {
                rows.append(topic)
                        .append('\t')
                        .append(a[0])
                        .append('\t')
                        .append(points[j])
                        .append("\t1\t");
                rows.append(a[1].equals(String.valueOf(j)) ? "1" : "0").append('\n');
            }
        }
        return rows.toString();
    }

    @Test
    void keyPointsAreRankedAndTheFloorIsPrintedBeside() throws Exception {
        Path f = file("kp.tsv", KEY_POINTS + keyPointRows("We should raise the property tax levy"));
        assertEquals(0, run("keypoints", "--test", f.toString()), err.toString());
        assertTrue(last(out).matches("RESULT top1=1\\.0000 map=1\\.0000 n=3"), last(out));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("TF-IDF cosine (floor, same rows): top1="), report);
        assertTrue(report.contains("all-MiniLM-L6-v2 cosine alone (same rows): top1="), report);
    }

    @Test
    void aBadKeyPointFileIsNamedWithItsLine() throws Exception {
        Path f = file("kp.tsv", KEY_POINTS + "Levy\tToo high.\tSeniors cannot pay\tpro\t1\n");
        assertEquals(2, run("keypoints", "--test", f.toString()));
        assertEquals("podium-analysis: " + f + ":2: stance 'pro' is not 1 or -1", last(err));
        Path g = file("kp2.tsv", "topic\targument\tstance\tlabel\nLevy\tToo high.\t1\t1\n");
        assertEquals(2, run("keypoints", "--test", g.toString()));
        assertTrue(last(err).contains(g + ":1: no column 'key_point'"), last(err));
        assertEquals(2, run("keypoints", "--train", f.toString(), "--folds", "one"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--folds K (at least 2)"));
    }
}
