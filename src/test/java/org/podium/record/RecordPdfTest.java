package org.podium.record;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.podium.record.control.RecordPdf;

/** The record's PDF as a reader turns its pages: a comment's header never stands alone at the foot of a page. */
class RecordPdfTest {

    private static final Pattern HEADER = Pattern.compile("^PDM-26-\\d{6}-K · .*");

    @Test
    void aCommentsHeaderIsNeverLeftAloneAtTheFootOfAPage() throws Exception {
        Random r = new Random(7);
        List<RecordPdf.Item> entries = new ArrayList<>();
        entries.add(new RecordPdf.Item(
                "meeting",
                Json.createObjectBuilder()
                        .add("type", "meeting")
                        .add("meetingId", 1)
                        .add("body", "City Council")
                        .add("title", "Budget hearing")
                        .add("startsAt", "2026-12-08T18:00:00Z")
                        .add("location", "Council Chamber")
                        .add(
                                "items",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("number", "1")
                                                .add("title", "Property tax levy")
                                                .add("id", 1)))
                        .build()));
        for (int i = 0; i < 240; i++) {
            StringBuilder text = new StringBuilder();
            int words = 8 + r.nextInt(220);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ")
                        .append(List.of(
                                        "levy", "seniors", "pension", "budget", "audit", "fixed", "incomes", "council",
                                        "vote", "schools")
                                .get(r.nextInt(10)));
            }
            entries.add(new RecordPdf.Item(
                    "comment",
                    Json.createObjectBuilder()
                            .add("type", "comment")
                            .add("tracking", String.format("PDM-26-%06d-K", i + 1))
                            .add("item", "1")
                            .add("channel", "WEB")
                            .add(
                                    "receivedAt",
                                    Instant.parse("2026-12-01T15:00:00Z")
                                            .plusSeconds(i)
                                            .toString())
                            .add("name", "Resident " + i)
                            .add("position", "OPPOSE")
                            .add("status", "PUBLISHED")
                            .add("redactions", 0)
                            .add("topics", Json.createArrayBuilder().add("Seniors and fixed incomes"))
                            .add("text", text.toString())
                            .addNull("campaign")
                            .build()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecordPdf(Locale.ENGLISH, ZoneId.of("America/Chicago"))
                .write(entries, Instant.now(), "0".repeat(64), out, n -> {});
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            var extractor = new PdfTextExtractor(reader);
            int pages = reader.getNumberOfPages();
            assertTrue(pages > 10, "enough pages to have many page breaks: " + pages);
            int headers = 0;
            for (int page = 1; page <= pages; page++) {
                String[] lines = extractor.getTextFromPage(page).strip().split("\\R");
                for (String line : lines) {
                    if (HEADER.matcher(line.strip()).matches()) {
                        headers++;
                    }
                }
                String last = lines[lines.length - 1].strip();
                assertTrue(!HEADER.matcher(last).matches(), "page " + page + " ends with a header alone: " + last);
            }
            assertTrue(headers >= 200, "the headers are found as lines: " + headers);
        } finally {
            reader.close();
        }
    }
}
