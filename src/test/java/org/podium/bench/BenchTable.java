package org.podium.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table of every benchmark's figures ({@code mvn -B verify -Pbench}): each benchmark records its headline
 * figures here next to the raw limit it measured in the same run (a raw JDBC insert loop into the same database, a
 * static file from the same server, or the plain-Java floor of its own work), and at the end of the run
 * {@link #main} prints them as one table with the machine's description and writes it to
 * target/benchmarks/benchmarks.md, to be copied into docs/benchmarks.md.
 */
public final class BenchTable {

    private BenchTable() {}

    static Path dir() {
        return Path.of(System.getProperty("podium.it.target", "target"), "benchmarks");
    }

    /**
     * One row. {@code limit} names the raw limit ("raw insert loop, rows/s", "static file p50, ms", …) and
     * {@code limitValue} is its value in the same run and the same unit as {@code value} (NaN: none).
     */
    public static synchronized void record(
            String benchmark, String figure, String unit, double value, String limit, double limitValue) {
        try {
            Files.createDirectories(dir());
            String line = String.join(
                            "\t",
                            clean(benchmark),
                            clean(figure),
                            clean(unit),
                            String.format(Locale.ROOT, "%.6g", value),
                            clean(limit == null ? "" : limit),
                            Double.isNaN(limitValue) ? "" : String.format(Locale.ROOT, "%.6g", limitValue))
                    + "\n";
            Files.writeString(
                    dir().resolve("figures.tsv"),
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row without a raw limit (a count, a size). */
    public static void record(String benchmark, String figure, String unit, double value) {
        record(benchmark, figure, unit, value, "", Double.NaN);
    }

    /** Notes on the run (the database's version), printed under the machine. */
    public static synchronized void note(String note) {
        record("note", note, "", 0);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    /** {@code reset} before a run, {@code print} after it. */
    public static void main(String[] args) throws IOException {
        Path figures = dir().resolve("figures.tsv");
        if (args.length > 0 && args[0].equals("reset")) {
            Files.deleteIfExists(figures);
            return;
        }
        if (!Files.exists(figures)) {
            System.out.println("No benchmark recorded a figure (" + figures + ").");
            return;
        }
        List<String> notes = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(figures, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("note")) {
                notes.add(f[1]);
            } else {
                rows.add(f);
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("Run of ")
                .append(LocalDate.now(ZoneOffset.UTC))
                .append(" (UTC) on ")
                .append(machine())
                .append("\n");
        for (String n : notes) {
            md.append("- ").append(n).append("\n");
        }
        md.append("\n| benchmark | figure | value | unit | raw limit (same run) | limit | ratio |\n");
        md.append("|---|---|---:|---|---|---:|---:|\n");
        for (String[] r : rows) {
            double value = Double.parseDouble(r[3]);
            String limitValue = r[5];
            double q = limitValue.isEmpty() ? Double.NaN : value / Double.parseDouble(limitValue);
            String ratio = Double.isNaN(q) ? "" : String.format(Locale.ROOT, q < 0.1 ? "%.4f" : "%.2f", q);
            md.append("| ")
                    .append(r[0])
                    .append(" | ")
                    .append(r[1])
                    .append(" | ")
                    .append(number(value))
                    .append(" | ")
                    .append(r[2])
                    .append(" | ")
                    .append(r[4])
                    .append(" | ")
                    .append(limitValue.isEmpty() ? "" : number(Double.parseDouble(limitValue)))
                    .append(" | ")
                    .append(ratio)
                    .append(" |\n");
        }
        md.append("\nratio = value / raw limit: below 1 for a rate means slower than the raw limit; above 1 for a time "
                + "means it takes longer.\n");
        Files.writeString(dir().resolve("benchmarks.md"), md, StandardCharsets.UTF_8);
        System.out.println(
                "\n=== Every benchmark, one table (also in " + dir().resolve("benchmarks.md") + ") ===\n" + md);
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return Math.abs(v) >= 100
                ? String.format(Locale.ROOT, "%,.0f", v)
                : Math.abs(v) >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** Cores, memory, CPU model, system and Java, as read off this machine. */
    public static String machine() {
        String cpu = "";
        long memKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("");
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .orElse(0L);
        } catch (IOException | RuntimeException e) {
            // not Linux: the rest still describes the machine
        }
        return String.format(
                Locale.ROOT,
                "%d cores%s, %d GiB, %s %s %s, Java %s",
                Runtime.getRuntime().availableProcessors(),
                cpu.isEmpty() ? "" : " (" + cpu + ")",
                memKb >> 20,
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"));
    }
}
