package org.podium.record;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.podium.analysis.AnalysisBenchmark;
import org.podium.bench.BenchTable;
import org.podium.record.control.RecordPdf;

/**
 * The record's PDF of 10,000 comments (~600 characters each, over 3 items, 1 in 5 in a form-letter campaign, 1 in 20
 * rejected), written to a file on one thread, next to the raw limit of writing the same texts to a file; with the
 * heap in use at the end. Prints figures; never fails on a timing.
 */
class RecordPdfBenchmark {

    @Test
    void figures() throws Exception {
        int comments = Integer.getInteger("bench.record.comments", 10_000);
        SplittableRandom r = new SplittableRandom(7);
        List<RecordPdf.Item> entries = new ArrayList<>();
        var items = Json.createArrayBuilder();
        for (int i = 1; i <= 3; i++) {
            items.add(Json.createObjectBuilder()
                    .add("itemId", i)
                    .add("number", String.valueOf(i))
                    .add("title", "Ordinance " + i + ": the 2027 property tax levy, part " + i));
        }
        entries.add(new RecordPdf.Item(
                "meeting",
                Json.createObjectBuilder()
                        .add("type", "meeting")
                        .add("meetingId", 1)
                        .add("body", "City Council")
                        .add("title", "Budget hearing")
                        .add("startsAt", Instant.now().toString())
                        .add("location", "Council Chamber")
                        .add("items", items)
                        .build()));
        String[] positions = {"SUPPORT", "OPPOSE", "NEUTRAL"};
        String[] topics = {"Seniors and fixed incomes", "Shelter costs", "Police and public safety", "Schools"};
        String campaign = null;
        for (int i = 0; i < comments; i++) {
            String tracking = String.format("PDM-26-%06d-K", i + 1);
            boolean member = i % 5 == 0;
            if (member && campaign == null) {
                campaign = tracking;
            }
            String status = i % 20 == 7 ? "REJECTED" : "PUBLISHED";
            var b = Json.createObjectBuilder()
                    .add("type", "comment")
                    .add("tracking", tracking)
                    .add("item", String.valueOf(1 + i % 3))
                    .add("channel", i % 4 == 0 ? "LETTER" : "WEB")
                    .add("receivedAt", Instant.now().minusSeconds(i).toString())
                    .add("name", "Resident " + i)
                    .add("position", positions[r.nextInt(3)])
                    .add("status", status)
                    .add("redactions", 0)
                    .add("topics", Json.createArrayBuilder().add(topics[r.nextInt(topics.length)]));
            if (status.equals("PUBLISHED")) {
                b.add("text", AnalysisBenchmark.comment(r, 600));
            } else {
                b.addNull("text");
            }
            if (member) {
                b.add("campaign", campaign);
            } else {
                b.addNull("campaign");
            }
            entries.add(new RecordPdf.Item("comment", b.build()));
        }
        Path raw = Files.createTempFile("podium-raw", ".txt");
        Path pdf = Files.createTempFile("podium-record", ".pdf");
        try {
            double rawSeconds = 0;
            double pdfSeconds = 0;
            AtomicInteger progressCalls = new AtomicInteger();
            for (int run = 0; run < 2; run++) { // the first run warms the JIT up
                long t0 = System.nanoTime();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw))) {
                    for (RecordPdf.Item e : entries) {
                        JsonObject d = e.data();
                        out.write(d.toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
                rawSeconds = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
                    new RecordPdf(Locale.ENGLISH, ZoneId.of("America/Chicago"))
                            .write(entries, Instant.now(), "0".repeat(64), out, n -> progressCalls.incrementAndGet());
                }
                pdfSeconds = (System.nanoTime() - t0) / 1e9;
            }
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long size = Files.size(pdf);
            int pages;
            PdfReader reader = new PdfReader(pdf.toString());
            try {
                pages = reader.getNumberOfPages();
            } finally {
                reader.close();
            }
            assertTrue(size > 100_000 && progressCalls.get() > 2);
            System.out.printf(Locale.ROOT, "%n=== The record's PDF (%d comments, one thread) ===%n", comments);
            System.out.printf(
                    Locale.ROOT,
                    "%-56s %10.2f %8s%n",
                    "write the entries' JSON to a file (raw limit), s",
                    rawSeconds,
                    "1.00");
            System.out.printf(
                    Locale.ROOT, "%-56s %10.2f %8.1f%n", "write the PDF, s", pdfSeconds, pdfSeconds / rawSeconds);
            System.out.printf(Locale.ROOT, "%-56s %10d%n", "PDF size, KB", size >> 10);
            System.out.printf(Locale.ROOT, "%-56s %10d%n", "PDF pages", pages);
            BenchTable.record(
                    "Record PDF (" + comments + " comments)",
                    "write the PDF",
                    "s",
                    pdfSeconds,
                    "write the entries' JSON to a file, s",
                    rawSeconds);
            BenchTable.record("Record PDF (" + comments + " comments)", "pages", "", pages);
            System.out.printf(Locale.ROOT, "%-56s %10d%n", "heap in use afterwards (entries held), MB", heap >> 20);
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(pdf);
        }
    }
}
